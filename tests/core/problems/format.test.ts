import { describe, expect, test } from 'vitest';
import { codeFrame, formatProblem, formatReport, problemText, type ReportLang } from '../../../src/core/problems/format.ts';
import type { Problem, ProblemCode, ProblemParams, ValueKind } from '../../../src/core/problems/problem.ts';
import { enMessages } from '../../../src/core/problems/messages/en.ts';
import { viMessages } from '../../../src/core/problems/messages/vi.ts';
import { ALL_CODES, BARE_PARAMS, SAMPLE_PARAMS, sampleProblem } from './samples.ts';

/** Each code's message and fix in Vietnamese then English, as the editor reads them. */
function bothLanguages(codes: readonly ProblemCode[], params: Partial<{ [C in ProblemCode]: ProblemParams[C] }> = SAMPLE_PARAMS): string {
	return codes
		.map((code) => {
			const problem = sampleProblem(code, params[code] ?? SAMPLE_PARAMS[code]);
			const lines: string[] = [code];
			for (const lang of ['vi', 'en'] as const) {
				const { message, fix } = problemText(problem, lang);
				lines.push(`  ${lang}: ${message}`);
				if (fix) lines.push(`      → ${fix.split('\n').join('\n        ')}`);
			}
			return lines.join('\n');
		})
		.join('\n');
}

const FILES_AND_BLOCKS: ProblemCode[] = ['file-unreadable', 'settings-missing', 'sites-folder-missing', 'front-matter-missing', 'front-matter-unclosed', 'front-matter-invalid', 'duplicate-field'];
const FIELDS: ProblemCode[] = [
	'required-field-missing',
	'unknown-field',
	'wrong-type',
	'invalid-choice',
	'invalid-code',
	'invalid-date',
	'invalid-url',
	'invalid-email',
	'text-empty',
	'text-too-long',
	'summary-too-long',
	'number-out-of-range',
	'list-too-short',
	'languages-vi-first',
	'languages-repeated',
];
const SITES: ProblemCode[] = [
	'invalid-slug',
	'duplicate-slug',
	'duplicate-code',
	'code-reserved',
	'translation-without-vi',
	'vi-missing',
	'language-file-case',
	'unknown-language-file',
	'language-not-offered',
	'latitude-out-of-range',
	'longitude-out-of-range',
	'coordinates-swapped',
	'duplicate-trail-position',
];
const PHOTOS_LINKS_PLAQUES: ProblemCode[] = ['photo-missing', 'photo-outside-site-folder', 'photo-unreadable', 'alt-missing', 'unsafe-link', 'glyph-missing', 'plaque-text-overflow', 'qr-too-small-for-distance', 'logo-missing', 'logo-outside-content-folder', 'logo-unreadable'];
const AUDIO_INSCRIPTIONS: ProblemCode[] = ['audio-format', 'audio-missing', 'audio-outside-site-folder', 'inscription-incomplete', 'inscription-glyph-missing'];
const REGISTERS: ProblemCode[] = ['printed-code-gone', 'printed-url-changed', 'printed-folder-renamed', 'retired-code-in-use', 'retired-duplicate', 'retired-goto-missing', 'retired-goto-unknown', 'folder-name-taken', 'folder-name-invalid'];
const PHOTOS_FROM_PHONES: ProblemCode[] = ['photo-too-large', 'photo-heic', 'location-from-photo'];
const HOSTILE_PLACES_PHOTOS: ProblemCode[] = ['coordinates-outside-vietnam', 'decimal-comma', 'photo-empty', 'photo-truncated', 'photo-not-an-image', 'photo-too-many-pixels'];
const HOSTILE_TEXT: ProblemCode[] = ['not-utf8', 'file-empty', 'legacy-encoding', 'mixed-script', 'bidi-control', 'invisible-character', 'code-lower-case', 'body-empty'];

