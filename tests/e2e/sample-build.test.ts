import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { main as build } from '../../scripts/build.ts';
import { captureIo } from '../helpers/io.ts';
import { boxSizeMm, pdfBoxes, pdfFonts, pdfPageBoxes, ptToMm, qpdfCheck, requireTools, type PdfBox, type PdfBoxName } from '../helpers/pdf.ts';
import { decodePlaqueQr } from '../helpers/qr-decode.ts';
import { PROJECT_ROOT, SAMPLE_CONTENT, removeTrailCopy, trailCopy, type TrailCopy } from '../helpers/trail-copy.ts';
import { checkHtml, formatVnuMessage } from '../helpers/vnu.ts';

// Issue #2, "Done when": the sample builds, every plaque's QR code leads to its own site's page,
// the plaques are print-ready, and every page is valid HTML in the right language.
// The sample is built once, into a temporary folder, and every test reads that build.

type Lang = 'vi' | 'en' | 'zh' | 'ko';

interface SampleSite {
	slug: string;
	code: string;
	sample: boolean;
	/** Title and summary per language that has its own file (`vi` always). */
	texts: Partial<Record<Lang, { title: string; summary: string }>>;
}

/** Front matter of a Markdown file, read here with `yaml` rather than through the product's loader. */
function frontMatter(file: string): Record<string, unknown> {
	const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'));
	if (!match) throw new Error(`${file} has no front matter`);
	return parseYaml(match[1]!) as Record<string, unknown>;
}

const settings = parseYaml(readFileSync(path.join(SAMPLE_CONTENT, 'settings.yaml'), 'utf8')) as { baseUrl: string; languages: Lang[]; plaque: { bleedMm: number } };
const BASE_URL = new URL(settings.baseUrl);
const LANGS = settings.languages;
const SITES: SampleSite[] = readdirSync(path.join(SAMPLE_CONTENT, 'sites'), { withFileTypes: true })
	.filter((entry) => entry.isDirectory())
	.map((entry) => {
		const dir = path.join(SAMPLE_CONTENT, 'sites', entry.name);
		const vi = frontMatter(path.join(dir, 'vi.md'));
		const texts: SampleSite['texts'] = {};
		for (const lang of LANGS) {
			const file = path.join(dir, `${lang}.md`);
			if (!existsSync(file)) continue;
			const data = lang === 'vi' ? vi : frontMatter(file);
			texts[lang] = { title: String(data['title']), summary: String(data['summary']) };
		}
		return { slug: entry.name, code: String(vi['code']), sample: vi['sample'] === true, texts };
	})
	.sort((a, b) => a.code.localeCompare(b.code));

/**
 * Every plaque size the build writes to dist/plaques/<id>/, with its trim size in millimetres:
 * written out here rather than read from src/core/plaque/sizes.ts, so a wrong size there fails.
 */
const PLAQUE_SIZES = [
	{ id: 'a4', widthMm: 210, heightMm: 297 },
	{ id: 'a5', widthMm: 148, heightMm: 210 },
	{ id: 'a6', widthMm: 105, heightMm: 148 },
	{ id: 'board-20x30', widthMm: 200, heightMm: 300 },
	{ id: 'board-30x40', widthMm: 300, heightMm: 400 },
	{ id: 'sticker-10x10', widthMm: 100, heightMm: 100 },
] as const;

/** Bleed on each side of every plaque, from the sample's settings.yaml (`plaque.bleedMm`, 3 mm). */
const BLEED_MM = settings.plaque.bleedMm;

/** Sites per A4 label sheet (src/core/plaque/label-sheet.ts: 3 × 7 labels of 63.5 × 38.1 mm). */
const LABELS_PER_SHEET = 21;

/** How far a measured size may be off: pdfinfo prints points to two decimals. */
const TOLERANCE_MM = 0.1;

const sizeText = (size: { widthMm: number; heightMm: number }) => `${size.widthMm.toFixed(2)} × ${size.heightMm.toFixed(2)} mm`;

/**
 * What is wrong with one page's boxes for a trim of `widthMm` × `heightMm` and `bleedMm` of bleed
 * on each side, empty when nothing is: the trim box has the trim size, the bleed box is the trim
 * plus twice the bleed and lies `bleedMm` outside the trim on every side, and the page holds it.
 */
