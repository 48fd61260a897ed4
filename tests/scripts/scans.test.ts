import { spawnSync } from 'node:child_process';
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { main } from '../../scripts/scans.ts';
import { generateAccessLog, trueCounts, type GeneratedLog } from '../helpers/access-log.ts';
import { captureIo } from '../helpers/io.ts';
import { PROJECT_ROOT, removeTrailCopy, trailCopy, type TrailCopy } from '../helpers/trail-copy.ts';

// One copy of the sample trail and one generated log (three months, thousands of lines) for all
// the in-process runs; each run writes its report into its own folder.
let copy: TrailCopy;
let log: GeneratedLog;

const DOCS_CHART = path.join(PROJECT_ROOT, 'docs', 'scans-example.svg');
const CSV_FILES = { day: 'luot-quet-theo-ngay.csv', week: 'luot-quet-theo-tuan.csv', month: 'luot-quet-theo-thang.csv' } as const;

async function run(argv: string[], env: Record<string, string> = {}) {
	const io = captureIo(copy.root, env);
	const code = await main(argv, io);
	return { code, out: io.out(), err: io.err() };
}

const read = (file: string) => readFile(path.join(copy.root, file), 'utf8');

/** A CSV report as `"period,code" → scans`, zeros left out, after checking its BOM and header. */
async function csvCounts(file: string): Promise<Map<string, number>> {
	const text = await read(file);
	expect(text.startsWith('\uFEFFperiod,code,title,scans\r\n')).toBe(true);
	const rows = text.slice(1).split('\r\n').slice(1, -1);
	// Titles may hold commas; period and code come first and the count last.
	return new Map(rows.map((row) => row.split(',')).filter((cells) => cells.at(-1) !== '0').map((cells) => [`${cells[0]},${cells[1]}`, Number(cells.at(-1))]));
}

function expectedTally(kinds: GeneratedLog['kinds']): string {
	return `Đã đọc ${kinds.scan + kinds.repeat + kinds.bot + kinds.other + kinds.garbage} dòng: ${kinds.garbage} dòng không đọc được, ${kinds.bot} lượt của máy (bot), ${kinds.repeat} lượt lặp lại trong 30 phút, ${kinds.other} lượt không phải quét bảng, ${kinds.scan} lượt quét được tính.\n`;
}

beforeAll(async () => {
	copy = await trailCopy('sample');
	log = generateAccessLog();
	const half = Math.floor(log.lines.length / 2);
	const older = log.lines.slice(0, half).map((l) => `${l}\n`).join('');
	const newer = log.lines.slice(half).map((l) => `${l}\n`).join('');
	await mkdir(path.join(copy.root, 'logs'));
	await writeFile(path.join(copy.root, 'logs', 'access.log'), log.text);
	await writeFile(path.join(copy.root, 'logs', 'access.log.gz'), gzipSync(log.text));
	// Rotated as logrotate leaves them: the current file, and the previous one compressed.
	await writeFile(path.join(copy.root, 'logs', 'current.log'), newer);
	await writeFile(path.join(copy.root, 'logs', 'current.log.1.gz'), gzipSync(older));
	// Names that lie: gzip without .gz, and plain text named .gz.
	await writeFile(path.join(copy.root, 'logs', 'older-no-suffix'), gzipSync(older));
	await writeFile(path.join(copy.root, 'logs', 'newer-plain.gz'), newer);
	await writeFile(path.join(copy.root, 'logs', 'broken.gz'), gzipSync(log.text).subarray(0, 200));
});

afterAll(async () => {
	if (copy) await removeTrailCopy(copy);
});

