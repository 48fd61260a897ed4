import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { countScans, formatReport, formatScanCsv, formatScanTable, formatScanTally, GRANULARITIES, isCalendarDay, renderScanChart, tabulateScans, validateContent, type CountOptions, type Granularity, type Plaque, type ScanTable } from '../src/core/index.ts';
import { parseCommonArgs, type ReportLang } from './lib/args.ts';
import { EXIT, nodeIo, type Io } from './lib/io.ts';
import { reportFailure, reportUsage } from './lib/report.ts';

const USAGE = `Cách dùng / Usage: npm run scans -- NHẬT_KÝ… [--by day|week|month] [--from NGÀY] [--to NGÀY] [--out THƯ_MỤC] [--content THƯ_MỤC] [--lang vi|en] [--json]
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
`;

const EXTRA = { by: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, out: { type: 'string' } } as const;

/** The report files, named in Vietnamese for the people who open them. */
const CSV_FILES: Record<Granularity, string> = { day: 'luot-quet-theo-ngay.csv', week: 'luot-quet-theo-tuan.csv', month: 'luot-quet-theo-thang.csv' };
const CHART_FILE = 'luot-quet.svg';

interface ScanOptions extends CountOptions {
	files: string[];
	by: Granularity;
	outDir: string;
	contentDir: string;
	lang: ReportLang;
	json: boolean;
}

/**
 * Counts plaque scans in access logs and writes the report: CSV per day, week and month and an
 * SVG chart. Exit 0: written; 1: content errors (the plaque list is unsure); 2: wrong usage or a
 * log that cannot be read. Privacy: addresses are read to spot repeats and never printed or written.
 */
export async function main(argv: string[], io: Io): Promise<number> {
	const parsed = parseScanArgs(argv, io);
	if (parsed === 'help') return io.stdout(USAGE), EXIT.ok;
	if (typeof parsed === 'string') return reportUsage(USAGE, parsed, io);
	try {
		const logs = await readLogs(parsed.files, io.cwd);
		if (typeof logs === 'string') return reportUsage(USAGE, logs, io);
		const result = await validateContent({ contentDir: parsed.contentDir, cwd: io.cwd });
		// A site with a broken vi.md is missing from the trail: its scans would silently count as "not a plaque".
		if (!result.ok || !result.trail) {
			io.stdout(formatReport(result.problems, { lang: parsed.lang, sources: result.sources, color: io.color, sites: result.siteFolders }));
			return EXIT.contentErrors;
		}
		// A retired site's plaque may still hang on a wall, and its scans still count.
		const plaques: Plaque[] = [...result.trail.sites.map((s) => ({ code: s.data.code, title: s.data.title })), ...result.trail.retired.map((r) => ({ code: r.data.code, title: r.data.title.vi }))];
		const { scans, tally } = countScans(logs, plaques, parsed);
		const tables = Object.fromEntries(GRANULARITIES.map((by) => [by, tabulateScans(scans, plaques, by, parsed)])) as Record<Granularity, ScanTable>;
		const written = await writeReport(tables, parsed);
		const shown = written.map((file) => shownPath(file, io.cwd));
		if (parsed.json) io.stdout(`${JSON.stringify({ tally, table: tables[parsed.by], files: shown }, null, 2)}\n`);
		else io.stdout(`${formatScanTable(tables[parsed.by], parsed.lang)}\n${formatScanTally(tally, parsed.lang)}${shown.map((file) => `${parsed.lang === 'vi' ? 'Đã ghi' : 'Wrote'} ${file}\n`).join('')}`);
		return EXIT.ok;
	} catch (error) {
		return reportFailure(error, io);
	}
}

