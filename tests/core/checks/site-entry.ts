import { parseFrontMatter } from '../../../src/core/content/front-matter.ts';
import type { PhotoFile, PhotoStatus, SiteEntry, SiteFile, TranslationEntry } from '../../../src/core/content/trail.ts';
import { SettingsSchema, SiteSchema, TranslationSchema, type Lang, type Settings, type SettingsInput, type SiteInput, type TranslationInput } from '../../../src/core/schema/index.ts';

/**
 * In-memory site entries for the checks: the front matter is written out as a real vi.md and parsed,
 * so every field has the position the loader would give it. No file system is touched.
 */

export const BASE_SITE: SiteInput = {
	code: 'DH01',
	title: 'Đình Đầm Hà',
	category: 'historic',
	ranking: 'provincial',
	address: 'Thôn Đình, xã Đầm Hà, tỉnh Quảng Ninh',
	location: { lat: 21.352, lng: 107.599 },
	summary: 'Ngôi đình cổ thờ Thành hoàng làng.',
	cover: { src: 'cover.jpg', alt: 'Cổng đình nhìn từ sân.', credit: 'Ảnh minh họa' },
	updated: '2025-07-01',
};

export interface SiteOptions {
	slug?: string;
	/** Fields to change; `undefined` removes a field. */
	data?: { [K in keyof SiteInput]?: SiteInput[K] | undefined };
	body?: string;
	translations?: Partial<Record<Exclude<Lang, 'vi'>, { data?: Partial<TranslationInput>; body?: string }>>;
	/** What the loader found for each photo; photos not named here are 'ok'. */
	photoStatus?: Record<string, PhotoStatus>;
	/** What the loader found for each audio file (vi.md's and the translations'); files not named here are 'ok'. */
	audioStatus?: Record<string, PhotoStatus>;
}

/** The front matter as an editor would write it: groups indented by two spaces, list items by "- ". */
export function toFrontMatter(data: Record<string, unknown>): string {
	return ['---', ...yamlLines(data, ''), '---'].join('\n');
}

function yamlLines(data: Record<string, unknown>, indent: string): string[] {
	return Object.entries(data).flatMap(([key, value]): string[] => {
		if (value === undefined) return [];
		if (Array.isArray(value)) {
			return [`${indent}${key}:`, ...value.flatMap((item) => yamlLines(item as Record<string, unknown>, `${indent}    `).map((line, i) => (i === 0 ? `${indent}  - ${line.trimStart()}` : line)))];
		}
		if (value && typeof value === 'object') return [`${indent}${key}:`, ...yamlLines(value as Record<string, unknown>, `${indent}  `)];
		return [`${indent}${key}: ${typeof value === 'string' ? JSON.stringify(value) : String(value)}`];
	});
}

/** A site as `loadTrail` would return it, from `content/sites/<slug>/`. */
export function siteEntry(options: SiteOptions = {}): SiteEntry {
	const slug = options.slug ?? 'dinh-dam-ha';
	const folder = `content/sites/${slug}`;
	const input = { ...BASE_SITE, ...options.data };
	const text = `${toFrontMatter(input)}\n${options.body ?? 'Đình Đầm Hà là **di tích** cấp tỉnh.\n'}`;
	const parsed = parseFrontMatter(text);
	if (parsed.problems.length) throw new Error(`The test site does not parse: ${JSON.stringify(parsed.problems)}`);
	const data = SiteSchema.parse(parsed.data);
	const translations: SiteEntry['translations'] = {};
	for (const [lang, t] of Object.entries(options.translations ?? {}) as Array<[Exclude<Lang, 'vi'>, { data?: Partial<TranslationInput>; body?: string }]>) {
		const tText = `${toFrontMatter({ title: 'Dam Ha Communal House', summary: 'An old communal house.', ...t.data })}\n${t.body ?? 'A **provincial** heritage site.\n'}`;
		const tParsed = parseFrontMatter(tText);
		translations[lang] = { lang, file: `${folder}/${lang}.md`, data: TranslationSchema.parse(tParsed.data), body: tParsed.body, bodyLine: tParsed.bodyLine, positions: tParsed.positions } satisfies TranslationEntry;
	}
	const sources = [data.cover, ...(data.photos ?? [])].map((p) => p.src);
	const photoStatus = Object.fromEntries(sources.map((src) => [src, options.photoStatus?.[src] ?? 'ok'])) as Record<string, PhotoStatus>;
	const photos = Object.fromEntries(
		sources.filter((src) => photoStatus[src] === 'ok').map((src): [string, PhotoFile] => [src, { src, path: `/content/sites/${slug}/${src}`, widthPx: 1600, heightPx: 1200, format: 'jpeg', hash: '0123456789ab' }]),
	);
	const audioNames = [data.audio, ...Object.values(translations).map((t) => t.data.audio)].filter((src) => src !== undefined);
	const audioStatus = Object.fromEntries(audioNames.map((src) => [src, options.audioStatus?.[src] ?? 'ok'])) as Record<string, PhotoStatus>;
	const audio = Object.fromEntries(audioNames.filter((src) => audioStatus[src] === 'ok').map((src): [string, SiteFile] => [src, { src, path: `/content/sites/${slug}/${src}`, hash: 'fedcba987654' }]));
	return { slug, dir: `/content/sites/${slug}`, file: `${folder}/vi.md`, data, body: parsed.body, bodyLine: parsed.bodyLine, positions: parsed.positions, translations, photos, photoStatus, photoBytes: {}, photoRefusals: {}, audio, audioStatus };
}

/** Settings as settings.yaml would give them: Vietnamese and English unless told otherwise. */
export function settings(input: Partial<SettingsInput> = {}): Settings {
	return SettingsSchema.parse({ name: { vi: 'Di tích Đầm Hà', en: 'Dam Ha Heritage Sites' }, owner: 'Đoàn Thanh niên xã Đầm Hà', baseUrl: 'https://damha.example.vn', languages: ['vi', 'en'], ...input });
}

/** The line a field's value sits on in the generated vi.md, for expected problems. */
export function lineOf(site: SiteEntry, field: string): { line: number; column: number } {
	const pos = site.positions.values[field];
	if (!pos) throw new Error(`No ${field} in the test site`);
	return pos;
}