describe('problemText', () => {
	test('the tests below cover every code of both catalogues', () => {
		const tested = [...FILES_AND_BLOCKS, ...FIELDS, ...SITES, ...PHOTOS_LINKS_PLAQUES, ...AUDIO_INSCRIPTIONS, ...REGISTERS, ...PHOTOS_FROM_PHONES, ...HOSTILE_TEXT, ...HOSTILE_PLACES_PHOTOS];
		expect(new Set(tested).size).toBe(tested.length);
		expect([...tested].sort()).toEqual([...ALL_CODES].sort());
		expect(Object.keys(viMessages).sort()).toEqual([...ALL_CODES].sort());
		expect(Object.keys(enMessages).sort()).toEqual([...ALL_CODES].sort());
	});

	test('files and the information block, in Vietnamese and English', () => {
		expect(bothLanguages(FILES_AND_BLOCKS)).toMatchInlineSnapshot(`
			"file-unreadable
			  vi: Không đọc được tệp này (EACCES).
			      → Hãy kiểm tra tệp còn tồn tại và không bị khóa, rồi chạy lại.
			  en: This file cannot be read (EACCES).
			      → Check that the file still exists and is not locked, then run again.
			settings-missing
			  vi: Thư mục content/ chưa có tệp settings.yaml, tệp cài đặt chung của trang.
			      → Hãy chép settings.yaml từ bộ nội dung mẫu rồi sửa tên trang, đơn vị quản lý và địa chỉ trang web.
			  en: The folder content/ has no settings.yaml, the file with the site's own settings.
			      → Copy settings.yaml from the sample content, then change the site name, the owner and the site address.
			sites-folder-missing
			  vi: Chưa có thư mục content/sites/, nơi chứa các di tích.
			      → Hãy tạo thư mục sites/, mỗi di tích một thư mục con có tệp vi.md.
			  en: There is no folder content/sites/ to hold the sites.
			      → Create a sites/ folder with one folder per site, each holding a vi.md.
			front-matter-missing
			  vi: Tệp không bắt đầu bằng phần thông tin đặt giữa hai dòng "---".
			      → Hãy để dòng đầu tiên của tệp là "---", rồi các trường thông tin, rồi một dòng "---" nữa trước phần nội dung.
			  en: The file does not start with the information block between two "---" lines.
			      → Make the first line of the file "---", then the fields, then another "---" line before the text.
			front-matter-unclosed
			  vi: Phần thông tin mở bằng dòng "---" nhưng không có dòng "---" đóng lại.
			      → Hãy thêm một dòng chỉ có "---" sau trường thông tin cuối cùng.
			  en: The information block opens with a "---" line but no "---" line closes it.
			      → Add a line with only "---" after the last field.
			front-matter-invalid
			  vi: Phần thông tin ở đầu tệp viết chưa đúng cách, nên không đọc được.
			      → Hãy kiểm tra dòng này: mỗi trường viết "tên: giá trị", các trường con lùi vào đều nhau bằng dấu cách (không dùng phím Tab), dấu ngoặc mở thì phải đóng.
			  en: The information block at the top of the file is not written correctly, so it cannot be read.
			      → Check this line: each field is written "name: value", sub-fields are indented evenly with spaces (not Tab), and every bracket that opens also closes.
			duplicate-field
			  vi: Trường "title" được viết hai lần.
			      → Hãy giữ một lần và xóa dòng còn lại.
			  en: The field "title" is written twice.
			      → Keep one and delete the other line."
		`);
	});

	test('fields, in Vietnamese and English', () => {
		expect(bothLanguages(FIELDS)).toMatchInlineSnapshot(`
			"required-field-missing
			  vi: Thiếu trường "address". Trường này là bắt buộc.
			      → Hãy thêm một dòng "address: …" với giá trị phù hợp.
			  en: The field "address" is missing. It is required.
			      → Add a line "address: …" with a suitable value.
			unknown-field
			  vi: Không có trường nào tên "tittle".
			      → Có phải ý bạn là "title"? Hãy sửa tên trường thành title.
			  en: There is no field called "tittle".
			      → Did you mean "title"? Rename the field to title.
			wrong-type
			  vi: Giá trị "21,35" không đúng kiểu. Trường này cần số.
			      → Hãy viết một số, dùng dấu chấm cho phần thập phân, không đặt trong ngoặc kép.
			  en: The value "21,35" is of the wrong kind. This field needs a number.
			      → Write a number, with a dot for decimals and without quotes.
			invalid-choice
			  vi: Giá trị "histroic" không nằm trong danh sách cho phép: historic, architecture, archaeology, scenic, mixed, tourism.
			      → Có phải ý bạn là "historic"? Hãy sửa thành historic.
			  en: The value "histroic" is not one of the allowed values: historic, architecture, archaeology, scenic, mixed, tourism.
			      → Did you mean "historic"? Change it to historic.
			invalid-code
			  vi: Mã bảng "dh 01" không hợp lệ. Mã bảng gồm 2 đến 8 chữ in hoa (A–Z) hoặc chữ số, không dấu, không khoảng trắng.
			      → Hãy viết: code: DH01
			  en: The plaque code "dh 01" is not valid. A plaque code has 2 to 8 capital letters (A–Z) or digits, with no accents and no spaces.
			      → Write: code: DH01
			invalid-date
			  vi: Ngày 01/07/2025 không hợp lệ. Ngày viết theo dạng năm-tháng-ngày.
			      → Hãy viết ví dụ: 2025-07-01 (ngày 1 tháng 7 năm 2025).
			  en: The date 01/07/2025 is not valid. Dates are written year-month-day.
			      → Write for example: 2025-07-01 (1 July 2025).
			invalid-url
			  vi: Địa chỉ "damha.example.vn" không phải một địa chỉ web đầy đủ: địa chỉ phải bắt đầu bằng https:// (hoặc http://).
			      → Hãy viết đầy đủ cả phần đầu, ví dụ: https://damha.example.vn
			  en: The address "damha.example.vn" is not a full web address: it must start with https:// (or http://).
			      → Write it in full, beginning included, e.g. https://damha.example.vn
			invalid-email
			  vi: Địa chỉ thư doan-damha.example.vn không hợp lệ.
			      → Hãy viết ví dụ: doan@damha.example.vn
			  en: The email address doan-damha.example.vn is not valid.
			      → Write for example: union@damha.example.vn
			text-empty
			  vi: Trường này đang để trống.
			      → Hãy viết nội dung cho trường này, hoặc xóa cả dòng nếu trường không bắt buộc.
			  en: This field is empty.
			      → Write something in this field, or delete the whole line if the field is optional.
			text-too-long
			  vi: Nội dung dài 164 ký tự; tối đa là 160.
			      → Hãy rút gọn khoảng 4 ký tự.
			  en: The text is 164 characters long; the limit is 160.
			      → Shorten it by about 4 characters.
			summary-too-long
			  vi: Phần tóm tắt dài 231 ký tự; tối đa là 200.
			      → Hãy rút gọn khoảng 31 ký tự.
			  en: The summary is 231 characters long; the limit is 200.
			      → Shorten it by about 31 characters.
			number-out-of-range
			  vi: Số 12 nằm ngoài khoảng cho phép, nhỏ nhất là 0, lớn nhất là 10.
			      → Hãy sửa lại số này.
			  en: The number 12 is out of range; the smallest allowed is 0; the largest allowed is 10.
			      → Correct the number.
			list-too-short
			  vi: Danh sách cần ít nhất 1 mục.
			      → Hãy thêm mục vào danh sách.
			  en: The list needs at least 1 item.
			      → Add items to the list.
			languages-vi-first
			  vi: Danh sách ngôn ngữ phải bắt đầu bằng vi (tiếng Việt), vì nội dung gốc viết bằng tiếng Việt.
			      → Hãy viết ví dụ: languages: [vi, en, zh, ko]
			  en: The list of languages must start with vi (Vietnamese), because the original text is written in Vietnamese.
			      → Write for example: languages: [vi, en, zh, ko]
			languages-repeated
			  vi: Một ngôn ngữ được ghi hai lần.
			      → Hãy giữ mỗi ngôn ngữ một lần.
			  en: A language is listed twice.
			      → List each language once."
		`);
	});

	test('sites and the trail, in Vietnamese and English', () => {
		expect(bothLanguages(SITES)).toMatchInlineSnapshot(`
			"invalid-slug
			  vi: Tên thư mục "Đình Đầm Hà" sẽ thành một phần của địa chỉ trang, nên chỉ được có chữ thường không dấu, chữ số và dấu gạch ngang.
			      → Hãy đổi tên thư mục thành dinh-dam-ha.
			  en: The folder name "Đình Đầm Hà" becomes part of the page address, so it may only hold lower-case letters without accents, digits and hyphens.
			      → Rename the folder to dinh-dam-ha.
			duplicate-slug
			  vi: Thư mục "Dinh-Dam-Ha" trùng tên với content/sites/dinh-dam-ha/ (khác nhau chỉ ở chữ hoa hay cách gõ dấu). Mỗi di tích cần một địa chỉ riêng.
			      → Hãy gộp hai thư mục hoặc đổi tên một thư mục.
			  en: The folder "Dinh-Dam-Ha" has the same name as content/sites/dinh-dam-ha/ (they differ only in capitals or in how accents were typed). Each site needs its own address.
			      → Merge the two folders or rename one of them.
			duplicate-code
			  vi: Mã bảng "DH01" đã được dùng ở content/sites/dinh-x/vi.md (dòng 2). Mỗi di tích cần một mã riêng; mã đã in trên bảng thì không được đổi.
			      → Hãy đặt cho di tích chưa in bảng một mã mới chưa dùng.
			  en: Plaque code "DH01" is already used in content/sites/dinh-x/vi.md (line 2). Each site needs its own code; a code that has been printed must never change.
			      → Give the site whose plaque is not printed yet a new, unused code.
			code-reserved
			  vi: Mã bảng "EN" trùng với đường dẫn /en/ mà trang web đã dùng, nên mã QR sẽ dẫn sai chỗ.
			      → Hãy chọn mã khác, ví dụ thêm chữ viết tắt của xã và một chữ số (DH10).
			  en: Plaque code "EN" is the same as the path /en/ that the site itself uses, so its QR code would lead to the wrong page.
			      → Choose another code, for example a commune abbreviation and a number (DH10).
			translation-without-vi
			  vi: Thư mục content/sites/abc/ có bản dịch en.md nhưng chưa có vi.md. Mỗi di tích cần vi.md trước; bản dịch chỉ chứa title, summary và nội dung.
			      → Hãy tạo vi.md trong thư mục này, hoặc chuyển bản dịch vào đúng thư mục của di tích.
			  en: content/sites/abc/ has a translation en.md but no vi.md. Every site needs vi.md first; a translation holds only title, summary and the text.
			      → Create vi.md in this folder, or move the translation into the right site folder.
			vi-missing
			  vi: Thư mục content/sites/dinh-moi/ chưa có tệp vi.md, nên di tích này không được đưa lên trang.
			      → Hãy tạo vi.md trong thư mục này (chép từ một di tích có sẵn), hoặc xóa thư mục nếu không dùng đến.
			  en: The folder content/sites/dinh-moi/ has no vi.md, so this site is left off the website.
			      → Create vi.md in this folder (copy one from another site), or delete the folder if it is not needed.
			language-file-case
			  vi: Tệp Vi.md phải viết bằng chữ thường: vi.md. Trên máy chủ, chữ hoa và chữ thường là khác nhau, nên tệp này sẽ không được đọc.
			      → Hãy đổi tên tệp thành vi.md.
			  en: The file Vi.md must be written in lower case: vi.md. On the server, capital and small letters differ, so this file would not be read.
			      → Rename the file to vi.md.
			unknown-language-file
			  vi: Tệp fr.md không phải là vi.md hay một bản dịch (vi.md, en.md, zh.md, ko.md), nên bị bỏ qua.
			      → Hãy đổi tên tệp cho đúng, hoặc chuyển nó ra khỏi thư mục di tích.
			  en: The file fr.md is neither vi.md nor a translation (vi.md, en.md, zh.md, ko.md), so it is ignored.
			      → Rename the file correctly, or move it out of the site folder.
			language-not-offered
			  vi: Bản dịch ko.md chưa được hiển thị vì ngôn ngữ ko chưa có trong danh sách languages của settings.yaml (vi, en).
			      → Hãy thêm ko vào languages trong settings.yaml nếu muốn hiển thị bản dịch này.
			  en: The translation ko.md is not shown because ko is not in the languages of settings.yaml (vi, en).
			      → Add ko to languages in settings.yaml to show this translation.
			latitude-out-of-range
			  vi: Vĩ độ 31.5 nằm ngoài Việt Nam: vĩ độ phải từ 8 đến 24.
			      → Hãy lấy lại tọa độ trên bản đồ: số đầu tiên Google Maps hiện ra là vĩ độ (lat).
			  en: Latitude 31.5 is outside Vietnam: it must be between 8 and 24.
			      → Take the coordinates from the map again: the first number Google Maps shows is the latitude (lat).
			longitude-out-of-range
			  vi: Kinh độ 117.6 nằm ngoài Việt Nam: kinh độ phải từ 102 đến 110.
			      → Hãy lấy lại tọa độ trên bản đồ: số thứ hai Google Maps hiện ra là kinh độ (lng).
			  en: Longitude 117.6 is outside Vietnam: it must be between 102 and 110.
			      → Take the coordinates from the map again: the second number Google Maps shows is the longitude (lng).
			coordinates-swapped
			  vi: Vĩ độ 107.5 và kinh độ 21.4 nằm ngoài Việt Nam.
			      → Có vẻ vĩ độ và kinh độ bị đổi chỗ cho nhau. Hãy thử:
			            lat: 21.4
			            lng: 107.5
			  en: Latitude 107.5 and longitude 21.4 are outside Vietnam.
			      → Latitude and longitude look swapped. Try:
			            lat: 21.4
			            lng: 107.5
			duplicate-trail-position
			  vi: Thứ tự 3 trên tuyến đã được dùng ở content/sites/chua-sau/vi.md.
			      → Hãy đặt cho mỗi di tích một số thứ tự khác nhau.
			  en: Trail position 3 is already used in content/sites/chua-sau/vi.md.
			      → Give each site a different position."
		`);
	});

	test('audio narrations and inscriptions, in Vietnamese and English', () => {
		expect(bothLanguages(AUDIO_INSCRIPTIONS)).toMatchInlineSnapshot(`
			"audio-format
			  vi: Tệp thuyết minh thuyet-minh.wav không phải tệp âm thanh mà điện thoại mở được. Chỉ dùng tệp .mp3, .m4a, .ogg.
			      → Hãy lưu lại bản ghi dạng MP3 (ví dụ thuyet-minh.mp3) rồi ghi đúng tên tệp.
			  en: The narration file thuyet-minh.wav is not an audio file that phones can play. Use only .mp3, .m4a, .ogg files.
			      → Save the recording as MP3 (e.g. narration.mp3) and write its exact file name.
			audio-missing
			  vi: Không tìm thấy tệp thuyết minh "thuyet-minh.mp3" trong thư mục content/sites/dinh-dam-ha/.
			      → Hãy kiểm tra tên tệp (chữ hoa và chữ thường là khác nhau) hoặc chép tệp âm thanh vào thư mục này.
			  en: The narration file "thuyet-minh.mp3" is not in content/sites/dinh-dam-ha/.
			      → Check the file name (upper and lower case differ) or copy the audio file into this folder.
			audio-outside-site-folder
			  vi: Tệp thuyết minh "../chung/thuyet-minh.mp3" nằm ngoài thư mục content/sites/dinh-dam-ha/. Tệp của một di tích phải nằm ngay trong thư mục của di tích đó.
			      → Hãy chép tệp vào thư mục của di tích và chỉ ghi tên tệp, ví dụ thuyet-minh.mp3.
			  en: The narration file "../chung/thuyet-minh.mp3" is outside content/sites/dinh-dam-ha/. A site's files must be inside that site's own folder.
			      → Copy the file into the site's folder and write only its file name, e.g. narration.mp3.
			inscription-incomplete
			  vi: Khối văn khắc (inscription) thiếu phần: Phiên âm, Dịch nghĩa. Mỗi khối cần đủ ba phần, mỗi phần bắt đầu bằng một dòng tên phần.
			      → Hãy viết lần lượt các dòng "Nguyên văn:", "Phiên âm:", "Dịch nghĩa:", mỗi dòng tên phần có nội dung ngay bên dưới.
			  en: The inscription block lacks: Reading, Translation. Each block needs all three parts, each starting with a line naming the part.
			      → Write the lines "Original:", "Reading:" and "Translation:" in turn, each followed by its text.
			inscription-glyph-missing
			  vi: Phông chữ Hán Nôm của trang không có ký tự "𡨸" (U+21A38), nên ký tự đó sẽ hiện bằng phông khác hoặc thành ô trống.
			      → Hãy kiểm tra lại ký tự (có thể do dán nhầm); nếu đó là chữ Nôm hiếm, hãy ghi chú cách đọc trong phần Phiên âm.
			  en: The page's Hán Nôm font has no "𡨸" (U+21A38), so that character would show in another font or as an empty box.
			      → Check the character (it may have been pasted by mistake); if it is a rare Nôm character, explain its reading in the Reading part."
		`);
	});

	test('the printed register and retired sites, in Vietnamese and English (issue #5)', () => {
		expect(bothLanguages(REGISTERS)).toMatchInlineSnapshot(`
			"printed-code-gone
			  vi: Bảng DH05 đã in (ngày 2022-03-26) nhưng không còn di tích nào mang mã này, nên ai quét bảng sẽ gặp trang lỗi.
			      → Hãy trả lại thư mục của di tích (với code: DH05) nếu di tích vẫn còn. Nếu di tích đã đóng cửa, nhập vào nơi khác hoặc chuyển đi, hãy ghi nó vào content/retired.yaml (xem hướng dẫn) để bảng dẫn tới trang giải thích.
			  en: Plaque DH05 was printed (on 2022-03-26) but no site has this code any more, so whoever scans it gets an error page.
			      → If the site still exists, bring its folder back (with code: DH05). If it closed, merged into another site or moved, add it to content/retired.yaml (see the guide) so the plaque leads to a page that explains.
			printed-url-changed
			  vi: Bảng DH01 đã in với địa chỉ https://DAMHA.EXAMPLE.VN/DH01, nhưng địa chỉ trang web bây giờ cho ra https://DITICH.QUANGNINH.EXAMPLE.VN/DH01. Bảng đã in sẽ không dẫn tới trang này nữa.
			      → Hãy để baseUrl trong settings.yaml như lúc in bảng. Nếu thật sự phải đổi tên miền, hãy giữ tên miền cũ và cho nó chuyển hướng sang tên miền mới, rồi mới sửa sổ bảng đã in.
			  en: Plaque DH01 was printed with the address https://DAMHA.EXAMPLE.VN/DH01, but the site address now gives https://DITICH.QUANGNINH.EXAMPLE.VN/DH01. The printed plaque would no longer lead here.
			      → Keep baseUrl in settings.yaml as it was when the plaques were printed. If the domain really must change, keep the old domain and make it redirect to the new one before changing the register.
			printed-folder-renamed
			  vi: Bảng DH09 được in khi di tích ở thư mục thac-bach-van; nay thư mục là thac-bach-van-quang-tan, nên địa chỉ trang cũ (…/vi/thac-bach-van/) sẽ không còn.
			      → Hãy thêm vào content/sites/thac-bach-van-quang-tan/vi.md dòng "formerFolders: [thac-bach-van]" để địa chỉ cũ tự chuyển sang địa chỉ mới.
			  en: Plaque DH09 was printed when the site's folder was thac-bach-van; it is now thac-bach-van-quang-tan, so the old page address (…/vi/thac-bach-van/) would stop working.
			      → Add the line "formerFolders: [thac-bach-van]" to content/sites/thac-bach-van-quang-tan/vi.md so the old address leads to the new one.
			retired-code-in-use
			  vi: Mã DH05 được ghi là đã thôi giới thiệu, nhưng content/sites/don-den/vi.md vẫn dùng mã này.
			      → Hãy xóa mục này khỏi retired.yaml nếu di tích vẫn còn trên tuyến, hoặc xóa thư mục của di tích nếu đã thôi giới thiệu.
			  en: The code DH05 is listed as retired, but content/sites/don-den/vi.md still uses it.
			      → If the site is still on the trail, delete this entry from retired.yaml. If it is not, delete its folder.
			retired-duplicate
			  vi: Mã DH05 đã được ghi ở dòng 3 của tệp này.
			      → Hãy gộp hai mục làm một: mỗi mã chỉ ghi một lần.
			  en: The code DH05 is already listed on line 3 of this file.
			      → List each code once: merge the two entries.
			retired-goto-missing
			  vi: Di tích có lý do "merged" cần cho biết khách nên đến đâu thay thế.
			      → Hãy thêm dòng "goTo:" với mã bảng của di tích thay thế (ví dụ DH04) hoặc một địa chỉ https://.
			  en: A site retired as "merged" must say where visitors should go instead.
			      → Add a line "goTo:" with the plaque code of the site to visit instead (e.g. DH04) or an https:// address.
			retired-goto-unknown
			  vi: Không có di tích nào đang giới thiệu mang mã DH42.
			      → Hãy ghi mã bảng của một di tích còn trên tuyến, hoặc một địa chỉ https://.
			  en: No site on the trail has the code DH42.
			      → Write the plaque code of a site still on the trail, or an https:// address.
			folder-name-taken
			  vi: Tên thư mục dinh-dam-ha đã thuộc về content/sites/dinh-dam-ha/vi.md, nên địa chỉ …/vi/dinh-dam-ha/ không thể dẫn tới hai nơi.
			      → Hãy xóa tên này khỏi danh sách, hoặc chọn tên thư mục khác cho di tích mới.
			  en: The folder name dinh-dam-ha already belongs to content/sites/dinh-dam-ha/vi.md, so the address …/vi/dinh-dam-ha/ cannot lead to two places.
			      → Remove this name from the list, or choose another folder name for the new site.
			folder-name-invalid
			  vi: "Thác_Bạch_Vân" không phải tên thư mục của một di tích: tên thư mục chỉ có chữ thường không dấu, chữ số và dấu gạch ngang.
			      → Hãy ghi đúng tên thư mục, đúng như nó có (hoặc đã từng có) trong content/sites/, ví dụ thac-bach-van.
			  en: "Thác_Bạch_Vân" is not the name of a site folder: folder names hold only lower-case letters without accents, digits and hyphens.
			      → Write the folder name exactly as it is (or was) in content/sites/, e.g. thac-bach-van."
		`);
	});

	test('photos, links and plaques, in Vietnamese and English', () => {
		expect(bothLanguages(PHOTOS_LINKS_PLAQUES)).toMatchInlineSnapshot(`
			"photo-missing
			  vi: Không tìm thấy ảnh "cover.jpg" trong thư mục content/sites/den-cap/.
			      → Hãy kiểm tra tên tệp (chữ hoa và chữ thường là khác nhau) hoặc chép ảnh vào thư mục này.
			  en: The photo "cover.jpg" is not in content/sites/den-cap/.
			      → Check the file name (upper and lower case differ) or copy the photo into this folder.
			photo-outside-site-folder
			  vi: Ảnh "../dinh-mau/cover.jpg" nằm ngoài thư mục content/sites/den-cap/. Ảnh của một di tích phải nằm ngay trong thư mục của di tích đó.
			      → Hãy chép ảnh vào thư mục của di tích và chỉ ghi tên tệp, ví dụ cover.jpg.
			  en: The photo "../dinh-mau/cover.jpg" is outside content/sites/den-cap/. A site's photos must be inside that site's own folder.
			      → Copy the photo into the site's folder and write only its file name, e.g. cover.jpg.
			photo-unreadable
			  vi: Tệp "cover.jpg" không mở được như một ảnh. Trang chỉ nhận ảnh JPEG, PNG hoặc WebP.
			      → Hãy mở ảnh trên máy tính (ví dụ bằng Paint), chọn "Lưu dưới dạng" (Save as) JPEG, rồi ghi tên tệp mới vào đây, ví dụ cover.jpg. Nếu ảnh không mở được ở đâu cả, hãy chép lại ảnh từ điện thoại: tệp có thể đã hỏng khi chép.
			  en: The file "cover.jpg" cannot be opened as a photo. Only JPEG, PNG and WebP photos are accepted.
			      → Open the photo on a computer (in Paint, for example), choose "Save as" JPEG, then write the new file name here, e.g. cover.jpg. If the photo does not open anywhere, copy it from the phone again: the file may have been damaged while copying.
			alt-missing
			  vi: Ảnh bìa chưa có mô tả (alt).
			      → Hãy viết một câu ngắn tả những gì có trong ảnh, cho người không nhìn thấy ảnh.
			  en: The cover photo has no description (alt).
			      → Write one short sentence saying what the photo shows, for people who cannot see it.
			unsafe-link
			  vi: Liên kết "javascript:alert(1)" không an toàn nên đã bị bỏ đi. Chỉ dùng liên kết bắt đầu bằng https://, http://, mailto: hoặc tel:.
			      → Hãy thay bằng một địa chỉ https:// hoặc xóa liên kết.
			  en: The link "javascript:alert(1)" is unsafe and was removed. Only links starting with https://, http://, mailto: or tel: are kept.
			      → Replace it with an https:// address or remove the link.
			glyph-missing
			  vi: Phông chữ của bảng in không có ký tự "漢" (U+6F22) trong "Đình 漢 Đầm Hà", nên ký tự đó sẽ bị mất khi in.
			      → Hãy kiểm tra ký tự lạ (có thể do dán từ Word hay Facebook) và gõ lại bằng Unikey.
			  en: The plaque font has no "漢" (U+6F22) in "Đình 漢 Đầm Hà", so that character would be lost in print.
			      → Look for an odd character (often pasted from Word or Facebook) and retype it with Unikey.
			plaque-text-overflow
			  vi: Trên bảng DH01 khổ a5 (148 × 210 mm), dòng chữ "Tượng đài Anh hùng liệt sĩ Hà Quang Vóc và các chiến sĩ" không vừa dù đã thu nhỏ hết mức: thừa 4.2 mm.
			      → Hãy rút gọn tên, ví dụ bỏ phần phụ đề, hoặc chọn khổ bảng lớn hơn (trường plaque.size).
			  en: On plaque DH01, size a5 (148 × 210 mm), the text "Tượng đài Anh hùng liệt sĩ Hà Quang Vóc và các chiến sĩ" does not fit even at its smallest size: 4.2 mm too wide.
			      → Shorten the name, for example by dropping a subtitle, or choose a larger plaque size (field plaque.size).
			qr-too-small-for-distance
			  vi: Mã QR trên bảng DH01 khổ sticker-10x10 (100 × 100 mm) chỉ rộng 17.4 mm. Để quét được từ khoảng 25 cm, mã cần rộng ít nhất 25 mm.
			      → Hãy chọn khổ bảng lớn hơn (trường plaque.size), hoặc rút gọn tên trên bảng để mã QR có thêm chỗ.
			  en: The QR code on plaque DH01, size sticker-10x10 (100 × 100 mm), is only 17.4 mm wide. To scan from about 25 cm, it must be at least 25 mm wide.
			      → Choose a larger plaque size (field plaque.size), or shorten the names on the plaque to give the QR code more room.
			logo-missing
			  vi: Không tìm thấy biểu trưng "logo.png" trong thư mục content/.
			      → Hãy kiểm tra tên tệp (chữ hoa và chữ thường là khác nhau) hoặc chép tệp PNG vào thư mục này.
			  en: The logo "logo.png" is not in content/.
			      → Check the file name (upper and lower case differ) or copy the PNG file into this folder.
			logo-outside-content-folder
			  vi: Biểu trưng "../logo.png" nằm ngoài thư mục content/. Biểu trưng phải nằm trong thư mục nội dung.
			      → Hãy chép tệp vào thư mục nội dung và chỉ ghi tên tệp, ví dụ logo.png.
			  en: The logo "../logo.png" is outside content/. The logo must be inside the content folder.
			      → Copy the file into the content folder and write only its file name, e.g. logo.png.
			logo-unreadable
			  vi: Tệp "logo.bmp" không mở được như một ảnh PNG, SVG hay JPEG.
			      → Hãy lưu biểu trưng dạng SVG hoặc PNG rồi ghi đúng tên tệp, ví dụ logo.svg.
			  en: The file "logo.bmp" cannot be opened as a PNG, SVG or JPEG image.
			      → Save the logo as SVG or PNG and write its exact file name, e.g. logo.svg."
		`);
	});

	test('photos from phones, in Vietnamese and English (issue #6)', () => {
		expect(bothLanguages(PHOTOS_FROM_PHONES)).toMatchInlineSnapshot(`
			"photo-too-large
			  vi: Ảnh "IMG_20250701_083015.jpg" nặng 31.4 MB, quá giới hạn 25 MB, nên chưa được đọc.
			      → Hãy thu nhỏ ảnh còn khoảng 3000 điểm ảnh chiều rộng (vẫn đủ rõ cho trang), ví dụ mở bằng Paint trên máy tính, chọn "Thay đổi kích thước" (Resize), rồi lưu dạng JPEG và ghi tên tệp mới vào đây.
			  en: The photo "IMG_20250701_083015.jpg" is 31.4 MB, over the 25 MB limit, so it was not read.
			      → Make the photo smaller, about 3000 pixels wide (still sharp enough for the pages): for example open it in Paint on a computer, choose "Resize", save it as JPEG and write the new file name here.
			photo-heic
			  vi: Ảnh "IMG_4512.HEIC" ở dạng HEIC (dạng ảnh mặc định của iPhone), chương trình chưa đọc được dạng này. Trang chỉ nhận ảnh JPEG, PNG hoặc WebP.
			      → Hãy chuyển ảnh sang JPEG rồi ghi tên tệp mới (đuôi .jpg) vào đây.
			        - Ảnh chụp từ nay: trên iPhone vào Cài đặt → Camera → Định dạng → Tương thích nhất, ảnh mới sẽ là JPEG (điện thoại Android: tắt lưu ảnh HEIF trong cài đặt Camera).
			        - Ảnh đã chụp: trước khi chép ảnh sang máy tính bằng cáp, bật Cài đặt → Ảnh → Truyền sang máy Mac hoặc PC → Tự động; hoặc chia sẻ hay xuất ảnh dạng JPEG; hoặc mở ảnh bằng một chương trình chuyển HEIC sang JPEG rồi lưu lại.
			  en: The photo "IMG_4512.HEIC" is in HEIC format (the iPhone's default), which this program cannot read. Only JPEG, PNG and WebP photos are accepted.
			      → Convert the photo to JPEG, then write the new file name (ending in .jpg) here.
			        - For new photos: on the iPhone, go to Settings → Camera → Formats → Most Compatible, and it takes JPEG photos (on Android, turn off saving HEIF photos in the Camera settings).
			        - For photos already taken: before copying them to a computer by cable, turn on Settings → Photos → Transfer to Mac or PC → Automatic; or share or export them as JPEG; or open them in a HEIC to JPEG converter and save them.
			location-from-photo
			  vi: Vị trí của di tích vẫn là tọa độ tạm, còn ảnh "cong-dinh.jpg" có ghi nơi chụp: 21.3512, 107.5996.
			      → Hãy xem điểm này trên bản đồ (https://www.google.com/maps/search/?api=1&query=21.3512,107.5996); nếu ảnh được chụp ngay tại di tích, hãy thay cả nhóm location bằng dòng:
			            location: { lat: 21.3512, lng: 107.5996 }
			  en: The site's location is still a placeholder, and the photo "cong-dinh.jpg" records where it was taken: 21.3512, 107.5996.
			      → Look at this point on a map (https://www.google.com/maps/search/?api=1&query=21.3512,107.5996); if the photo was taken at the site itself, replace the whole location group with the line:
			            location: { lat: 21.3512, lng: 107.5996 }"
		`);
	});

	test('files and texts from hostile hands, in Vietnamese and English (issue #8)', () => {
		expect(bothLanguages(HOSTILE_TEXT)).toMatchInlineSnapshot(`
			"not-utf8
			  vi: Tệp không được lưu ở dạng UTF-8: chữ trong tệp có vẻ được gõ bằng bảng mã cũ TCVN3 (ABC, phông .VnTime), nên không đọc được.
			      → Hãy mở tệp bằng Notepad, chép toàn bộ chữ, mở "Công cụ chuyển mã" của Unikey (bấm Ctrl+Shift+F6), chọn Nguồn "TCVN3 (ABC)", Đích "Unicode", bấm "Chuyển mã", rồi dán kết quả vào tệp và lưu với mã hóa (Encoding) UTF-8.
			  en: The file is not saved as UTF-8: its text looks typed in the old TCVN3 (ABC, .VnTime fonts) encoding, so it cannot be read.
			      → Open the file in Notepad, copy all its text, open Unikey's "Công cụ chuyển mã" (conversion tool, Ctrl+Shift+F6), set Nguồn (source) to "TCVN3 (ABC)" and Đích (destination) to "Unicode", press "Chuyển mã", then paste the result into the file and save it with the UTF-8 encoding.
			file-empty
			  vi: Tệp này trống, không có chữ nào.
			      → Hãy chép lại tệp từ bản gốc (tệp thường bị trống khi chép hay lưu bị lỗi), hoặc chép một tệp cùng loại có sẵn rồi sửa lại.
			  en: This file is empty: it holds no text at all.
			      → Copy the file again from the original (a file usually ends up empty when copying or saving failed), or copy a file of the same kind and edit it.
			legacy-encoding
			  vi: Chữ "§×nh §Çm Hµ" có vẻ được gõ bằng bảng mã cũ TCVN3 (ABC, phông .VnTime) chứ không phải Unicode, nên trên trang và trên bảng sẽ thành ký tự lạ.
			      → Hãy chép đoạn chữ này, mở "Công cụ chuyển mã" của Unikey (bấm Ctrl+Shift+F6), chọn Nguồn "TCVN3 (ABC)", Đích "Unicode", bấm "Chuyển mã", rồi dán kết quả vào đây thay cho chữ cũ. Sau đó hãy đọc lại: TCVN3 không giữ chữ in hoa có dấu, nên có chữ có thể đã thành chữ thường.
			  en: The text "§×nh §Çm Hµ" looks typed in the old TCVN3 (ABC, .VnTime fonts) encoding, not Unicode, so pages and plaques would show odd characters.
			      → Copy this text, open Unikey's "Công cụ chuyển mã" (conversion tool, Ctrl+Shift+F6), set Nguồn (source) to "TCVN3 (ABC)" and Đích (destination) to "Unicode", press "Chuyển mã", then paste the result here in place of the old text. Then read it again: TCVN3 does not keep capital letters with accents, so some may have become small letters.
			mixed-script
			  vi: Từ "Hа" có chữ "а" (U+0430) là chữ Kirin (chữ Nga), chỉ trông giống chữ Latinh, nên tìm kiếm và sắp xếp sẽ không nhận ra từ này.
			      → Hãy xóa chữ "а" rồi gõ lại bằng bàn phím tiếng Việt (Unikey).
			  en: The word "Hа" holds "а" (U+0430), a Cyrillic letter that only looks Latin, so search and sorting will not recognise the word.
			      → Delete "а" and type it again with the Vietnamese keyboard (Unikey).
			bidi-control
			  vi: Ở đây có một ký tự vô hình điều khiển hướng chữ (U+202E). Nó đảo thứ tự chữ người xem thấy, ví dụ "Đền Cấp" thành "Đền pấC".
			      → Hãy xóa đoạn chữ quanh chỗ này rồi gõ lại bằng Unikey (ký tự này đi theo chữ dán từ trang web hay tin nhắn).
			  en: There is an invisible text-direction control (U+202E) here. It reverses what visitors see, e.g. "Đền Cấp" shows as "Đền pấC".
			      → Delete the text around this place and type it again (such characters come with text pasted from web pages or chat apps).
			invisible-character
			  vi: Mã bảng "DH​01" có một ký tự vô hình (U+200B) ngay sau "DH". Người đọc không thấy nó, nhưng nó làm mã bảng và địa chỉ trong mã QR khác đi.
			      → Hãy xóa cả giá trị rồi gõ lại bằng bàn phím: code: DH01
			  en: The plaque code "DH​01" holds an invisible character (U+200B) right after "DH". Readers cannot see it, but it changes the code and the address in the QR code.
			      → Delete the whole value and type it again: code: DH01
			code-lower-case
			  vi: Mã bảng "dh01" có chữ thường. Mã bảng phải viết bằng chữ in hoa, vì nó được in trên bảng và nằm trong địa chỉ của mã QR.
			      → Hãy viết: code: DH01
			  en: The plaque code "dh01" has small letters. A plaque code must be written in capitals, as it is printed on the plaque and is part of the QR code's address.
			      → Write: code: DH01
			body-empty
			  vi: Tệp chưa có phần giới thiệu: bên dưới dòng "---" thứ hai chưa có chữ nào, nên trang chỉ có tên, ảnh và tóm tắt.
			      → Hãy viết vài đoạn giới thiệu di tích bên dưới dòng "---" thứ hai (trong lúc chờ, trang vẫn được đăng).
			  en: The file has no text yet: nothing is written below the second "---" line, so the page shows only the name, the photo and the summary.
			      → Write a few paragraphs about the site below the second "---" line (the page is published meanwhile)."
		`);
	});

	test('hostile files and texts read well with the optional parameters left out (issue #8)', () => {
		expect(bothLanguages(['not-utf8', 'bidi-control', 'invisible-character'], BARE_PARAMS)).toMatchInlineSnapshot(`
			"not-utf8
			  vi: Tệp không được lưu ở dạng UTF-8, nên chữ có dấu từ dòng này không đọc được.
			      → Hãy mở tệp bằng Notepad, chọn "Lưu dưới dạng" (Save as), ở ô "Mã hóa" (Encoding) chọn UTF-8, rồi lưu đè lên tệp cũ.
			  en: The file is not saved as UTF-8, so the accented letters from this line on cannot be read.
			      → Open the file in Notepad, choose "Save as", set "Encoding" to UTF-8, and save over the old file.
			bidi-control
			  vi: Ở đây có một dấu hướng chữ vô hình (U+200F), thường đi theo chữ dán từ trang web tiếng Ả Rập hay Do Thái. Nó có thể làm dấu câu bên cạnh nhảy chỗ.
			      → Hãy xóa đoạn chữ quanh chỗ này rồi gõ lại bằng Unikey (ký tự này đi theo chữ dán từ trang web hay tin nhắn).
			  en: There is an invisible text-direction mark (U+200F) here, often pasted with text from Arabic or Hebrew web pages. It can make the punctuation next to it jump.
			      → Delete the text around this place and type it again (such characters come with text pasted from web pages or chat apps).
			invisible-character
			  vi: Mã bảng "​DH01" có một ký tự vô hình (U+200B) ở đầu mã. Người đọc không thấy nó, nhưng nó làm mã bảng và địa chỉ trong mã QR khác đi.
			      → Hãy xóa cả giá trị rồi gõ lại bằng bàn phím.
			  en: The plaque code "​DH01" holds an invisible character (U+200B) at its start. Readers cannot see it, but it changes the code and the address in the QR code.
			      → Delete the whole value and type it again."
		`);
	});

	test('places and photos from hostile hands, in Vietnamese and English (issue #8)', () => {
		expect(bothLanguages(HOSTILE_PLACES_PHOTOS)).toMatchInlineSnapshot(`
			"coordinates-outside-vietnam
			  vi: Điểm 17.97, 102.61 có vẻ nằm ngoài Việt Nam: không thuộc đất liền, vùng ven biển hay các đảo của Việt Nam.
			      → Hãy xem điểm này trên bản đồ (https://www.google.com/maps/search/?api=1&query=17.97,102.61). Nếu đó không phải là di tích, hãy lấy lại tọa độ: nhấn giữ vào đúng chỗ di tích trên Google Maps rồi chép hai số hiện ra. Nếu điểm đã đúng, hãy giữ nguyên: đây chỉ là cảnh báo.
			  en: The point 17.97, 102.61 seems to be outside Vietnam: it is not on Vietnam's mainland, coast or islands.
			      → Look at this point on a map (https://www.google.com/maps/search/?api=1&query=17.97,102.61). If it is not the site, take the coordinates again: press and hold on the site itself in Google Maps, then copy the two numbers it shows. If the point is right, leave it as it is: this is only a warning.
			decimal-comma
			  vi: Số 21,352 được viết với dấu phẩy. Trong tệp này, phần thập phân phải đặt sau dấu chấm.
			      → Hãy viết: lat: 21.352
			  en: The number 21,352 is written with a comma. In this file, decimals are written after a dot.
			      → Write: lat: 21.352
			photo-empty
			  vi: Tệp ảnh "cover.jpg" trống (0 byte): trong tệp không có ảnh nào.
			      → Hãy chép lại ảnh từ điện thoại hoặc máy ảnh vào thư mục này: lần chép trước có thể chưa xong.
			  en: The photo file "cover.jpg" is empty (0 bytes): there is no photo in it.
			      → Copy the photo again from the phone or camera into this folder: the earlier copy may not have finished.
			photo-truncated
			  vi: Ảnh "IMG_20250701_083015.jpg" bị cắt cụt hoặc bị hỏng: chỉ đọc được phần đầu của tệp. Có thể tệp chưa được chép xong.
			      → Hãy chép lại ảnh từ điện thoại hoặc máy ảnh và chờ đến khi chép xong; nếu ảnh vẫn không mở được, hãy chọn một ảnh khác.
			  en: The photo "IMG_20250701_083015.jpg" is cut short or damaged: only its beginning can be read. It may not have finished copying.
			      → Copy the photo again from the phone or camera and wait until the copy has finished; if it still does not open, choose another photo.
			photo-not-an-image
			  vi: Tệp "cover.jpg" không phải là ảnh mà là một trang web (HTML), có lẽ đã được lưu thay cho ảnh trên trang đó. Trang chỉ nhận ảnh JPEG, PNG hoặc WebP.
			      → Hãy lưu riêng tấm ảnh thành tệp JPEG (trên trình duyệt: nhấn chuột phải vào ảnh, chọn "Lưu hình ảnh thành…" (Save image as); trong tài liệu: chép ảnh ra rồi lưu lại), rồi ghi tên tệp mới vào đây, ví dụ cover.jpg.
			  en: The file "cover.jpg" is not a photo: it is a web page (HTML), perhaps saved in place of the photo it shows. Only JPEG, PNG and WebP photos are accepted.
			      → Save the photo itself as a JPEG file (in a web browser: right-click the photo and choose "Save image as"; in a document: copy the photo out and save it), then write the new file name here, e.g. cover.jpg.
			photo-too-many-pixels
			  vi: Ảnh "sac-phong-scan.png" có 9600 × 7200 điểm ảnh (69.2 triệu điểm ảnh), quá giới hạn 54 triệu điểm ảnh, nên chưa được đọc.
			      → Hãy thu nhỏ ảnh còn khoảng 3000 điểm ảnh chiều rộng (vẫn đủ rõ cho trang), ví dụ mở bằng Paint trên máy tính, chọn "Thay đổi kích thước" (Resize), rồi lưu dạng JPEG và ghi tên tệp mới vào đây.
			  en: The photo "sac-phong-scan.png" is 9600 × 7200 pixels (69.2 megapixels), over the 54-megapixel limit, so it was not read.
			      → Make the photo smaller, about 3000 pixels wide (still sharp enough for the pages): for example open it in Paint on a computer, choose "Resize", save it as JPEG and write the new file name here."
		`);
	});

	test('says what a file named as a photo really is, for every kind told apart (issue #8)', () => {
		const kinds = (['pdf', 'html', 'office', 'zip', 'video', 'audio', 'text'] as const).map((kind) => ({ 'photo-not-an-image': { src: 'cover.jpg', kind } }));
		expect(kinds.map((params) => bothLanguages(['photo-not-an-image'], params).split('\n').filter((line) => /^ {2}(vi|en):/.test(line)).join('\n')).join('\n')).toMatchInlineSnapshot(`
			"  vi: Tệp "cover.jpg" không phải là ảnh mà là một tài liệu PDF. Trang chỉ nhận ảnh JPEG, PNG hoặc WebP.
			  en: The file "cover.jpg" is not a photo: it is a PDF document. Only JPEG, PNG and WebP photos are accepted.
			  vi: Tệp "cover.jpg" không phải là ảnh mà là một trang web (HTML), có lẽ đã được lưu thay cho ảnh trên trang đó. Trang chỉ nhận ảnh JPEG, PNG hoặc WebP.
			  en: The file "cover.jpg" is not a photo: it is a web page (HTML), perhaps saved in place of the photo it shows. Only JPEG, PNG and WebP photos are accepted.
			  vi: Tệp "cover.jpg" không phải là ảnh mà là một tài liệu Word, Excel hoặc PowerPoint. Trang chỉ nhận ảnh JPEG, PNG hoặc WebP.
			  en: The file "cover.jpg" is not a photo: it is a Word, Excel or PowerPoint document. Only JPEG, PNG and WebP photos are accepted.
			  vi: Tệp "cover.jpg" không phải là ảnh mà là một tệp nén (ZIP). Trang chỉ nhận ảnh JPEG, PNG hoặc WebP.
			  en: The file "cover.jpg" is not a photo: it is a compressed (ZIP) file. Only JPEG, PNG and WebP photos are accepted.
			  vi: Tệp "cover.jpg" không phải là ảnh mà là một đoạn phim. Trang chỉ nhận ảnh JPEG, PNG hoặc WebP.
			  en: The file "cover.jpg" is not a photo: it is a video. Only JPEG, PNG and WebP photos are accepted.
			  vi: Tệp "cover.jpg" không phải là ảnh mà là một tệp âm thanh. Trang chỉ nhận ảnh JPEG, PNG hoặc WebP.
			  en: The file "cover.jpg" is not a photo: it is a sound recording. Only JPEG, PNG and WebP photos are accepted.
			  vi: Tệp "cover.jpg" không phải là ảnh mà là một tệp chữ. Trang chỉ nhận ảnh JPEG, PNG hoặc WebP.
			  en: The file "cover.jpg" is not a photo: it is a text file. Only JPEG, PNG and WebP photos are accepted."
		`);
	});

	test('reads well with the optional parameters left out', () => {
		const codes: ProblemCode[] = ['unknown-field', 'invalid-choice', 'invalid-code', 'number-out-of-range', 'duplicate-code', 'alt-missing'];
		expect(bothLanguages(codes, BARE_PARAMS)).toMatchInlineSnapshot(`
			"unknown-field
			  vi: Không có trường nào tên "ghiChu".
			      → Hãy xóa trường này hoặc kiểm tra lại tên trường trong hướng dẫn.
			  en: There is no field called "ghiChu".
			      → Delete this field or check its name in the guide.
			invalid-choice
			  vi: Giá trị "cấp tỉnh" không nằm trong danh sách cho phép: special-national, national, provincial, inventoried, unranked.
			      → Hãy chọn một giá trị trong danh sách trên.
			  en: The value "cấp tỉnh" is not one of the allowed values: special-national, national, provincial, inventoried, unranked.
			      → Choose one of the values above.
			invalid-code
			  vi: Mã bảng "DAMHA-DINH-01" không hợp lệ. Mã bảng gồm 2 đến 8 chữ in hoa (A–Z) hoặc chữ số, không dấu, không khoảng trắng.
			      → Hãy đặt một mã như DH01.
			  en: The plaque code "DAMHA-DINH-01" is not valid. A plaque code has 2 to 8 capital letters (A–Z) or digits, with no accents and no spaces.
			      → Use a code such as DH01.
			number-out-of-range
			  vi: Số 0 nằm ngoài khoảng cho phép.
			      → Hãy sửa lại số này.
			  en: The number 0 is out of range.
			      → Correct the number.
			duplicate-code
			  vi: Mã bảng "DH01" đã được dùng ở content/sites/dinh-x/vi.md. Mỗi di tích cần một mã riêng; mã đã in trên bảng thì không được đổi.
			      → Hãy đặt cho di tích chưa in bảng một mã mới chưa dùng.
			  en: Plaque code "DH01" is already used in content/sites/dinh-x/vi.md. Each site needs its own code; a code that has been printed must never change.
			      → Give the site whose plaque is not printed yet a new, unused code.
			alt-missing
			  vi: Ảnh chưa có mô tả (alt).
			      → Hãy viết một câu ngắn tả những gì có trong ảnh, cho người không nhìn thấy ảnh.
			  en: The photo has no description (alt).
			      → Write one short sentence saying what the photo shows, for people who cannot see it."
		`);
	});

	test('names every kind of value in plain words (wrong-type)', () => {
		const kinds: ValueKind[] = ['text', 'number', 'whole-number', 'yes-no', 'list', 'group', 'date'];
		const text = kinds
			.map((expected) => {
				const problem = sampleProblem('wrong-type', { value: '…', expected });
				return (['vi', 'en'] as const).map((lang) => `${expected} ${lang}: ${problemText(problem, lang).message} ${problemText(problem, lang).fix}`).join('\n');
			})
			.join('\n');
		expect(text).toMatchInlineSnapshot(`
			"text vi: Giá trị … không đúng kiểu. Trường này cần chữ. Hãy sửa giá trị thành chữ.
			text en: The value … is of the wrong kind. This field needs text. Change the value to text.
			number vi: Giá trị … không đúng kiểu. Trường này cần số. Hãy viết một số, dùng dấu chấm cho phần thập phân, không đặt trong ngoặc kép.
			number en: The value … is of the wrong kind. This field needs a number. Write a number, with a dot for decimals and without quotes.
			whole-number vi: Giá trị … không đúng kiểu. Trường này cần số nguyên. Hãy viết một số, dùng dấu chấm cho phần thập phân, không đặt trong ngoặc kép.
			whole-number en: The value … is of the wrong kind. This field needs a whole number. Write a number, with a dot for decimals and without quotes.
			yes-no vi: Giá trị … không đúng kiểu. Trường này cần true (có) hoặc false (không). Hãy sửa giá trị thành true (có) hoặc false (không).
			yes-no en: The value … is of the wrong kind. This field needs true (yes) or false (no). Change the value to true (yes) or false (no).
			list vi: Giá trị … không đúng kiểu. Trường này cần danh sách (mỗi mục một dòng bắt đầu bằng "- "). Hãy sửa giá trị thành danh sách (mỗi mục một dòng bắt đầu bằng "- ").
			list en: The value … is of the wrong kind. This field needs a list (one item per line starting with "- "). Change the value to a list (one item per line starting with "- ").
			group vi: Giá trị … không đúng kiểu. Trường này cần nhóm trường lùi vào bên dưới. Hãy sửa giá trị thành nhóm trường lùi vào bên dưới.
			group en: The value … is of the wrong kind. This field needs a group of fields indented below it. Change the value to a group of fields indented below it.
			date vi: Giá trị … không đúng kiểu. Trường này cần ngày dạng năm-tháng-ngày. Hãy sửa giá trị thành ngày dạng năm-tháng-ngày.
			date en: The value … is of the wrong kind. This field needs a date written year-month-day. Change the value to a date written year-month-day."
		`);
	});
});