function boxProblems(boxes: Record<PdfBoxName, PdfBox>, widthMm: number, heightMm: number, bleedMm: number): string[] {
	const problems: string[] = [];
	const near = (actual: number, expected: number) => Math.abs(actual - expected) <= TOLERANCE_MM;
	const trim = boxSizeMm(boxes.TrimBox);
	if (!near(trim.widthMm, widthMm) || !near(trim.heightMm, heightMm)) problems.push(`TrimBox is ${sizeText(trim)}, not ${widthMm} × ${heightMm} mm`);
	const bleedBox = boxSizeMm(boxes.BleedBox);
	const [bleedWidth, bleedHeight] = [widthMm + 2 * bleedMm, heightMm + 2 * bleedMm];
	if (!near(bleedBox.widthMm, bleedWidth) || !near(bleedBox.heightMm, bleedHeight)) problems.push(`BleedBox is ${sizeText(bleedBox)}, not ${bleedWidth} × ${bleedHeight} mm`);
	const sides = {
		left: boxes.TrimBox.x0 - boxes.BleedBox.x0,
		bottom: boxes.TrimBox.y0 - boxes.BleedBox.y0,
		right: boxes.BleedBox.x1 - boxes.TrimBox.x1,
		top: boxes.BleedBox.y1 - boxes.TrimBox.y1,
	};
	for (const [side, pt] of Object.entries(sides)) {
		if (!near(ptToMm(pt), bleedMm)) problems.push(`bleed on the ${side} is ${ptToMm(pt).toFixed(2)} mm, not ${bleedMm} mm`);
	}
	// The bleed must fit on the page.
	const { MediaBox: media, BleedBox: bleed } = boxes;
	if (bleed.x0 < media.x0 || bleed.y0 < media.y0 || bleed.x1 > media.x1 || bleed.y1 > media.y1) problems.push('BleedBox reaches outside the MediaBox');
	return problems;
}

/** Fonts of a PDF that `pdffonts` shows as not embedded or not subset, or a note when it shows none at all. */
function fontProblems(pdfPath: string): string[] {
	const fonts = pdfFonts(pdfPath);
	if (fonts.length === 0) return ['no fonts at all'];
	return fonts
		.filter((font) => !font.embedded || !font.subset)
		.map((font) => `${font.name} (${font.type}) is ${[font.embedded ? '' : 'not embedded', font.subset ? '' : 'not subset'].filter(Boolean).join(' and ')}`);
}

/** `qpdf --check` output when it finds anything (exit status other than 0), else nothing. */
function qpdfProblems(pdfPath: string): string[] {
	const result = qpdfCheck(pdfPath);
	const clean = result.status === 0 && result.output.includes('No syntax or stream encoding errors found');
	return clean ? [] : [`qpdf --check exited ${result.status}: ${result.output.trim()}`];
}

/** `check` run on each file, every problem prefixed with the file's path under dist/plaques/. */
function problemsOf(files: string[], check: (pdfPath: string) => string[]): string[] {
	return files.flatMap((file) => check(path.join(out, 'plaques', file)).map((problem) => `${file}: ${problem}`));
}

/** The `lang` attribute each language's pages carry on `<html>`: BCP 47, Chinese as Simplified. */
const HTML_LANG: Record<Lang, string> = { vi: 'vi', en: 'en', zh: 'zh-Hans', ko: 'ko' };

/** A UI string straight from src/i18n/<lang>.json, with `{{name}}` placeholders filled. */
function uiText(lang: Lang, key: string, params: Record<string, string> = {}): string {
	const dictionary = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'src', 'i18n', `${lang}.json`), 'utf8')) as Record<string, string>;
	const text = dictionary[key];
	if (text === undefined) throw new Error(`src/i18n/${lang}.json has no "${key}"`);
	return text.replace(/\{\{(\w+)\}\}/g, (_, name: string) => params[name] ?? `{{${name}}}`);
}

function decodeEntities(text: string): string {
	return text
		.replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
		.replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
		.replace(/&quot;/g, '"')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&nbsp;/g, '\u00a0')
		.replace(/&amp;/g, '&');
}

