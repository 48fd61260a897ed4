import { expect } from 'vitest';
import { renderMarkdown, type SiteEntry, type Validation } from '../../../src/core/index.ts';
import type { TrailCopy } from '../../helpers/trail-copy.ts';

/** What a case's `then` names: an assertion about the validation besides its messages. */
export type ThenAssertion = (result: Validation, copy: TrailCopy) => void | Promise<void>;

function site(result: Validation, slug: string): SiteEntry {
	const found = result.sites.find((s) => s.slug === slug);
	if (!found) throw new Error(`site ${slug} did not load`);
	return found;
}

/** Every body of every loaded site (vi.md and translations), rendered as the pages render it. */
function renderedBodies(result: Validation): string[] {
	return result.sites.flatMap((s) => [s, ...Object.values(s.translations)]).map((doc) => renderMarkdown(doc.body, { bodyLine: doc.bodyLine }).html);
}

const isNfc = (text: string) => text === text.normalize('NFC');

export const THEN: Record<string, ThenAssertion> = {
	// A BOM read as part of the first key would make it "\uFEFFcode", an unknown field.
	'den-cap-title': (result) => {
		const denCap = site(result, 'den-cap');
		expect([denCap.data.code, denCap.data.title, denCap.body]).toEqual(['TE02', 'Đền Cấp', 'Đền Cấp là một di tích thử nghiệm.\n']);
	},
	'settings-name': (result) => {
		expect(result.trail?.settings.name).toEqual({ vi: 'Tuyến thử nghiệm', en: 'Test trail' });
	},
	'no-carriage-return': (result) => {
		const denCap = site(result, 'den-cap');
		expect(denCap.body).toBe('Đền Cấp là một di tích thử nghiệm.\n');
		expect(Object.values(denCap.positions.text ?? {}).filter((value) => value.includes('\r'))).toEqual([]);
		expect(denCap.bodyLine).toBe(19);
	},
	'den-cap-title-nfc': (result) => {
		const { title } = site(result, 'den-cap').data;
		expect(title).toBe('Đền Cấp');
		expect(title.length).toBe(7);
	},
	// The NFD name on disk is found for the NFC name in vi.md, and published under the name written.
	'den-cap-cover-found': (result) => {
		const denCap = site(result, 'den-cap');
		expect(denCap.photoStatus['ảnh-đình.png']).toBe('ok');
		expect(denCap.photos['ảnh-đình.png']?.src).toBe('ảnh-đình.png');
	},
	// The file did not load (its ranking is wrong), yet what the checks read of it is composed.
	'dinh-mau-nfc': (result) => {
		const [doc] = result.unloaded;
		const raw = doc?.raw as { title?: string; address?: string } | undefined;
		expect(raw?.title).toBe('Đình Mẫu');
		expect([raw?.address, doc?.body].every((t) => typeof t === 'string' && isNfc(t))).toBe(true);
		expect(Object.keys(doc?.photos ?? {})).toEqual(['cover.jpg']);
	},
	// The page shows the tags as text: nothing a browser would parse as an element.
	'body-html-inert': (result) => {
		const html = renderedBodies(result).join('\n');
		expect(html).not.toMatch(/<(?:script|div|iframe)\b/i);
		expect(html).toMatch(/&lt;(?:script|div|iframe)\b/);
	},
	'no-script-address': (result) => {
		const html = renderedBodies(result).join('\n');
		expect(html).not.toMatch(/(?:href|src)="\s*(?:javascript|data|vbscript):/i);
		expect(html).toMatch(/<p>/);
	},
};
