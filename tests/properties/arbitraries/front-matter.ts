/** Front matter built from the real schemas (issue #8): near-valid trees, whole `.md` and `settings.yaml` files. */
import fc from 'fast-check';
import { AUDIO_EXTENSIONS, CATEGORIES, LANGUAGES, PLAQUE_SIZE_IDS, RANKINGS } from '../../../src/core/schema/index.ts';
import { markdownBody } from './markdown.ts';
import { applyDamage, damage, hostileText } from './text.ts';
import { keyText, map, renderYaml, scalar, seq, specialYaml, wrongNode, type YNode } from './yaml.ts';

/** A field: how a right value looks, and whether the schema requires it. */
interface FieldGen {
	valid: fc.Arbitrary<YNode>;
	required: boolean;
}

/** A right value twelve times in thirteen, a wrong one otherwise: a file has one or two mistakes, not twenty. */
function mostly<T>(right: fc.Arbitrary<T>, wrong: fc.Arbitrary<T>): fc.Arbitrary<T> {
	return fc.oneof({ weight: 12, arbitrary: right }, { weight: 1, arbitrary: wrong });
}

/** `arbitrary` one time in ten, `otherwise` the rest. */
function rarely<T, U>(arbitrary: fc.Arbitrary<T>, otherwise: U): fc.Arbitrary<T | U> {
	return fc.oneof({ weight: 9, arbitrary: fc.constant(otherwise) }, { weight: 1, arbitrary: arbitrary });
}

const req = (valid: fc.Arbitrary<YNode>): FieldGen => ({ valid, required: true });
const opt = (valid: fc.Arbitrary<YNode>): FieldGen => ({ valid, required: false });
const text = (...values: string[]) => fc.constantFrom(...values).map(scalar);

/**
 * A map with the schema's fields: each one right (mostly), wrong (any value, deep nesting), or left
 * out (often, when optional); plus unknown or misspelt fields, a repeated key, and any order.
 */
function nearValid(fields: Record<string, FieldGen>): fc.Arbitrary<YNode> {
	const names = Object.keys(fields);
	const perField = names.map((name) => {
		const { valid, required } = fields[name] as FieldGen;
		return fc.oneof(
			{ weight: 40, arbitrary: valid.map((v) => [[name, v]] as Array<[string, YNode]>) },
			{ weight: 1, arbitrary: wrongNode.map((v) => [[name, v]] as Array<[string, YNode]>) },
			{ weight: required ? 1 : 12, arbitrary: fc.constant([] as Array<[string, YNode]>) },
		);
	});
	return fc
		.tuple(fc.tuple(...perField), rarely(fc.array(fc.tuple(keyText, wrongNode), { minLength: 1, maxLength: 2 }), []), rarely(rarely(fc.nat(), null), null), fc.boolean(), fc.boolean())
		.map(([chosen, extra, duplicate, reversed, flow]) => {
			let entries = [...chosen.flat(), ...extra];
			if (duplicate !== null && entries.length > 0) {
				const repeated = entries[duplicate % entries.length] as [string, YNode];
				entries = [...entries, repeated];
			}
			if (reversed) entries.reverse();
			// Flow style for small groups only: `location: {lat: 21, lng: 107}`, as some editors write it.
			return map(entries, flow && entries.length <= 3);
		});
}