/** The visible text of an HTML fragment: tags removed, entities decoded, spaces collapsed. */
function textOf(html: string): string {
	return decodeEntities(html.replace(/<[^>]*>/g, '')).replace(/\s+/g, ' ').trim();
}

/**
 * Well-formedness problems of an XML document (empty when well-formed): tags balanced and
 * properly nested, one root element, attributes quoted and unique, no stray `<` or `&`.
 * Enough for a generated SVG; not a validating parser.
 */
function xmlProblems(xml: string): string[] {
	const problems: string[] = [];
	const stack: string[] = [];
	let roots = 0;
	const body = xml.replace(/^\uFEFF?\s*<\?xml[^?]*\?>/, '');
	const token = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<\?[\s\S]*?\?>|<!DOCTYPE[^>]*>|<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[^\s=\/>]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/g;
	let last = 0;
	const checkChars = (text: string, at: number) => {
		if (text.includes('<')) problems.push(`stray "<" at ${at}`);
		for (const amp of text.matchAll(/&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/g)) problems.push(`bare "&" at ${at + amp.index}`);
	};
	const checkText = (text: string, at: number) => {
		checkChars(text, at);
		if (stack.length === 0 && text.trim() !== '') problems.push(`text outside the root element at ${at}`);
	};
	for (const match of body.matchAll(token)) {
		checkText(body.slice(last, match.index), last);
		last = match.index + match[0].length;
		const [, closing, name, attributes, selfClosing] = match;
		if (!name) continue; // comment, CDATA, processing instruction, doctype
		if (closing) {
			if (attributes || selfClosing) problems.push(`malformed end tag </${name}> at ${match.index}`);
			const open = stack.pop();
			if (open !== name) problems.push(`</${name}> at ${match.index} closes <${open ?? 'nothing'}>`);
			continue;
		}
		const names = [...(attributes ?? '').matchAll(/([^\s=]+)\s*=/g)].map((m) => m[1]!);
		const duplicate = names.find((n, i) => names.indexOf(n) !== i);
		if (duplicate) problems.push(`<${name}> at ${match.index} repeats the attribute ${duplicate}`);
		for (const value of (attributes ?? '').matchAll(/=\s*(?:"([^"]*)"|'([^']*)')/g)) checkChars(value[1] ?? value[2] ?? '', match.index);
		if (stack.length === 0) roots++;
		if (!selfClosing) stack.push(name);
	}
	checkText(body.slice(last), last);
	if (stack.length) problems.push(`unclosed <${stack.join('>, <')}>`);
	if (roots !== 1) problems.push(`${roots} root elements instead of one`);
	return problems;
}

interface Page {
	html: string;
	/** The `lang` attribute of `<html>`. */
	lang: string | undefined;
	h1: string[];
	canonical: string | undefined;
	/** All visible text of `<body>`. */
	text: string;
}

function readPage(file: string): Page {
	const html = readFileSync(file, 'utf8');
	const attr = (tag: string | undefined, name: string) => (tag ? new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag) : null);
	const value = (match: RegExpExecArray | null) => (match ? decodeEntities(match[1] ?? match[2] ?? match[3] ?? '') : undefined);
	const canonicalTag = [...html.matchAll(/<link\b[^>]*>/gi)].map((m) => m[0]).find((tag) => value(attr(tag, 'rel')) === 'canonical');
	return {
		html,
		lang: value(attr(/<html\b[^>]*>/i.exec(html)?.[0], 'lang')),
		h1: [...html.matchAll(/<h1\b[^>]*>([\s\S]*?)<\/h1>/gi)].map((m) => textOf(m[1]!)),
		canonical: value(attr(canonicalTag, 'href')),
		text: textOf(/<body\b[^>]*>([\s\S]*)<\/body>/i.exec(html)?.[1] ?? ''),
	};
}

/** Every file under `dir`, relative, with forward slashes, sorted. */
function listFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true, recursive: true })
		.filter((entry) => entry.isFile())
		.map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
		.sort();
}

let copy: TrailCopy;
let out: string;
const savedContentEnv = process.env['DITICHSO_CONTENT'];

beforeAll(async () => {
	requireTools();
	copy = await trailCopy('sample');
	out = path.join(copy.root, 'dist');
	const io = captureIo(copy.root);
	const code = await build(['--content', copy.content, '--out', out], io);
	if (code !== 0) throw new Error(`The sample did not build (exit ${code}):\n${io.out()}\n${io.err()}`);
});