/** The options, 'help', or what is wrong with the arguments (in both languages). */
function parseScanArgs(argv: string[], io: Io): ScanOptions | 'help' | string {
	const args = parseCommonArgs(argv, io, EXTRA, { positionals: true });
	if (!args.ok) return args.error;
	const files = args.positionals;
	if (args.options.help) return 'help';
	const { by = 'month', from, to, out = 'bao-cao-luot-quet' } = args.values as { by?: string; from?: string; to?: string; out?: string };
	if (!GRANULARITIES.includes(by as Granularity)) return `Giá trị "--by ${by}" không hợp lệ. Chọn một trong: ${GRANULARITIES.join(', ')}.\nThe value "--by ${by}" is not valid. Choose one of: ${GRANULARITIES.join(', ')}.`;
	for (const [flag, day] of [['from', from], ['to', to]] as const) {
		if (day !== undefined && !isCalendarDay(day)) return `Giá trị "--${flag} ${day}" không phải một ngày. Hãy viết theo dạng YYYY-MM-DD, ví dụ 2025-03-01.\nThe value "--${flag} ${day}" is not a day. Write it as YYYY-MM-DD, for example 2025-03-01.`;
	}
	if (from && to && from > to) return `Ngày "--from ${from}" đứng sau ngày "--to ${to}".\nThe day "--from ${from}" comes after "--to ${to}".`;
	if (files.length === 0) return 'Chưa có tệp nhật ký nào. Hãy ghi tên tệp sau "--", ví dụ: npm run scans -- /var/log/nginx/access.log\nNo log file given. Name it after "--", for example: npm run scans -- /var/log/nginx/access.log';
	const outDir = path.resolve(io.cwd, out);
	const { contentDir } = args.options;
	// The content folder holds only what the editors write, and it is kept in version control; visitor numbers stay out of it.
	if (isInside(outDir, contentDir)) {
		return `Thư mục báo cáo "${out}" nằm trong thư mục nội dung. Hãy chọn nơi khác, ví dụ --out bao-cao-luot-quet.\nThe report folder "${out}" is inside the content folder. Choose another place, for example --out bao-cao-luot-quet.`;
	}
	return { files, by: by as Granularity, ...(from && { from }), ...(to && { to }), outDir, contentDir, lang: args.options.lang, json: args.options.json };
}

const gunzipAsync = promisify(gunzip);

/** The text of every log, decompressed when it starts with gzip's magic bytes (whatever its name); or what went wrong. */
async function readLogs(files: readonly string[], cwd: string): Promise<string[] | string> {
	const texts: string[] = [];
	for (const file of files) {
		const bytes = await readFile(path.resolve(cwd, file)).catch((error: NodeJS.ErrnoException) => error);
		if (bytes instanceof Error) {
			return bytes.code === 'ENOENT'
				? `Không tìm thấy tệp nhật ký "${file}". Hãy kiểm tra tên và đường dẫn.\nThe log file "${file}" does not exist. Check its name and path.`
				: `Không đọc được tệp nhật ký "${file}" (${bytes.code ?? bytes.message}).\nThe log file "${file}" cannot be read (${bytes.code ?? bytes.message}).`;
		}
		const isGzip = bytes[0] === 0x1f && bytes[1] === 0x8b;
		const plain = isGzip ? await gunzipAsync(bytes).catch(() => undefined) : bytes;
		if (!plain) return `Tệp nhật ký "${file}" là tệp nén .gz nhưng bị hỏng hoặc chưa ghi xong.\nThe log file "${file}" is a .gz file but it is damaged or incomplete.`;
		texts.push(plain.toString('utf8'));
	}
	return texts;
}

/** Writes the three CSV files and the chart; returns their paths. Per week with --by day: a bar per day is too thin to read at 800 px. */
async function writeReport(tables: Record<Granularity, ScanTable>, options: ScanOptions): Promise<string[]> {
	await mkdir(options.outDir, { recursive: true });
	const files: Array<[string, string]> = GRANULARITIES.map((by) => [CSV_FILES[by], formatScanCsv(tables[by])]);
	files.push([CHART_FILE, renderScanChart(tables[options.by === 'month' ? 'month' : 'week'], options.lang)]);
	const written: string[] = [];
	for (const [name, text] of files) {
		const file = path.join(options.outDir, name);
		await writeFile(file, text);
		written.push(file);
	}
	return written;
}

/** True when `child` is `parent` or anywhere under it. */
function isInside(child: string, parent: string): boolean {
	const relative = path.relative(parent, child);
	return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}

/** Relative to the working directory when the file is under it, else absolute. */
function shownPath(file: string, cwd: string): string {
	return isInside(file, cwd) ? path.relative(cwd, file).split(path.sep).join('/') : file;
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2), nodeIo);
