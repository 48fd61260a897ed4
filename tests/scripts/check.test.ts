import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { main } from '../../scripts/check.ts';
import type { Problem } from '../../src/core/problems/problem.ts';
import { captureIo } from '../helpers/io.ts';
import { replaceRoot } from '../helpers/replace-root.ts';
import { FIXTURE_TRAILS, PROJECT_ROOT, trailCopy } from '../helpers/trail-copy.ts';

const swapCoordinates = (s: string) => s.replace('lat: 21.4\n  lng: 107.5', 'lat: 107.5\n  lng: 21.4');

describe('check main', () => {
	test('exits 0 and says there is no error on the minimal trail', async () => {
		const copy = await trailCopy('minimal');
		const io = captureIo(copy.root);
		expect(await main(['--content', 'content'], io)).toBe(0);
		expect(io.out()).toBe('Không có lỗi nào trong 2 di tích.\n');
		expect(io.err()).toBe('');
	});

	test('exits 1 and prints every problem with its place and a code frame on a broken copy', async () => {
		const copy = await trailCopy('minimal', { 'sites/den-cap/vi.md': swapCoordinates });
		const io = captureIo(copy.root);
		expect(await main(['--content', 'content'], io)).toBe(1);
		expect(replaceRoot(io.out(), copy.root)).toMatchInlineSnapshot(`
			"Lỗi · content/sites/den-cap/vi.md:8:8 · dòng 8, trường "location.lat" (vĩ độ)
			  Vĩ độ 107.5 và kinh độ 21.4 nằm ngoài Việt Nam.
			  Cách sửa: Có vẻ vĩ độ và kinh độ bị đổi chỗ cho nhau. Hãy thử:
			      lat: 21.4
			      lng: 107.5
			    7 | location:
			  > 8 |   lat: 107.5
			      |        ^
			    9 |   lng: 21.4

			1 lỗi, 0 cảnh báo trong 2 di tích. Chưa ghi tệp nào vào dist/.
			"
		`);
		expect(io.err()).toBe('');
	});

	test('speaks English with --lang en', async () => {
		const copy = await trailCopy('minimal', { 'sites/den-cap/vi.md': swapCoordinates });
		const io = captureIo(copy.root);
		expect(await main(['--content', 'content', '--lang', 'en'], io)).toBe(1);
		expect(io.out()).toContain('Error · content/sites/den-cap/vi.md:8:8 · line 8, field "location.lat" (latitude)');
		expect(io.out().trimEnd().split('\n').at(-1)).toBe('1 error, 0 warnings in 2 sites. Nothing was written to dist/.');
	});

	test('exits 0 with warnings only, and prints them', async () => {
		const copy = await trailCopy('minimal', { 'sites/dinh-mau/fr.md': '---\ntitle: Maison\nsummary: Une maison.\n---\n' });
		const io = captureIo(copy.root);
		expect(await main(['--content', 'content'], io)).toBe(0);
		expect(io.out()).toContain('Cảnh báo · content/sites/dinh-mau/fr.md');
		expect(io.out().trimEnd().split('\n').at(-1)).toBe('0 lỗi, 1 cảnh báo trong 2 di tích.');
	});

	test('refuses --lang fr with exit 2 and a bilingual message and usage on stderr', async () => {
		const io = captureIo(PROJECT_ROOT);
		expect(await main(['--lang', 'fr'], io)).toBe(2);
		expect(io.out()).toBe('');
		expect(io.err()).toMatchInlineSnapshot(`
			"Giá trị "--lang fr" không hợp lệ. Chọn một trong: vi, en.
			The value "--lang fr" is not valid. Choose one of: vi, en.

			Cách dùng / Usage: npm run check -- [--content THƯ_MỤC] [--lang vi|en] [--json]
			  --content DIR   thư mục nội dung / content folder (mặc định / default: $DITICHSO_CONTENT, content/)
			  --lang vi|en    ngôn ngữ của thông báo / language of the messages (mặc định / default: vi)
			  --json          in danh sách lỗi dạng JSON cho công cụ khác / print problems as JSON for tools
			"
		`);
	});

	test('refuses an unknown flag with exit 2, naming it', async () => {
		const io = captureIo(PROJECT_ROOT);
		expect(await main(['--foo'], io)).toBe(2);
		expect(io.out()).toBe('');
		expect(io.err()).toContain('Lệnh có tham số không hợp lệ');
		expect(io.err()).toContain('The command has an invalid argument');
		expect(io.err()).toContain('--foo');
		expect(io.err()).toContain('Cách dùng / Usage: npm run check');
	});

	test('refuses a stray word with exit 2', async () => {
		const io = captureIo(PROJECT_ROOT);
		expect(await main(['content'], io)).toBe(2);
		expect(io.err()).toContain('Cách dùng / Usage');
	});

	test('prints usage with --help and exits 0', async () => {
		const io = captureIo(PROJECT_ROOT);
		expect(await main(['--help'], io)).toBe(0);
		expect(io.out()).toContain('--content DIR');
	});

	test('reads the content folder from DITICHSO_CONTENT when --content is not given', async () => {
		const broken = await trailCopy('minimal', { 'sites/den-cap/vi.md': swapCoordinates });
		const good = await trailCopy('minimal');
		const io = captureIo(broken.root, { DITICHSO_CONTENT: good.content });
		expect(await main([], io)).toBe(0);
		expect(io.out()).toBe('Không có lỗi nào trong 2 di tích.\n');
		// --content wins over the environment.
		const io2 = captureIo(broken.root, { DITICHSO_CONTENT: good.content });
		expect(await main(['--content', broken.content], io2)).toBe(1);
	});

	test('prints the problems as JSON with --json', async () => {
		const copy = await trailCopy('minimal', { 'sites/den-cap/vi.md': swapCoordinates });
		const io = captureIo(copy.root);
		expect(await main(['--content', 'content', '--json'], io)).toBe(1);
		const problems = JSON.parse(io.out()) as Problem[];
		expect(problems).toEqual([{ code: 'coordinates-swapped', severity: 'error', file: 'content/sites/den-cap/vi.md', field: 'location.lat', line: 8, column: 8, params: { lat: 107.5, lng: 21.4 } }]);
	});

	test('prints [] with --json on a clean trail', async () => {
		const copy = await trailCopy('minimal');
		const io = captureIo(copy.root);
		expect(await main(['--content', 'content', '--json'], io)).toBe(0);
		expect(JSON.parse(io.out())).toEqual([]);
	});

	test('reports a site address without https:// as a content error (exit 1), not a program failure (exit 3)', async () => {
		const copy = await trailCopy('minimal', { 'settings.yaml': (s) => s.replace('baseUrl: https://trail.example.vn', 'baseUrl: trail.example.vn') });
		const io = captureIo(copy.root);
		expect(await main(['--content', 'content'], io)).toBe(1);
		expect(io.out()).toContain('content/settings.yaml:8:10');
		expect(io.err()).toBe('');
	});

	test('reports a missing content folder as content errors with exit 1', async () => {
		const copy = await trailCopy('minimal');
		const io = captureIo(copy.root);
		expect(await main(['--content', 'nowhere'], io)).toBe(1);
		expect(io.out()).toContain('settings.yaml');
		expect(io.out().trimEnd().split('\n').at(-1)).toBe('2 lỗi, 0 cảnh báo trong 0 di tích. Chưa ghi tệp nào vào dist/.');
	});
});