const SWAPPED_SOURCE = ['---', 'code: TE02', 'title: Đền Cấp', 'category: scenic', 'ranking: unranked', 'location:', '  lat: 107.5', '  lng: 21.4', '---', ''].join('\n');
const SWAPPED: Problem = { code: 'coordinates-swapped', severity: 'error', file: 'content/sites/den-cap/vi.md', line: 7, column: 8, field: 'location.lat', params: { lat: 107.5, lng: 21.4 } };
const sources = new Map([[SWAPPED.file, SWAPPED_SOURCE]]);

describe('formatProblem', () => {
	test('puts the place first, then what is wrong, how to fix it and the lines around it (issue #2)', () => {
		expect(formatProblem(SWAPPED, { lang: 'vi', sources })).toMatchInlineSnapshot(`
			"Lỗi · content/sites/den-cap/vi.md:7:8 · dòng 7, trường "location.lat" (vĩ độ)
			  Vĩ độ 107.5 và kinh độ 21.4 nằm ngoài Việt Nam.
			  Cách sửa: Có vẻ vĩ độ và kinh độ bị đổi chỗ cho nhau. Hãy thử:
			      lat: 21.4
			      lng: 107.5
			    6 | location:
			  > 7 |   lat: 107.5
			      |        ^
			    8 |   lng: 21.4"
		`);
		expect(formatProblem(SWAPPED, { lang: 'en', sources })).toMatchInlineSnapshot(`
			"Error · content/sites/den-cap/vi.md:7:8 · line 7, field "location.lat" (latitude)
			  Latitude 107.5 and longitude 21.4 are outside Vietnam.
			  How to fix: Latitude and longitude look swapped. Try:
			      lat: 21.4
			      lng: 107.5
			    6 | location:
			  > 7 |   lat: 107.5
			      |        ^
			    8 |   lng: 21.4"
		`);
	});

	test('puts the caret under the column', () => {
		const lines = formatProblem(SWAPPED, { lang: 'vi', sources }).split('\n');
		const marked = lines.findIndex((l) => l.includes('> 7 |'));
		const caretLine = lines[marked + 1] ?? '';
		const sourceLine = lines[marked] ?? '';
		// The caret sits under the "1" of 107.5, the first character of the value.
		expect(sourceLine[caretLine.indexOf('^')]).toBe('1');
	});

	test.each<[ReportLang, string]>([
		['vi', 'trường "location.lat" (vĩ độ)'],
		['en', 'field "location.lat" (latitude)'],
	])('names the field as typed and by its label (%s)', (lang, expected) => {
		expect(formatProblem(SWAPPED, { lang }).split('\n')[0]).toContain(expected);
	});

	test.each<[string, Problem, ReportLang, string]>([
		['a settings field gets its settings label', { ...sampleProblem('invalid-url'), file: 'content/settings.yaml', line: 8, column: 10, field: 'baseUrl' }, 'vi', 'trường "baseUrl" (địa chỉ trang web)'],
		['a translation field gets its translation label', { ...sampleProblem('wrong-type', { value: '"có"', expected: 'yes-no' }), file: 'content/sites/dinh-mau/en.md', line: 4, column: 20, field: 'machineTranslated' }, 'vi', 'trường "machineTranslated" (dịch máy)'],
		['a list item field gets the label of the list’s items', { ...sampleProblem('alt-missing'), line: 19, column: 5, field: 'photos.1.alt' }, 'en', 'field "photos.1.alt" (alt text)'],
		['a label equal to the key is not repeated', { ...sampleProblem('summary-too-long'), line: 10, column: 10, field: 'summary' }, 'en', 'line 10, field "summary"'],
		['a field without a label is named as typed', { ...sampleProblem('unknown-field'), line: 3, column: 1, field: 'tittle' }, 'vi', 'dòng 3, trường "tittle"'],
	])('%s', (_name, problem, lang, expected) => {
		const head = formatProblem(problem, { lang }).split('\n')[0] ?? '';
		expect(head).toContain(expected);
		expect(head.endsWith(expected)).toBe(true);
	});

	test('appends the field’s hint to the fix of a wrong-type problem', () => {
		const problem: Problem = { code: 'wrong-type', severity: 'error', file: 'content/sites/den-cap/vi.md', line: 7, column: 8, field: 'location.lat', params: { value: '"21,35"', expected: 'number' } };
		expect(formatProblem(problem, { lang: 'vi' })).toMatchInlineSnapshot(`
			"Lỗi · content/sites/den-cap/vi.md:7:8 · dòng 7, trường "location.lat" (vĩ độ)
			  Giá trị "21,35" không đúng kiểu. Trường này cần số.
			  Cách sửa: Hãy viết một số, dùng dấu chấm cho phần thập phân, không đặt trong ngoặc kép. Số thập phân, dùng dấu chấm, ví dụ 21.352."
		`);
		expect(formatProblem(problem, { lang: 'en' })).toMatchInlineSnapshot(`
			"Error · content/sites/den-cap/vi.md:7:8 · line 7, field "location.lat" (latitude)
			  The value "21,35" is of the wrong kind. This field needs a number.
			  How to fix: Write a number, with a dot for decimals and without quotes. A decimal number with a dot, e.g. 21.352."
		`);
	});

	test('does not append the hint where it would repeat the message (invalid-choice lists the choices already)', () => {
		const problem: Problem = { ...sampleProblem('invalid-choice'), line: 4, column: 11, field: 'category' };
		expect(formatProblem(problem, { lang: 'vi' })).not.toContain('Một trong:');
	});

	test('a problem without a line names only the file and shows no code frame', () => {
		const problem: Problem = { code: 'translation-without-vi', severity: 'error', file: 'content/sites/abc/en.md', params: { dir: 'content/sites/abc/', lang: 'en' } };
		expect(formatProblem(problem, { lang: 'vi', sources })).toMatchInlineSnapshot(`
			"Lỗi · content/sites/abc/en.md
			  Thư mục content/sites/abc/ có bản dịch en.md nhưng chưa có vi.md. Mỗi di tích cần vi.md trước; bản dịch chỉ chứa title, summary và nội dung.
			  Cách sửa: Hãy tạo vi.md trong thư mục này, hoặc chuyển bản dịch vào đúng thư mục của di tích."
		`);
	});

	test('a warning says Cảnh báo / Warning', () => {
		const problem: Problem = { code: 'unsafe-link', severity: 'warning', file: 'content/sites/dinh-mau/vi.md', line: 20, params: { url: 'javascript:alert(1)' } };
		expect(formatProblem(problem, { lang: 'vi' }).split('\n')[0]).toBe('Cảnh báo · content/sites/dinh-mau/vi.md:20 · dòng 20');
		expect(formatProblem(problem, { lang: 'en' }).split('\n')[0]).toBe('Warning · content/sites/dinh-mau/vi.md:20 · line 20');
	});

	test('has no colour codes unless asked', () => {
		expect(formatProblem(SWAPPED, { lang: 'vi', sources })).not.toMatch(/\u001b\[/);
		expect(formatProblem(SWAPPED, { lang: 'vi', sources, color: false })).not.toMatch(/\u001b\[/);
	});

	test('paints errors red, warnings yellow and the place bold when colour is on', () => {
		const error = formatProblem(SWAPPED, { lang: 'vi', sources, color: true });
		expect(error.startsWith('\u001b[31mLỗi\u001b[0m · \u001b[1mcontent/sites/den-cap/vi.md:7:8\u001b[0m')).toBe(true);
		const warning = formatProblem({ ...SWAPPED, severity: 'warning' }, { lang: 'vi', color: true });
		expect(warning.startsWith('\u001b[33mCảnh báo\u001b[0m')).toBe(true);
	});
});

describe('codeFrame', () => {
	const source = Array.from({ length: 12 }, (_, i) => `line ${i + 1}`).join('\n');

	test('shows one line either side with a caret under the column', () => {
		expect(codeFrame(source, 10, 3)).toMatchInlineSnapshot(`
			"     9 | line 9
			  > 10 | line 10
			       |   ^
			    11 | line 11"
		`);
	});

	test('stops at the first and last lines', () => {
		expect(codeFrame(source, 1, 1)?.split('\n')).toHaveLength(3);
		expect(codeFrame(source, 12, 1)?.split('\n')).toHaveLength(3);
	});

	test('has no caret without a column', () => {
		expect(codeFrame(source, 5, undefined)).not.toContain('^');
	});

	test('is undefined without a source or a line', () => {
		expect(codeFrame(undefined, 3, 1)).toBeUndefined();
		expect(codeFrame(source, undefined, 1)).toBeUndefined();
	});
});

describe('formatReport', () => {
	const error: Problem = SWAPPED;
	const warning: Problem = { code: 'unsafe-link', severity: 'warning', file: 'content/sites/dinh-mau/vi.md', line: 20, params: { url: 'javascript:alert(1)' } };
	const lastLine = (text: string) => text.trimEnd().split('\n').at(-1);

	test('ends with a summary that says nothing was written when there are errors', () => {
		expect(lastLine(formatReport([error, error, error, warning], { lang: 'vi', sites: 9 }))).toBe('3 lỗi, 1 cảnh báo trong 9 di tích. Chưa ghi tệp nào vào dist/.');
		expect(lastLine(formatReport([error, error, error, warning], { lang: 'en', sites: 9 }))).toBe('3 errors, 1 warning in 9 sites. Nothing was written to dist/.');
		expect(lastLine(formatReport([error], { lang: 'en', sites: 1 }))).toBe('1 error, 0 warnings in 1 site. Nothing was written to dist/.');
	});

	test('counts warnings alone without the "nothing written" sentence', () => {
		expect(lastLine(formatReport([warning, warning], { lang: 'vi', sites: 2 }))).toBe('0 lỗi, 2 cảnh báo trong 2 di tích.');
		expect(lastLine(formatReport([warning], { lang: 'en', sites: 2 }))).toBe('0 errors, 1 warning in 2 sites.');
	});

	test('says all is well when there is no problem', () => {
		expect(formatReport([], { lang: 'vi', sites: 9 })).toBe('Không có lỗi nào trong 9 di tích.\n');
		expect(formatReport([], { lang: 'en', sites: 1 })).toBe('No errors in 1 site.\n');
	});

	test('separates problems by a blank line and ends with a newline', () => {
		expect(formatReport([error, warning], { lang: 'vi', sites: 2, sources })).toMatchInlineSnapshot(`
			"Lỗi · content/sites/den-cap/vi.md:7:8 · dòng 7, trường "location.lat" (vĩ độ)
			  Vĩ độ 107.5 và kinh độ 21.4 nằm ngoài Việt Nam.
			  Cách sửa: Có vẻ vĩ độ và kinh độ bị đổi chỗ cho nhau. Hãy thử:
			      lat: 21.4
			      lng: 107.5
			    6 | location:
			  > 7 |   lat: 107.5
			      |        ^
			    8 |   lng: 21.4

			Cảnh báo · content/sites/dinh-mau/vi.md:20 · dòng 20
			  Liên kết "javascript:alert(1)" không an toàn nên đã bị bỏ đi. Chỉ dùng liên kết bắt đầu bằng https://, http://, mailto: hoặc tel:.
			  Cách sửa: Hãy thay bằng một địa chỉ https:// hoặc xóa liên kết.

			1 lỗi, 1 cảnh báo trong 2 di tích. Chưa ghi tệp nào vào dist/.
			"
		`);
	});

	test('has no colour codes unless asked', () => {
		expect(formatReport([error, warning], { lang: 'vi', sites: 2, sources, color: false })).not.toMatch(/\u001b\[/);
		expect(formatReport([error, warning], { lang: 'vi', sites: 2, sources, color: true })).toMatch(/\u001b\[31m/);
	});
});