describe('scans main', () => {
	test('turns a generated access log into the generator’s own counts per day, week and month, issue #5', async () => {
		expect(log.lines.length).toBeGreaterThan(5000);
		expect(log.kinds.bot).toBeGreaterThan(500);
		expect(log.kinds.repeat).toBeGreaterThan(500);
		const { code, out, err } = await run(['logs/access.log', '--content', 'content']);
		expect(err).toBe('');
		expect(code).toBe(0);
		for (const by of ['day', 'week', 'month'] as const) {
			expect(await csvCounts(`bao-cao-luot-quet/${CSV_FILES[by]}`), by).toEqual(trueCounts(log.scans, by));
		}
		expect(out).toContain(expectedTally(log.kinds));
		expect(out).toMatch(new RegExp(` Tổng cộng +${log.scans.filter((s) => s.month === '2025-03').length} +\\d+ +\\d+ +${log.scans.length}\n`));
		expect(out.slice(0, out.indexOf('\nĐã đọc'))).toMatchInlineSnapshot(`
			"Lượt quét bảng QR theo tháng, 2025-03 đến 2025-05

			Mã bảng  Di tích                           2025-03  2025-04  2025-05  Tổng
			-------  --------------------------------  -------  -------  -------  ----
			DH01     Đình Đầm Hà                           158      137      142   437
			DH02     Chùa Đầm Hà – Miếu Quan Lớn           102       94      101   297
			DH03     Tượng đài Anh hùng liệt sĩ Hà Q…       78       74      110   262
			DH04     Di tích Đồn Đen                        60       50       51   161
			DH05     Núi Hứa – Rừng cò                      65       61       60   186
			DH06     Cột cờ Núi Hứa – Nơi thành lập…        59       81       56   196
			DH07     Đình Tràng Y                           45       42       54   141
			DH08     Chùa Sâu                               49       37       36   122
			DH09     Thác Bạch Vân – Bản Tầm Làng           52       34       38   124
			-------  --------------------------------  -------  -------  -------  ----
			         Tổng cộng                             668      610      648  1926
			"
		`);
		expect(out.trimEnd().split('\n').slice(-4)).toEqual([
			'Đã ghi bao-cao-luot-quet/luot-quet-theo-ngay.csv',
			'Đã ghi bao-cao-luot-quet/luot-quet-theo-tuan.csv',
			'Đã ghi bao-cao-luot-quet/luot-quet-theo-thang.csv',
			'Đã ghi bao-cao-luot-quet/luot-quet.svg',
		]);
	});

	test('every CSV row is a period and a plaque, zeros included, for every plaque of the sample', async () => {
		await run(['logs/access.log', '--content', 'content', '--out', 'zeros']);
		const rows = (await read('zeros/luot-quet-theo-tuan.csv')).slice(1).split('\r\n').slice(1, -1);
		expect(rows).toHaveLength(14 * 9);
		expect(rows[0]).toMatch(/^2025-W09,DH01,Đình Đầm Hà,\d+$/);
		expect(rows.at(-1)).toMatch(/^2025-W22,DH09,Thác Bạch Vân – Bản Tầm Làng,\d+$/);
	});

	test('reads a .gz log, and two rotated files given newest first, to the same counts', async () => {
		const plain = await run(['logs/access.log', '--out', 'plain']);
		const gz = await run(['logs/access.log.gz', '--out', 'gz']);
		const rotated = await run(['logs/current.log', 'logs/current.log.1.gz', '--out', 'rotated']);
		const lying = await run(['logs/newer-plain.gz', 'logs/older-no-suffix', '--out', 'lying']);
		for (const result of [plain, gz, rotated, lying]) expect(result.code).toBe(0);
		for (const by of ['day', 'week', 'month'] as const) {
			const expected = await read(`plain/${CSV_FILES[by]}`);
			for (const out of ['gz', 'rotated', 'lying']) expect(await read(`${out}/${CSV_FILES[by]}`), `${out} ${by}`).toBe(expected);
		}
		expect(rotated.out).toContain(expectedTally(log.kinds));
	});

	test('no IP address appears in what it prints or writes', async () => {
		const { out } = await run(['logs/access.log', '--out', 'private', '--by', 'day']);
		const written = await Promise.all((await readdir(path.join(copy.root, 'private'))).map((f) => read(`private/${f}`)));
		const addresses = new Set(log.lines.map((line) => line.split(' ')[0] ?? '').filter((a) => /^[\d.]+$|:/.test(a) && a.length > 6));
		expect(addresses.size).toBeGreaterThan(1000);
		for (const text of [out, ...written]) expect([...addresses].filter((address) => text.includes(address))).toEqual([]);
		expect(out + written.join('')).not.toMatch(/\b203\.0\.\d+\.\d+\b|2001:db8:/);
	});

	test('prints the table in English per week with --lang en --by week, and the chart follows', async () => {
		const { code, out } = await run(['logs/access.log', '--lang', 'en', '--by', 'week', '--out', 'en']);
		expect(code).toBe(0);
		expect(out).toMatch(/^QR plaque scans per week, 2025-W09 to 2025-W22\n\nPlaque code +Site +2025-W09 /);
		expect(out).toMatch(/\nRead \d+ lines: \d+ unreadable, \d+ from bots, \d+ repeats within 30 minutes, \d+ not a plaque scan, \d+ scans counted\.\nWrote en\/luot-quet-theo-ngay\.csv\n/);
		expect(await read('en/luot-quet.svg')).toContain('<title id="scans-title">QR plaque scans per week, 2025-W09 to 2025-W22</title>');
	});

	test('counts only the chosen days with --from and --to, and says how many fell outside', async () => {
		const { code, out } = await run(['logs/access.log', '--from', '2025-04-01', '--to', '2025-04-30', '--out', 'april']);
		expect(code).toBe(0);
		const april = log.scans.filter((s) => s.month === '2025-04');
		expect(out).toMatch(/^Lượt quét bảng QR theo tháng, 2025-04\n/);
		expect(out).toContain(`, ${log.scans.length - april.length} lượt quét ngoài khoảng ngày đã chọn, ${april.length} lượt quét được tính.`);
		expect(await csvCounts('april/luot-quet-theo-thang.csv')).toEqual(trueCounts(april, 'month'));
	});

	test('prints the numbers as JSON with --json, with no address in them', async () => {
		const { code, out } = await run(['logs/access.log', '--json', '--out', 'json']);
		expect(code).toBe(0);
		const parsed = JSON.parse(out) as { tally: { counted: number }; table: { periods: string[]; total: number }; files: string[] };
		expect(parsed.tally.counted).toBe(log.scans.length);
		expect(parsed.table.periods).toEqual(['2025-03', '2025-04', '2025-05']);
		expect(parsed.files).toHaveLength(4);
		expect(out).not.toMatch(/\b203\.0\.\d+\.\d+\b|2001:db8:/);
	});

	test('the README chart is the chart of the generated log (UPDATE_DOCS=1 rewrites it)', async () => {
		await run(['logs/access.log', '--by', 'week', '--out', 'docs']);
		const chart = await read('docs/luot-quet.svg');
		if (process.env['UPDATE_DOCS']) await mkdir(path.dirname(DOCS_CHART), { recursive: true }).then(() => writeFile(DOCS_CHART, chart));
		const committed = await readFile(DOCS_CHART, 'utf8').catch(() => '');
		expect(committed === chart, 'docs/scans-example.svg is out of date. Update it with: UPDATE_DOCS=1 npx vitest run tests/scripts/scans.test.ts').toBe(true);
	});

	test('exits 1 with the content report when the content has errors', async () => {
		const broken = await trailCopy('minimal', { 'settings.yaml': (s) => s.replace('baseUrl: https://trail.example.vn', 'baseUrl: trail.example.vn') });
		await mkdir(path.join(broken.root, 'logs'));
		await writeFile(path.join(broken.root, 'logs', 'a.log'), log.lines.slice(0, 50).join('\n'));
		const io = captureIo(broken.root);
		expect(await main(['logs/a.log', '--content', 'content'], io)).toBe(1);
		expect(io.out()).toContain('content/settings.yaml:8:10');
		await expect(readdir(path.join(broken.root, 'bao-cao-luot-quet'))).rejects.toThrow();
	});
});

