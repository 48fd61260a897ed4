import type { ProblemMessages, ReportWords } from './types.ts';

const list = (items: readonly string[]) => items.join(', ');
/** A value as the editor typed it, in quotes once (STYLE rule 4), so it never reads as part of the sentence. */
const q = (raw: string) => (/^(["']).*\1$/s.test(raw) ? raw : `"${raw}"`);
const PARTS = { original: 'Original (Hán Nôm characters)', reading: 'Reading', translation: 'Translation' } as const;
const LEGACY = { tcvn3: 'TCVN3 (ABC, .VnTime fonts)', vni: 'VNI (VNI-Times fonts)' } as const;
/** Unikey's conversion tool, step by step; its labels stay in Vietnamese, as Unikey shows them. */
const unikey = (from: 'tcvn3' | 'vni') => `open Unikey's "Công cụ chuyển mã" (conversion tool, Ctrl+Shift+F6), set Nguồn (source) to "${from === 'tcvn3' ? 'TCVN3 (ABC)' : 'VNI Windows'}" and Đích (destination) to "Unicode", press "Chuyển mã"`;
const SCRIPTS = { cyrillic: 'Cyrillic', greek: 'Greek', armenian: 'Armenian' } as const;
const FILE_KINDS = { pdf: 'a PDF document', html: 'a web page (HTML), perhaps saved in place of the photo it shows', office: 'a Word, Excel or PowerPoint document', zip: 'a compressed (ZIP) file', video: 'a video', audio: 'a sound recording', text: 'a text file' } as const;
const SMALLER_PHOTO = 'Make the photo smaller, about 3000 pixels wide (still sharp enough for the pages): for example open it in Paint on a computer, choose "Resize", save it as JPEG and write the new file name here.';

export const enWords: ReportWords = {
	error: 'Error',
	warning: 'Warning',
	line: (n) => `line ${n}`,
	field: (key, label) => (label ? `field "${key}" (${label})` : `field "${key}"`),
	howToFix: 'How to fix',
	kinds: { text: 'text', number: 'a number', 'whole-number': 'a whole number', 'yes-no': 'true (yes) or false (no)', list: 'a list (one item per line starting with "- ")', group: 'a group of fields indented below it', date: 'a date written year-month-day' },
	list,
	summary: ({ errors, warnings, sites }) => `${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'} in ${sites} ${sites === 1 ? 'site' : 'sites'}.`,
	nothingWritten: 'Nothing was written to dist/.',
	allGood: (sites) => `No errors in ${sites} ${sites === 1 ? 'site' : 'sites'}.`,
};

export const enMessages = {
	'file-unreadable': { message: (p) => `This file cannot be read (${p.reason}).`, fix: () => 'Check that the file still exists and is not locked, then run again.' },
	'not-utf8': {
		message: (p) => (p.legacy ? `The file is not saved as UTF-8: its text looks typed in the old ${LEGACY[p.legacy]} encoding, so it cannot be read.` : 'The file is not saved as UTF-8, so the accented letters from this line on cannot be read.'),
		fix: (p) => (p.legacy ? `Open the file in Notepad, copy all its text, ${unikey(p.legacy)}, then paste the result into the file and save it with the UTF-8 encoding.` : 'Open the file in Notepad, choose "Save as", set "Encoding" to UTF-8, and save over the old file.'),
	},
	'file-empty': { message: () => 'This file is empty: it holds no text at all.', fix: () => 'Copy the file again from the original (a file usually ends up empty when copying or saving failed), or copy a file of the same kind and edit it.' },
	'legacy-encoding': {
		message: (p) => `The text "${p.sample}" looks typed in the old ${LEGACY[p.encoding]} encoding, not Unicode, so pages and plaques would show odd characters.`,
		fix: (p) => `Copy this text, ${unikey(p.encoding)}, then paste the result here in place of the old text.${p.encoding === 'tcvn3' ? ' Then read it again: TCVN3 does not keep capital letters with accents, so some may have become small letters.' : ''}`,
	},
	'mixed-script': { message: (p) => `The word "${p.word}" holds "${p.letter}" (${p.codePoint}), a ${SCRIPTS[p.script]} letter that only looks Latin, so search and sorting will not recognise the word.`, fix: (p) => `Delete "${p.letter}" and type it again with the Vietnamese keyboard (Unikey).` },
	'bidi-control': {
		message: (p) => (p.kind === 'reordering' ? `There is an invisible text-direction control (${p.codePoint}) here. It reverses what visitors see, e.g. "Đền Cấp" shows as "Đền pấC".` : `There is an invisible text-direction mark (${p.codePoint}) here, often pasted with text from Arabic or Hebrew web pages. It can make the punctuation next to it jump.`),
		fix: () => 'Delete the text around this place and type it again (such characters come with text pasted from web pages or chat apps).',
	},
	'invisible-character': { message: (p) => `The plaque code ${q(p.value)} holds an invisible character (${p.codePoint}) ${p.after ? `right after "${p.after}"` : 'at its start'}. Readers cannot see it, but it changes the code and the address in the QR code.`, fix: (p) => (p.fixed ? `Delete the whole value and type it again: code: ${p.fixed}` : 'Delete the whole value and type it again.') },
	'code-lower-case': { message: (p) => `The plaque code ${q(p.value)} has small letters. A plaque code must be written in capitals, as it is printed on the plaque and is part of the QR code's address.`, fix: (p) => `Write: code: ${p.fixed}` },
	'body-empty': { message: () => 'The file has no text yet: nothing is written below the second "---" line, so the page shows only the name, the photo and the summary.', fix: () => 'Write a few paragraphs about the site below the second "---" line (the page is published meanwhile).' },
	'settings-missing': { message: (p) => `The folder ${p.dir} has no settings.yaml, the file with the site's own settings.`, fix: () => 'Copy settings.yaml from the sample content, then change the site name, the owner and the site address.' },
	'sites-folder-missing': { message: (p) => `There is no folder ${p.dir} to hold the sites.`, fix: () => 'Create a sites/ folder with one folder per site, each holding a vi.md.' },
	'front-matter-missing': { message: () => 'The file does not start with the information block between two "---" lines.', fix: () => 'Make the first line of the file "---", then the fields, then another "---" line before the text.' },
	'front-matter-unclosed': { message: () => 'The information block opens with a "---" line but no "---" line closes it.', fix: () => 'Add a line with only "---" after the last field.' },
	'front-matter-invalid': { message: () => 'The information block at the top of the file is not written correctly, so it cannot be read.', fix: () => 'Check this line: each field is written "name: value", sub-fields are indented evenly with spaces (not Tab), and every bracket that opens also closes.' },
	'duplicate-field': { message: (p) => `The field "${p.key}" is written twice.`, fix: () => 'Keep one and delete the other line.' },
	'required-field-missing': { message: (p) => `The field "${p.key}" is missing. It is required.`, fix: (p) => `Add a line "${p.key}: …" with a suitable value.` },
	'unknown-field': { message: (p) => `There is no field called "${p.key}".`, fix: (p) => (p.suggestion ? `Did you mean "${p.suggestion}"? Rename the field to ${p.suggestion}.` : 'Delete this field or check its name in the guide.') },
	'wrong-type': { message: (p) => `The value ${p.value} is of the wrong kind. This field needs ${enWords.kinds[p.expected]}.`, fix: (p) => (p.expected === 'number' || p.expected === 'whole-number' ? 'Write a number, with a dot for decimals and without quotes.' : `Change the value to ${enWords.kinds[p.expected]}.`) },
	'invalid-choice': { message: (p) => `The value ${q(p.value)} is not one of the allowed values: ${list(p.choices)}.`, fix: (p) => (p.suggestion ? `Did you mean "${p.suggestion}"? Change it to ${p.suggestion}.` : 'Choose one of the values above.') },
	'invalid-code': { message: (p) => `The plaque code ${q(p.value)} is not valid. A plaque code has 2 to 8 capital letters (A–Z) or digits, with no accents and no spaces.`, fix: (p) => (p.fixed ? `Write: code: ${p.fixed}` : 'Use a code such as DH01.') },
	'invalid-date': { message: (p) => `The date ${p.value} is not valid. Dates are written year-month-day.`, fix: () => 'Write for example: 2025-07-01 (1 July 2025).' },
	'invalid-url': { message: (p) => `The address ${q(p.value)} is not a full web address: it must start with https:// (or http://).`, fix: () => 'Write it in full, beginning included, e.g. https://damha.example.vn' },
	'invalid-email': { message: (p) => `The email address ${p.value} is not valid.`, fix: () => 'Write for example: union@damha.example.vn' },
	'text-empty': { message: () => 'This field is empty.', fix: () => 'Write something in this field, or delete the whole line if the field is optional.' },
	'text-too-long': { message: (p) => `The text is ${p.length} characters long; the limit is ${p.max}.`, fix: (p) => `Shorten it by about ${p.length - p.max} characters.` },
	'summary-too-long': { message: (p) => `The summary is ${p.length} characters long; the limit is ${p.max}.`, fix: (p) => `Shorten it by about ${p.length - p.max} characters.` },
	'number-out-of-range': { message: (p) => `The number ${p.value} is out of range${p.min !== undefined ? `; the smallest allowed is ${p.min}` : ''}${p.max !== undefined ? `; the largest allowed is ${p.max}` : ''}.`, fix: () => 'Correct the number.' },
	'list-too-short': { message: (p) => `The list needs at least ${p.min} ${p.min === 1 ? 'item' : 'items'}.`, fix: () => 'Add items to the list.' },
	'languages-vi-first': { message: () => 'The list of languages must start with vi (Vietnamese), because the original text is written in Vietnamese.', fix: () => 'Write for example: languages: [vi, en, zh, ko]' },
	'languages-repeated': { message: () => 'A language is listed twice.', fix: () => 'List each language once.' },
	'invalid-slug': { message: (p) => `The folder name "${p.slug}" becomes part of the page address, so it may only hold lower-case letters without accents, digits and hyphens.`, fix: (p) => `Rename the folder to ${p.suggestion}.` },
	'duplicate-slug': { message: (p) => `The folder "${p.slug}" has the same name as ${p.otherFile} (they differ only in capitals or in how accents were typed). Each site needs its own address.`, fix: () => 'Merge the two folders or rename one of them.' },
	'duplicate-code': { message: (p) => `Plaque code "${p.code}" is already used in ${p.otherFile}${p.otherLine ? ` (line ${p.otherLine})` : ''}. Each site needs its own code; a code that has been printed must never change.`, fix: () => 'Give the site whose plaque is not printed yet a new, unused code.' },
	'code-reserved': { message: (p) => `Plaque code "${p.code}" is the same as the path ${p.path} that the site itself uses, so its QR code would lead to the wrong page.`, fix: () => 'Choose another code, for example a commune abbreviation and a number (DH10).' },
	'translation-without-vi': { message: (p) => `${p.dir} has a translation ${p.lang}.md but no vi.md. Every site needs vi.md first; a translation holds only title, summary and the text.`, fix: () => 'Create vi.md in this folder, or move the translation into the right site folder.' },
	'vi-missing': { message: (p) => `The folder ${p.dir} has no vi.md, so this site is left off the website.`, fix: () => 'Create vi.md in this folder (copy one from another site), or delete the folder if it is not needed.' },
	'language-file-case': { message: (p) => `The file ${p.name} must be written in lower case: ${p.expected}. On the server, capital and small letters differ, so this file would not be read.`, fix: (p) => `Rename the file to ${p.expected}.` },
	'unknown-language-file': { message: (p) => `The file ${p.name} is neither vi.md nor a translation (${list(p.languages.map((l) => `${l}.md`))}), so it is ignored.`, fix: () => 'Rename the file correctly, or move it out of the site folder.' },
	'language-not-offered': { message: (p) => `The translation ${p.lang}.md is not shown because ${p.lang} is not in the languages of settings.yaml (${list(p.languages)}).`, fix: (p) => `Add ${p.lang} to languages in settings.yaml to show this translation.` },
	'latitude-out-of-range': { message: (p) => `Latitude ${p.value} is outside Vietnam: it must be between ${p.min} and ${p.max}.`, fix: () => 'Take the coordinates from the map again: the first number Google Maps shows is the latitude (lat).' },
	'longitude-out-of-range': { message: (p) => `Longitude ${p.value} is outside Vietnam: it must be between ${p.min} and ${p.max}.`, fix: () => 'Take the coordinates from the map again: the second number Google Maps shows is the longitude (lng).' },
	'coordinates-swapped': { message: (p) => `Latitude ${p.lat} and longitude ${p.lng} are outside Vietnam.`, fix: (p) => `Latitude and longitude look swapped. Try:\n    lat: ${p.lng}\n    lng: ${p.lat}` },
	'coordinates-outside-vietnam': {
		message: (p) => `The point ${p.lat}, ${p.lng} seems to be outside Vietnam: it is not on Vietnam's mainland, coast or islands.`,
		fix: (p) => `Look at this point on a map (https://www.google.com/maps/search/?api=1&query=${p.lat},${p.lng}). If it is not the site, take the coordinates again: press and hold on the site itself in Google Maps, then copy the two numbers it shows. If the point is right, leave it as it is: this is only a warning.`,
	},
	'decimal-comma': { message: (p) => `The number ${p.value} is written with a comma. In this file, decimals are written after a dot.`, fix: (p) => `Write: ${p.key}: ${p.fixed}` },
	'photo-missing': { message: (p) => `The photo "${p.src}" is not in ${p.dir}.`, fix: () => 'Check the file name (upper and lower case differ) or copy the photo into this folder.' },
	'photo-outside-site-folder': { message: (p) => `The photo "${p.src}" is outside ${p.dir}. A site's photos must be inside that site's own folder.`, fix: () => "Copy the photo into the site's folder and write only its file name, e.g. cover.jpg." },
	'photo-unreadable': { message: (p) => `The file "${p.src}" cannot be opened as a photo. Only JPEG, PNG and WebP photos are accepted.`, fix: () => 'Open the photo on a computer (in Paint, for example), choose "Save as" JPEG, then write the new file name here, e.g. cover.jpg. If the photo does not open anywhere, copy it from the phone again: the file may have been damaged while copying.' },
	'alt-missing': { message: (p) => `The ${p.which === 'cover' ? 'cover photo' : 'photo'} has no description (alt).`, fix: () => 'Write one short sentence saying what the photo shows, for people who cannot see it.' },
	'duplicate-trail-position': { message: (p) => `Trail position ${p.position} is already used in ${p.otherFile}.`, fix: () => 'Give each site a different position.' },
	'unsafe-link': { message: (p) => `The link "${p.url}" is unsafe and was removed. Only links starting with https://, http://, mailto: or tel: are kept.`, fix: () => 'Replace it with an https:// address or remove the link.' },
	'glyph-missing': { message: (p) => `The plaque font has no ${p.chars} in "${p.text}", so that character would be lost in print.`, fix: () => 'Look for an odd character (often pasted from Word or Facebook) and retype it with Unikey.' },
	'plaque-text-overflow': { message: (p) => `On plaque ${p.code}, size ${p.size}, the text "${p.text}" does not fit even at its smallest size: ${p.byMm} mm too wide.`, fix: () => 'Shorten the name, for example by dropping a subtitle, or choose a larger plaque size (field plaque.size).' },
	'logo-missing': { message: (p) => `The logo "${p.src}" is not in ${p.dir}.`, fix: () => 'Check the file name (upper and lower case differ) or copy the PNG file into this folder.' },
	'logo-outside-content-folder': { message: (p) => `The logo "${p.src}" is outside ${p.dir}. The logo must be inside the content folder.`, fix: () => 'Copy the file into the content folder and write only its file name, e.g. logo.png.' },
	'logo-unreadable': { message: (p) => `The file "${p.src}" cannot be opened as a PNG, SVG or JPEG image.`, fix: () => 'Save the logo as SVG or PNG and write its exact file name, e.g. logo.svg.' },
	'qr-too-small-for-distance': { message: (p) => `The QR code on plaque ${p.code}, size ${p.size}, is only ${p.symbolMm} mm wide. To scan from about ${p.distanceCm} cm, it must be at least ${p.neededMm} mm wide.`, fix: () => 'Choose a larger plaque size (field plaque.size), or shorten the names on the plaque to give the QR code more room.' },
	'audio-format': { message: (p) => `The narration file ${p.value} is not an audio file that phones can play. Use only ${list(p.formats.map((f) => `.${f}`))} files.`, fix: () => 'Save the recording as MP3 (e.g. narration.mp3) and write its exact file name.' },
	'audio-missing': { message: (p) => `The narration file "${p.src}" is not in ${p.dir}.`, fix: () => 'Check the file name (upper and lower case differ) or copy the audio file into this folder.' },
	'audio-outside-site-folder': { message: (p) => `The narration file "${p.src}" is outside ${p.dir}. A site's files must be inside that site's own folder.`, fix: () => "Copy the file into the site's folder and write only its file name, e.g. narration.mp3." },
	'inscription-incomplete': { message: (p) => `The inscription block lacks: ${list(p.missing.map((part) => PARTS[part]))}. Each block needs all three parts, each starting with a line naming the part.`, fix: () => 'Write the lines "Original:", "Reading:" and "Translation:" in turn, each followed by its text.' },
	'inscription-glyph-missing': { message: (p) => `The page's Hán Nôm font has no ${p.chars}, so that character would show in another font or as an empty box.`, fix: () => 'Check the character (it may have been pasted by mistake); if it is a rare Nôm character, explain its reading in the Reading part.' },
	'photo-too-large': { message: (p) => `The photo "${p.src}" is ${p.sizeMb} MB, over the ${p.maxMb} MB limit, so it was not read.`, fix: () => SMALLER_PHOTO },
	'photo-too-many-pixels': { message: (p) => `The photo "${p.src}" is ${p.widthPx} × ${p.heightPx} pixels (${p.megapixels} megapixels), over the ${p.maxMegapixels}-megapixel limit, so it was not read.`, fix: () => SMALLER_PHOTO },
	'photo-empty': { message: (p) => `The photo file "${p.src}" is empty (0 bytes): there is no photo in it.`, fix: () => 'Copy the photo again from the phone or camera into this folder: the earlier copy may not have finished.' },
	'photo-truncated': { message: (p) => `The photo "${p.src}" is cut short or damaged: only its beginning can be read. It may not have finished copying.`, fix: () => 'Copy the photo again from the phone or camera and wait until the copy has finished; if it still does not open, choose another photo.' },
	'photo-not-an-image': {
		message: (p) => `The file "${p.src}" is not a photo: it is ${FILE_KINDS[p.kind]}. Only JPEG, PNG and WebP photos are accepted.`,
		fix: () => 'Save the photo itself as a JPEG file (in a web browser: right-click the photo and choose "Save image as"; in a document: copy the photo out and save it), then write the new file name here, e.g. cover.jpg.',
	},
	'photo-heic': {
		message: (p) => `The photo "${p.src}" is in HEIC format (the iPhone's default), which this program cannot read. Only JPEG, PNG and WebP photos are accepted.`,
		fix: () =>
			'Convert the photo to JPEG, then write the new file name (ending in .jpg) here.\n' +
			'- For new photos: on the iPhone, go to Settings → Camera → Formats → Most Compatible, and it takes JPEG photos (on Android, turn off saving HEIF photos in the Camera settings).\n' +
			'- For photos already taken: before copying them to a computer by cable, turn on Settings → Photos → Transfer to Mac or PC → Automatic; or share or export them as JPEG; or open them in a HEIC to JPEG converter and save them.',
	},
	'location-from-photo': {
		message: (p) => `The site's location is still a placeholder, and the photo "${p.src}" records where it was taken: ${p.lat}, ${p.lng}.`,
		fix: (p) => `Look at this point on a map (https://www.google.com/maps/search/?api=1&query=${p.lat},${p.lng}); if the photo was taken at the site itself, replace the whole location group with the line:\n    location: { lat: ${p.lat}, lng: ${p.lng} }`,
	},
	'printed-code-gone': { message: (p) => `Plaque ${p.code} was printed (on ${p.date}) but no site has this code any more, so whoever scans it gets an error page.`, fix: (p) => `If the site still exists, bring its folder back (with code: ${p.code}). If it closed, merged into another site or moved, add it to content/retired.yaml (see the guide) so the plaque leads to a page that explains.` },
	'printed-url-changed': { message: (p) => `Plaque ${p.code} was printed with the address ${p.printed}, but the site address now gives ${p.current}. The printed plaque would no longer lead here.`, fix: () => 'Keep baseUrl in settings.yaml as it was when the plaques were printed. If the domain really must change, keep the old domain and make it redirect to the new one before changing the register.' },
	'printed-folder-renamed': { message: (p) => `Plaque ${p.code} was printed when the site's folder was ${p.folder}; it is now ${p.current}, so the old page address (…/vi/${p.folder}/) would stop working.`, fix: (p) => `Add the line "formerFolders: [${p.folder}]" to ${p.file} so the old address leads to the new one.` },
	'retired-code-in-use': { message: (p) => `The code ${p.code} is listed as retired, but ${p.otherFile} still uses it.`, fix: () => 'If the site is still on the trail, delete this entry from retired.yaml. If it is not, delete its folder.' },
	'retired-duplicate': { message: (p) => `The code ${p.code} is already listed on line ${p.otherLine} of this file.`, fix: () => 'List each code once: merge the two entries.' },
	'retired-goto-missing': { message: (p) => `A site retired as "${p.reason}" must say where visitors should go instead.`, fix: () => 'Add a line "goTo:" with the plaque code of the site to visit instead (e.g. DH04) or an https:// address.' },
	'retired-goto-unknown': { message: (p) => `No site on the trail has the code ${p.goTo}.`, fix: () => 'Write the plaque code of a site still on the trail, or an https:// address.' },
	'folder-name-invalid': { message: (p) => `${q(p.value)} is not the name of a site folder: folder names hold only lower-case letters without accents, digits and hyphens.`, fix: (p) => `Write the folder name exactly as it is (or was) in content/sites/${p.suggestion ? `, e.g. ${p.suggestion}` : ''}.` },
	'folder-name-taken': { message: (p) => `The folder name ${p.folder} already belongs to ${p.otherFile}, so the address …/vi/${p.folder}/ cannot lead to two places.`, fix: () => 'Remove this name from the list, or choose another folder name for the new site.' },
} satisfies ProblemMessages;
