import { describe, expect, test } from 'vitest';
import type { Trail } from '../../../src/core/content/trail.ts';
import type { HanFontFile } from '../../../src/core/fonts/han-font.ts';
import { inscriptionFontFace, inscriptionFontFiles } from '../../../src/core/pages/inscription-font.ts';
import { settings, siteEntry } from '../checks/site-entry.ts';

/** A subsetter that names each subset after its characters and records what it was asked for. */
function fakeFont() {
	const asked: string[] = [];
	return {
		asked,
		subset: async (chars: string): Promise<HanFontFile> => {
			asked.push(chars);
			const name = [...chars].map((c) => c.codePointAt(0)?.toString(16)).join('');
			return { name, path: `/phong/${name}.woff2`, bytes: new Uint8Array([1]) };
		},
	};
}

const block = (original: string) => `\`\`\`inscription\nNguyên văn: ${original}\nPhiên âm: x\nDịch nghĩa: y\n\`\`\`\n`;

describe('inscriptionFontFace', () => {
	test('names the page’s own subset with font-display: swap and gives it to the originals', async () => {
		expect(await inscriptionFontFace('古萬', fakeFont())).toEqual({
			href: '/phong/53e4842c.woff2',
			css: '@font-face{font-family:"Ditichso Han Nom";src:url(/phong/53e4842c.woff2) format("woff2");font-display:swap}.ins-han{font-family:"Ditichso Han Nom",serif}',
		});
	});

	test('is undefined for a page without an inscription, which then loads no font', async () => {
		const font = fakeFont();
		expect(await inscriptionFontFace('', font)).toBeUndefined();
		expect(font.asked).toEqual([]);
	});
});

describe('inscriptionFontFiles', () => {
	test('gives one file per distinct set of characters across every site and language', async () => {
		const trail: Trail = {
			contentDir: '/content',
			settings: settings({ languages: ['vi', 'en', 'ko'] }),
			sites: [
				// The English translation repeats the original; Korean has none; both share the Vietnamese file.
				siteEntry({ slug: 'a', body: block('萬古'), translations: { en: { body: block('古萬') } } }),
				siteEntry({ slug: 'b', data: { code: 'DH02' }, body: block('廟') }),
				siteEntry({ slug: 'c', data: { code: 'DH03' } }),
			],
			printed: [],
			retired: [],
		};
		const font = fakeFont();
		expect((await inscriptionFontFiles(trail, font)).map((f) => f.path)).toEqual(['/phong/53e4842c.woff2', '/phong/5edf.woff2']);
		expect(font.asked).toEqual(['古萬', '廟']);
	});
});