afterAll(async () => {
	if (savedContentEnv === undefined) delete process.env['DITICHSO_CONTENT'];
	else process.env['DITICHSO_CONTENT'] = savedContentEnv;
	if (copy) await removeTrailCopy(copy);
});

describe('the sample trail', () => {
	test('has nine sites with codes DH01 to DH09', () => {
		expect(SITES.map((site) => site.code)).toEqual(['DH01', 'DH02', 'DH03', 'DH04', 'DH05', 'DH06', 'DH07', 'DH08', 'DH09']);
		expect(LANGS).toEqual(['vi', 'en', 'zh', 'ko']);
	});
});

describe('plaques of the sample build', () => {
	test('there is one PDF and one SVG plaque of the default size for every site, and no other plaque there', () => {
		const expected = SITES.flatMap((site) => [`${site.code}.pdf`, `${site.code}.svg`]).sort();
		// Plaque files are named by their code (letters and digits); the print kit's own files have hyphens.
		const plaques = listFiles(path.join(out, 'plaques')).filter((f) => /^[A-Z0-9]+\.(pdf|svg)$/.test(f));
		expect(plaques).toEqual(expected);
	});

	test.each(SITES.map((site) => [site.code, site] as const))(
		'the QR code of plaque %s, rasterised by poppler and decoded by jsQR, opens that site’s page, issue #2',
		(code, site) => {
			const text = decodePlaqueQr(path.join(out, 'plaques', `${code}.pdf`));
			expect(text, 'jsQR found no QR code on the rasterised plaque').toBeDefined();
			// The ten-year promise: scheme in lower case (some scanner apps want it), host and code in capitals.
			expect(text).toBe(`${BASE_URL.protocol}//${BASE_URL.host.toUpperCase()}/${code}`);

			const url = new URL(text!);
			expect(url.protocol).toBe(BASE_URL.protocol);
			expect(url.host.toLowerCase()).toBe(BASE_URL.host.toLowerCase());
			expect(url.search + url.hash).toBe('');
			expect(url.pathname).toBe(`/${code}`);

			// What a static host serves for `/DH01`: dist/DH01/index.html.
			const file = path.join(out, ...url.pathname.split('/').filter(Boolean), 'index.html');
			expect(existsSync(file), `${path.relative(out, file)} does not exist`).toBe(true);
			const page = readPage(file);
			expect(page.h1).toEqual([site.texts.vi!.title]);
			expect(page.canonical).toBe(`${BASE_URL.origin}/vi/${site.slug}/`);
			expect(page.lang).toBe('vi');
		},
	);

	test.each(SITES.map((site) => [site.code] as const))('plaque %s embeds every font as a subset (pdffonts), issue #2', (code) => {
		const fonts = pdfFonts(path.join(out, 'plaques', `${code}.pdf`));
		expect(fonts.length).toBeGreaterThan(0);
		expect(fonts.filter((font) => !font.embedded || !font.subset)).toEqual([]);
	});

	test.each(SITES.map((site) => [site.code] as const))('plaque %s has an A5 trim box and a 3 mm bleed on each side (pdfinfo -box), issue #2', (code) => {
		expect(BLEED_MM).toBe(3);
		const boxes = pdfBoxes(path.join(out, 'plaques', `${code}.pdf`));
		expect(boxProblems(boxes, 148, 210, BLEED_MM)).toEqual([]);
	});

	test.each(SITES.map((site) => [site.code] as const))('plaque %s passes qpdf --check, issue #2', (code) => {
		const result = qpdfCheck(path.join(out, 'plaques', `${code}.pdf`));
		expect(result.output).toContain('No syntax or stream encoding errors found');
		expect(result.status, result.output).toBe(0);
	});

	test.each(SITES.map((site) => [site.code] as const))('SVG plaque %s is well-formed XML and its QR code has no stroke, issue #2', (code) => {
		const svg = readFileSync(path.join(out, 'plaques', `${code}.svg`), 'utf8');
		expect(xmlProblems(svg)).toEqual([]);
		expect(/^\s*(?:<\?xml[^>]*\?>\s*)?<svg\b/.test(svg)).toBe(true);

		// The QR code is the one path drawn only from module runs: "M8 0h1v1h-1z…".
		const paths = [...svg.matchAll(/<path\b[^>]*>/g)].map((m) => m[0]);
		const qr = paths.filter((tag) => /\sd="(?:M\d+ \d+h\d+v1h-\d+z)+"/.test(tag));
		expect(qr).toHaveLength(1);
		expect(qr[0]).not.toMatch(/stroke/i);
		expect(qr[0]).toMatch(/\sfill="#(?:000|000000)"/i);
		// Nothing could give it a stroke by inheritance either.
		expect(svg).not.toMatch(/<g\b[^>]*stroke/i);
		expect(svg).not.toMatch(/<style\b/i);
	});
});