describe('scans main: wrong usage exits 2 with a bilingual message and the usage on stderr', () => {
	test.each([
		['no log file', [], 'Chưa có tệp nhật ký nào. Hãy ghi tên tệp sau "--", ví dụ: npm run scans -- /var/log/nginx/access.log\nNo log file given. Name it after "--", for example: npm run scans -- /var/log/nginx/access.log'],
		['a missing log file', ['logs/nowhere.log'], 'Không tìm thấy tệp nhật ký "logs/nowhere.log". Hãy kiểm tra tên và đường dẫn.\nThe log file "logs/nowhere.log" does not exist. Check its name and path.'],
		['a folder for a log file', ['logs'], 'Không đọc được tệp nhật ký "logs" (EISDIR).\nThe log file "logs" cannot be read (EISDIR).'],
		['a damaged .gz file', ['logs/broken.gz'], 'Tệp nhật ký "logs/broken.gz" là tệp nén .gz nhưng bị hỏng hoặc chưa ghi xong.\nThe log file "logs/broken.gz" is a .gz file but it is damaged or incomplete.'],
		['--by year', ['logs/access.log', '--by', 'year'], 'Giá trị "--by year" không hợp lệ. Chọn một trong: day, week, month.\nThe value "--by year" is not valid. Choose one of: day, week, month.'],
		['--from 2025-02-30', ['logs/access.log', '--from', '2025-02-30'], 'Giá trị "--from 2025-02-30" không phải một ngày. Hãy viết theo dạng YYYY-MM-DD, ví dụ 2025-03-01.\nThe value "--from 2025-02-30" is not a day. Write it as YYYY-MM-DD, for example 2025-03-01.'],
		['--to 31/05/2025', ['logs/access.log', '--to', '31/05/2025'], 'Giá trị "--to 31/05/2025" không phải một ngày. Hãy viết theo dạng YYYY-MM-DD, ví dụ 2025-03-01.\nThe value "--to 31/05/2025" is not a day. Write it as YYYY-MM-DD, for example 2025-03-01.'],
		['--from after --to', ['logs/access.log', '--from', '2025-05-01', '--to', '2025-04-01'], 'Ngày "--from 2025-05-01" đứng sau ngày "--to 2025-04-01".\nThe day "--from 2025-05-01" comes after "--to 2025-04-01".'],
		['--out inside the content folder', ['logs/access.log', '--out', 'content/bao-cao'], 'Thư mục báo cáo "content/bao-cao" nằm trong thư mục nội dung. Hãy chọn nơi khác, ví dụ --out bao-cao-luot-quet.\nThe report folder "content/bao-cao" is inside the content folder. Choose another place, for example --out bao-cao-luot-quet.'],
		['--out the content folder itself', ['logs/access.log', '--out', 'content'], 'Thư mục báo cáo "content" nằm trong thư mục nội dung. Hãy chọn nơi khác, ví dụ --out bao-cao-luot-quet.\nThe report folder "content" is inside the content folder. Choose another place, for example --out bao-cao-luot-quet.'],
		['--lang fr', ['logs/access.log', '--lang', 'fr'], 'Giá trị "--lang fr" không hợp lệ. Chọn một trong: vi, en.\nThe value "--lang fr" is not valid. Choose one of: vi, en.'],
	])('%s', async (_name, argv, message) => {
		const { code, out, err } = await run(argv);
		expect(code).toBe(2);
		expect(out).toBe('');
		expect(err.startsWith(`${message}\n\nCách dùng / Usage: npm run scans -- NHẬT_KÝ…`)).toBe(true);
	});

	test('an unknown flag is named', async () => {
		const { code, err } = await run(['logs/access.log', '--foo']);
		expect(code).toBe(2);
		expect(err).toContain('Lệnh có tham số không hợp lệ');
		expect(err).toContain('--foo');
	});

	test('a report folder beside the content folder is fine, even when its name starts the same', async () => {
		const { code } = await run(['logs/access.log', '--out', 'content-reports']);
		expect(code).toBe(0);
	});

	test('--help prints the usage, naming every file and the privacy promise, and exits 0', async () => {
		const { code, out } = await run(['--help']);
		expect(code).toBe(0);
		expect(out).toMatchInlineSnapshot(`
			"Cách dùng / Usage: npm run scans -- NHẬT_KÝ… [--by day|week|month] [--from NGÀY] [--to NGÀY] [--out THƯ_MỤC] [--content THƯ_MỤC] [--lang vi|en] [--json]
			  NHẬT_KÝ…             nhật ký truy cập nginx hoặc Apache (combined), thường hoặc .gz / nginx or Apache access logs (combined), plain or .gz
			  --by day|week|month  bảng in ra theo ngày, tuần hay tháng / the printed table per day, week or month (mặc định / default: month)
			  --from YYYY-MM-DD    ngày đầu tiên được tính / first day counted
			  --to YYYY-MM-DD      ngày cuối cùng được tính / last day counted
			  --out DIR            nơi ghi báo cáo / where the report goes (mặc định / default: bao-cao-luot-quet/)
			                       luot-quet-theo-ngay.csv, luot-quet-theo-tuan.csv, luot-quet-theo-thang.csv: theo ngày, tuần, tháng / per day, week, month
			                       luot-quet.svg: biểu đồ theo tháng, theo tuần khi --by day|week / the chart, per month, per week with --by day|week
			  --content DIR        thư mục nội dung / content folder (mặc định / default: $DITICHSO_CONTENT, content/)
			  --lang vi|en         ngôn ngữ của báo cáo / language of the report (mặc định / default: vi)
			  --json               in số liệu dạng JSON cho công cụ khác / print the numbers as JSON for tools
			Một lượt quét là một lần mở địa chỉ ngắn của bảng (…/DH01). Không tính máy (bot) và lượt lặp lại từ cùng một địa chỉ trong 30 phút.
			A scan is a hit on a plaque's short address (…/DH01). Bots and repeats from the same address within 30 minutes are left out.
			Báo cáo không chứa địa chỉ IP nào. / No IP address appears in the report.
			"
		`);
	});
});