const latitude = mostly(fc.double({ min: 8, max: 24, noNaN: true }), fc.oneof(fc.double({ min: -90, max: 180, noNaN: true }), fc.constantFrom(107.599, 0, -0, 1e308, 5e-324))).map((n) => scalar(String(n)));
const longitude = mostly(fc.double({ min: 102, max: 110, noNaN: true }), fc.oneof(fc.double({ min: -180, max: 180, noNaN: true }), fc.constantFrom(21.4, -0))).map((n) => scalar(String(n)));
const fileName = (...exts: string[]) => fc.tuple(mostly(fc.constantFrom('cover', 'san-dinh', 'ảnh bìa', 'thuyet-minh'), fc.constantFrom('../ngoai', '/etc/passwd', '', 'C:\\x', '~/x')), fc.constantFrom(...exts)).map(([base, ext]) => scalar(`${base}.${ext}`));
const dateText = fc.oneof(text('2025-07-01', '2024-02-29'), fc.date({ noInvalidDate: true, min: new Date(-1e14), max: new Date(1e14) }).map((d) => scalar(d.toISOString().slice(0, 10))));
const bool = text('true', 'false');
const photo = nearValid({ src: req(fileName('jpg', 'png', 'webp', 'heic', 'JPG')), alt: opt(mostly(fc.constant('Ảnh thử nghiệm.'), fc.constantFrom('', '""', '"  "')).map(scalar)), credit: req(text('Ảnh minh họa', 'Nguyễn Văn A')) });
const visiting = nearValid({ hours: opt(text('"Hằng ngày, 7:00–17:00"', '7:00–17:00')), fee: opt(text('Miễn phí')), dress: opt(text('Lịch sự')), notes: opt(text('Không đốt vàng mã.')) });
const audio = opt(mostly(fileName(...AUDIO_EXTENSIONS, 'MP3'), fileName('wav', 'mp4', '')));

const SITE_FIELDS: Record<string, FieldGen> = {
	code: req(mostly(fc.constantFrom('TE01', 'TE02', 'DH01', 'AB', 'ZZZZZZZZ'), fc.oneof(fc.constantFrom('te01', 'ĐH01', 'DH 01', 'A', 'DH-01', 'đình'), fc.stringMatching(/^[A-Z0-9]{1,9}$/))).map(scalar)),
	title: req(mostly(fc.constantFrom('Đình Mẫu', 'Đền Cấp', "'Chùa \"Một Cột\"'"), fc.constant(`"${'Đình '.repeat(40)}"`)).map(scalar)),
	category: req(mostly(fc.constantFrom(...CATEGORIES), fc.constantFrom('historc', 'Historic', 'di tích')).map(scalar)),
	legalType: opt(text('Di tích lịch sử – văn hóa')),
	redAddress: opt(bool),
	ranking: req(mostly(fc.constantFrom(...RANKINGS), fc.constantFrom('"national "', 'tỉnh')).map(scalar)),
	rankingDecision: opt(text('QĐ số 123/QĐ-UBND ngày 01/02/2010')),
	address: req(text('Thôn Một, xã Thử Nghiệm, tỉnh Quảng Ninh', 'Xã Thử Nghiệm')),
	addressFormer: opt(text('Huyện Đầm Hà')),
	location: req(nearValid({ lat: req(latitude), lng: req(longitude), placeholder: opt(bool) })),
	summary: req(mostly(fc.constant('Ngôi đình dùng để thử nghiệm.'), fc.integer({ min: 190, max: 400 }).map((n) => 'ư'.repeat(n))).map(scalar)),
	cover: req(photo),
	photos: opt(fc.array(photo, { maxLength: 3 }).map((items) => seq(items))),
	audio,
	visiting: opt(visiting),
	sources: opt(fc.array(nearValid({ title: req(text('Báo Quảng Ninh (2023)')), url: opt(mostly(fc.constant('https://baoquangninh.vn/x'), fc.constantFrom('javascript:alert(1)', 'ftp://x', 'http://', '//x')).map(scalar)) }), { minLength: 1, maxLength: 3 }).map((items) => seq(items))),
	trail: opt(mostly(fc.integer({ min: 1, max: 50 }), fc.constantFrom(0, -3, Number.MAX_SAFE_INTEGER + 2, 1.5)).map((n) => scalar(String(n)))),
	plaque: opt(nearValid({ size: opt(mostly(fc.constantFrom(...PLAQUE_SIZE_IDS), fc.constantFrom('A5', 'a3')).map(scalar)) })),
	formerFolders: opt(fc.array(mostly(fc.constantFrom('dinh-cu', 'den-cap'), fc.constantFrom('Đình Cũ', 'dinh--cu', '-x')).map(scalar), { minLength: 1, maxLength: 3 }).map((items) => seq(items))),
	updated: req(dateText),
	sample: opt(bool),
};