describe('npm run check (spawned)', () => {
	test('runs the real entry on Node 24: exit 0 and the summary line, without colour when not on a terminal', () => {
		const minimal = path.join(FIXTURE_TRAILS, 'minimal');
		const { NO_COLOR: _noColor, ...env } = process.env;
		const result = spawnSync('npx', ['node', 'scripts/check.ts', '--content', minimal], { cwd: PROJECT_ROOT, encoding: 'utf8', env });
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(result.stdout).toBe('Không có lỗi nào trong 2 di tích.\n');
		expect(result.stdout).not.toMatch(/\u001b\[/);
	});
});

describe('check --translations (issue #6)', () => {
	// The sample has every English translation but Chinese and Korean for three sites only; one
	// vi.md dated after its translations shows the second list too.
	const editedAfterTranslating = { 'sites/dinh-dam-ha/vi.md': (s: string) => s.replace('updated: 2026-11-28', 'updated: 2026-12-05') };

	test('lists per language the sites without a translation and those changed after it, in Vietnamese, and exits 0', async () => {
		const copy = await trailCopy('sample', editedAfterTranslating);
		const io = captureIo(copy.root);
		expect(await main(['--content', 'content', '--translations'], io)).toBe(0);
		expect(io.err()).toBe('');
		expect(io.out()).toMatchInlineSnapshot(`
			"Việc dịch còn lại, theo từng ngôn ngữ trong settings.yaml.

			Tiếng Anh (en):
			  Tiếng Việt đã sửa sau khi dịch (1):
			    DH01 Đình Đầm Hà → content/sites/dinh-dam-ha/en.md (vi.md: 2026-12-05, bản dịch: 2026-11-28)

			Tiếng Trung (zh):
			  Chưa có bản dịch (6):
			    DH02 Chùa Đầm Hà – Miếu Quan Lớn → content/sites/chua-dam-ha-mieu-quan-lon/zh.md
			    DH04 Di tích Đồn Đen → content/sites/don-den/zh.md
			    DH06 Cột cờ Núi Hứa – Nơi thành lập Chi bộ Đảng đầu tiên của Đầm Hà → content/sites/cot-co-nui-hua/zh.md
			    DH07 Đình Tràng Y → content/sites/dinh-trang-y/zh.md
			    DH08 Chùa Sâu → content/sites/chua-sau/zh.md
			    DH09 Thác Bạch Vân – Bản Tầm Làng → content/sites/thac-bach-van/zh.md
			  Tiếng Việt đã sửa sau khi dịch (1):
			    DH01 Đình Đầm Hà → content/sites/dinh-dam-ha/zh.md (vi.md: 2026-12-05, bản dịch: 2026-11-28)

			Tiếng Hàn (ko):
			  Chưa có bản dịch (6):
			    DH02 Chùa Đầm Hà – Miếu Quan Lớn → content/sites/chua-dam-ha-mieu-quan-lon/ko.md
			    DH04 Di tích Đồn Đen → content/sites/don-den/ko.md
			    DH06 Cột cờ Núi Hứa – Nơi thành lập Chi bộ Đảng đầu tiên của Đầm Hà → content/sites/cot-co-nui-hua/ko.md
			    DH07 Đình Tràng Y → content/sites/dinh-trang-y/ko.md
			    DH08 Chùa Sâu → content/sites/chua-sau/ko.md
			    DH09 Thác Bạch Vân – Bản Tầm Làng → content/sites/thac-bach-van/ko.md
			  Tiếng Việt đã sửa sau khi dịch (1):
			    DH01 Đình Đầm Hà → content/sites/dinh-dam-ha/ko.md (vi.md: 2026-12-05, bản dịch: 2026-11-28)

			Tổng cộng: 12 bản dịch chưa có, 3 bản dịch cần sửa theo tiếng Việt.
			Bắt đầu một bản dịch: npm run new -- --translate THƯ_MỤC NGÔN_NGỮ. Dịch xong, hãy ghi ngày hôm đó vào trường updated của bản dịch.
			"
		`);
	});

	test('prints the same list as data with --json, and in English with --lang en', async () => {
		const copy = await trailCopy('sample', editedAfterTranslating);
		const io = captureIo(copy.root);
		expect(await main(['--content', 'content', '--translations', '--json'], io)).toBe(0);
		const todo = JSON.parse(io.out()) as Array<{ lang: string; missing: Array<{ code: string }>; outdated: Array<{ code: string; viUpdated: string; updated: string }> }>;
		expect(todo.map((l) => [l.lang, l.missing.length, l.outdated.map((s) => `${s.code} ${s.viUpdated} ${s.updated}`)])).toEqual([
			['en', 0, ['DH01 2026-12-05 2026-11-28']],
			['zh', 6, ['DH01 2026-12-05 2026-11-28']],
			['ko', 6, ['DH01 2026-12-05 2026-11-28']],
		]);
		const en = captureIo(copy.root);
		expect(await main(['--content', 'content', '--translations', '--lang', 'en'], en)).toBe(0);
		expect(en.out()).toContain('Chinese (zh):\n  No translation yet (6):\n');
	});

	test('--help names --translations', async () => {
		const io = captureIo(PROJECT_ROOT);
		expect(await main(['--help'], io)).toBe(0);
		expect(io.out()).toContain('  --translations  bản dịch chưa có hoặc cũ hơn vi.md');
	});

	test('reports a broken settings.yaml as content errors (exit 1): without it there are no languages to list', async () => {
		const copy = await trailCopy('minimal', { 'settings.yaml': null });
		const io = captureIo(copy.root);
		expect(await main(['--content', 'content', '--translations'], io)).toBe(1);
		expect(io.out()).toContain('settings.yaml');
	});
});