describe('plaques of every size and the print kit PDFs of the sample build', () => {
	/** One row per size, with its all-in-one PDF (one page per site): `$sheet` in a test name. */
	const sizes = PLAQUE_SIZES.map((size) => ({ ...size, sheet: `tat-ca-${size.id}.pdf` }));
	/** A size's PDFs under dist/plaques/: one plaque per site, then the all-in-one. */
	const sizeFiles = ({ id, sheet }: (typeof sizes)[number]) => [...SITES.map((site) => `${id}/${site.code}.pdf`), sheet];

	test('there is a folder for every size with a PDF and an SVG plaque per site, an all-in-one PDF per size and the label sheets', () => {
		const plaques = path.join(out, 'plaques');
		const folders = readdirSync(plaques, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
		expect(folders).toEqual(PLAQUE_SIZES.map((size) => size.id).sort());
		for (const { id } of PLAQUE_SIZES) {
			expect(listFiles(path.join(plaques, id)), id).toEqual(SITES.flatMap((site) => [`${site.code}.pdf`, `${site.code}.svg`]).sort());
		}
		const sheets = listFiles(plaques).filter((file) => /^(?:tat-ca-.+|nhan-a4)\.pdf$/.test(file));
		expect(sheets).toEqual([...sizes.map((size) => size.sheet), 'nhan-a4.pdf'].sort());
	});

	test.each(sizes)(
		'every $id plaque and every page of $sheet has a $widthMm × $heightMm mm trim box and the bleed around it (pdfinfo -box), issue #2',
		(size) => {
			const { widthMm, heightMm } = size;
			const problems = sizeFiles(size).flatMap((file) => {
				const pages = pdfPageBoxes(path.join(out, 'plaques', file));
				const expectedPages = file === size.sheet ? SITES.length : 1;
				const count = pages.length === expectedPages ? [] : [`${file}: ${pages.length} pages, not ${expectedPages}`];
				return [...count, ...pages.flatMap((boxes, index) => boxProblems(boxes, widthMm, heightMm, BLEED_MM).map((problem) => `${file} page ${index + 1}: ${problem}`))];
			});
			expect(problems).toEqual([]);
		},
	);

	test.each(sizes)('every $id plaque and $sheet embed every font as a subset (pdffonts), issue #2', (size) => {
		expect(problemsOf(sizeFiles(size), fontProblems)).toEqual([]);
	});

	test.each(sizes)('every $id plaque and $sheet pass qpdf --check, issue #2', (size) => {
		expect(problemsOf(sizeFiles(size), qpdfProblems)).toEqual([]);
	});

	test('the label sheets nhan-a4.pdf are A4 pages without bleed, trim box = page, one label per site, issue #2', () => {
		const file = path.join(out, 'plaques', 'nhan-a4.pdf');
		const pages = pdfPageBoxes(file);
		expect(pages).toHaveLength(Math.ceil(SITES.length / LABELS_PER_SHEET));
		const problems = pages.flatMap((boxes, index) => {
			const { MediaBox: media, TrimBox: trim } = boxes;
			const trimIsPage = [trim.x0 - media.x0, trim.y0 - media.y0, trim.x1 - media.x1, trim.y1 - media.y1].every((pt) => Math.abs(ptToMm(pt)) <= TOLERANCE_MM);
			return [...boxProblems(boxes, 210, 297, 0), ...(trimIsPage ? [] : ['TrimBox is not the whole page'])].map((problem) => `page ${index + 1}: ${problem}`);
		});
		expect(problems).toEqual([]);
		expect(problemsOf(['nhan-a4.pdf'], fontProblems)).toEqual([]);
		expect(problemsOf(['nhan-a4.pdf'], qpdfProblems)).toEqual([]);
	});
});

describe('pages of the sample build', () => {
	const sitePages = SITES.flatMap((site) => LANGS.map((lang) => [`${lang}/${site.slug}/index.html`, lang, site] as const));

	test('every site has a page in every language, plus its plaque page, issue #2', () => {
		const files = new Set(listFiles(out));
		const expected = [
			'index.html',
			'404.html',
			...LANGS.map((lang) => `${lang}/index.html`),
			...sitePages.map(([file]) => file),
			...SITES.map((site) => `${site.code}/index.html`),
		];
		expect(expected.filter((file) => !files.has(file))).toEqual([]);
	});

	test('every page carries the right lang on <html>: vi, en, zh-Hans or ko, issue #2', () => {
		const pages = listFiles(out).filter((file) => file.endsWith('.html'));
		const actual = pages.map((file) => [file, readPage(path.join(out, file)).lang]);
		const expected = pages.map((file) => {
			const first = file.split('/')[0] as string;
			const lang = first in HTML_LANG ? HTML_LANG[first as Lang] : 'vi'; // root, 404 and /DH01/ pages are Vietnamese
			return [file, lang];
		});
		expect(actual).toEqual(expected);
		// Every kind of page was looked at.
		expect(pages).toEqual(expect.arrayContaining(['index.html', '404.html', 'DH01/index.html', 'vi/index.html', 'zh/dinh-dam-ha/index.html', 'ko/chua-sau/index.html']));
	});

	test(
		'every built page is valid HTML (Nu Html Checker, errors only), issue #2',
		() => {
			const pages = listFiles(out).filter((file) => file.endsWith('.html'));
			expect(pages.length).toBeGreaterThanOrEqual(2 + LANGS.length + SITES.length * (LANGS.length + 1));
			const messages = checkHtml(pages.map((file) => path.join(out, file)));
			const errors = messages.map((message) => formatVnuMessage(message, out));
			expect(errors).toEqual([]);
		},
		180_000,
	);

	const untranslated = sitePages.filter(([, lang, site]) => !site.texts[lang]);
	const translated = sitePages.filter(([, lang, site]) => site.texts[lang] && lang !== 'vi');

	test('the sample has pages both with and without a translation', () => {
		expect(untranslated.length).toBeGreaterThan(0);
		expect(translated.length).toBeGreaterThan(0);
	});

	test.each(untranslated)('%s has no translation, so it shows the Vietnamese text with the untranslated notice, issue #2', (file, lang, site) => {
		const page = readPage(path.join(out, file));
		const notice = uiText(lang, 'notice.untranslated', { language: uiText(lang, `lang.${lang}`) });
		expect(page.text).toContain(notice);
		expect(page.h1).toEqual([site.texts.vi!.title]);
		expect(page.text).toContain(site.texts.vi!.summary);
		expect(page.lang).toBe(HTML_LANG[lang]);
	});

	test.each(translated)('%s has a translation, so it shows it without the untranslated notice', (file, lang, site) => {
		const page = readPage(path.join(out, file));
		const notice = uiText(lang, 'notice.untranslated', { language: uiText(lang, `lang.${lang}`) });
		expect(page.text).not.toContain(notice);
		expect(page.h1).toEqual([site.texts[lang]!.title]);
		expect(page.text).toContain(site.texts[lang]!.summary);
	});

	const everySitePage = [
		...sitePages,
		...SITES.map((site) => [`${site.code}/index.html`, 'vi' as Lang, site] as const),
	];

	test('the sample has both sample and checked sites', () => {
		expect(SITES.some((site) => site.sample)).toBe(true);
		expect(SITES.some((site) => !site.sample)).toBe(true);
	});

	test.each(everySitePage)('%s shows the sample notice exactly when its site is marked sample: true, issue #2', (file, lang, site) => {
		const page = readPage(path.join(out, file));
		const notice = uiText(lang, 'notice.sample');
		if (site.sample) expect(page.text).toContain(notice);
		else expect(page.text).not.toContain(notice);
	});
});