const TRANSLATION_FIELDS: Record<string, FieldGen> = {
	title: req(text('Mau Communal House')),
	summary: req(text('A communal house used for testing.')),
	machineTranslated: opt(bool),
	updated: opt(dateText),
	audio,
	visiting: opt(visiting),
};

const SETTINGS_FIELDS: Record<string, FieldGen> = {
	name: req(nearValid({ vi: req(text('Tuyến thử nghiệm')), en: opt(text('Test trail')), zh: opt(text('测试')), ko: opt(text('시험')) })),
	owner: req(text('Đoàn Thanh niên xã Thử Nghiệm')),
	contact: opt(nearValid({ email: opt(mostly(fc.constant('doan@trail.example.vn'), fc.constantFrom('not-an-email', '@', 'a@b')).map(scalar)), phone: opt(text('0203 123 456', '+84 203 123 456')) })),
	baseUrl: req(mostly(fc.constantFrom('https://trail.example.vn', 'https://trail.example.vn/', 'http://localhost:4321', 'https://đình.vn'), fc.constantFrom('ftp://x', 'https://u:p@x.vn', 'https://x.vn/?q=1#f', 'https://', 'trail.example.vn')).map(scalar)),
	logo: opt(fileName('svg', 'png', 'jpg', 'gif')),
	languages: opt(mostly<string[]>(fc.constantFrom(['vi'], ['vi', 'en'], [...LANGUAGES]), fc.array(fc.constantFrom(...LANGUAGES, 'fr', 'VI'), { maxLength: 5 })).map((items) => seq(items.map(scalar), true))),
	plaque: opt(nearValid({ size: opt(fc.constantFrom(...PLAQUE_SIZE_IDS, 'a3').map(scalar)), bleedMm: opt(mostly(fc.integer({ min: 0, max: 10 }), fc.oneof(fc.double(), fc.constantFrom(-1, 12))).map((n) => scalar(String(n)))) })),
};

export const siteTree = nearValid(SITE_FIELDS);
export const translationTree = nearValid(TRANSLATION_FIELDS);
export const settingsTree = nearValid(SETTINGS_FIELDS);

export type Schema = 'site' | 'translation' | 'settings';
const TREES: Record<Schema, fc.Arbitrary<YNode>> = { site: siteTree, translation: translationTree, settings: settingsTree };

/** The YAML of a file: near-valid for its schema (mostly), any tree, a parser attack, or noise. */
export function yamlText(schema: Schema): fc.Arbitrary<string> {
	return fc.oneof(
		{ weight: 20, arbitrary: fc.tuple(TREES[schema], fc.oneof({ weight: 12, arbitrary: fc.constant('  ') }, fc.constantFrom('    ', '\t', ' '))).map(([tree, unit]) => renderYaml(tree, unit)) },
		{ weight: 2, arbitrary: fc.tuple(wrongNode, fc.constantFrom('  ', '\t')).map(([tree, unit]) => renderYaml(tree, unit)) },
		{ weight: 2, arbitrary: specialYaml },
		{ weight: 1, arbitrary: hostileText(120) },
	);
}

/** The fences around front matter, right and wrong. */
const fences = fc.record({
	open: fc.oneof({ weight: 12, arbitrary: fc.constant('---') }, fc.constantFrom('--- ', '---\t', '----', '', ' ---', '+++')),
	close: fc.oneof({ weight: 12, arbitrary: fc.constant('---') }, fc.constantFrom('--- ', '...', '', '---x')),
});

/** A whole `.md` file: fences, YAML for `schema`, a Markdown body, then byte-level damage. */
export function markdownFile(schema: Exclude<Schema, 'settings'>): fc.Arbitrary<string> {
	return fc
		.tuple(fences, yamlText(schema), markdownBody, damage)
		.map(([{ open, close }, yaml, body, hurt]) => applyDamage(`${open}\n${yaml}\n${close}\n${body}`, hurt));
}

/** A whole `settings.yaml`, damaged like any file. */
export const settingsFile: fc.Arbitrary<string> = fc
	.tuple(yamlText('settings'), damage)
	.map(([yaml, hurt]) => applyDamage(`${yaml}\n`, hurt));