describe('npm run scans (spawned)', () => {
	test('runs the real entry on Node 24 over a .gz log: exit 0, the table and the files', () => {
		const result = spawnSync('npx', ['node', 'scripts/scans.ts', path.join(copy.root, 'logs', 'access.log.gz'), '--content', copy.content, '--out', path.join(copy.root, 'spawned')], { cwd: PROJECT_ROOT, encoding: 'utf8' });
		expect(result.stderr).toBe('');
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(/^Lượt quét bảng QR theo tháng, 2025-03 đến 2025-05\n/);
		expect(result.stdout).toContain(`Đã ghi ${path.join(copy.root, 'spawned', 'luot-quet.svg')}\n`);
	});
});

describe('scans of retired plaques (issue #5)', () => {
	test('a retired site’s plaque still counts: it may hang on a wall for years', async () => {
		const retired = await trailCopy('minimal', {
			'retired.yaml': '- code: TE09\n  title:\n    vi: Miếu Cổ\n  reason: closed\n  date: 2026-11-20\n  folder: mieu-co\n',
		});
		const line = (ip: string, path: string) => `${ip} - - [01/Dec/2026:09:00:00 +0700] "GET ${path} HTTP/1.1" 200 5120 "-" "Mozilla/5.0 (Linux; Android 14) Chrome/131.0 Mobile Safari/537.36"`;
		await writeFile(path.join(retired.root, 'access.log'), [line('203.0.113.5', '/TE09'), line('203.0.113.6', '/te01'), line('203.0.113.7', '/vi/mieu-co/')].join('\n'));
		const io = captureIo(retired.root);
		expect(await main(['access.log', '--content', 'content', '--json'], io)).toBe(0);
		const report = JSON.parse(io.out()) as { tally: { counted: number }; table: { rows: Array<{ code: string; total: number }> } };
		expect(report.tally.counted).toBe(2);
		expect(report.table.rows.map((r) => [r.code, r.total])).toEqual(expect.arrayContaining([['TE09', 1], ['TE01', 1]]));
	});
});
