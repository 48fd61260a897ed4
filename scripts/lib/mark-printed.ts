import { appendFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { planMarkPrinted, PRINTED_REGISTER_FILE, PRINTED_REGISTER_HEADER, printedEntriesYaml, todayInVietnam, type Trail } from '../../src/core/index.ts';
import { EXIT, type Io } from './io.ts';
import { reportUsage } from './report.ts';

interface MarkOptions {
	contentDir: string;
	date: string | undefined;
	lang: 'vi' | 'en';
}

const USAGE = 'Cách dùng / Usage: npm run plaques -- --mark-printed DH01 [DH02 …] [--date 2026-12-01]\n';

/**
 * Appends the plaques just printed to `printed.yaml`. Only appends, and creates the file without
 * ever replacing one: the register is the memory of what hangs on walls.
 */
export async function markPrinted(trail: Trail, codes: readonly string[], options: MarkOptions, io: Io): Promise<number> {
	if (!codes.length) return reportUsage(USAGE, 'Chưa ghi mã bảng nào, ví dụ: --mark-printed DH01 DH02.\nNo plaque code given, e.g. --mark-printed DH01 DH02.', io);
	const date = options.date ?? todayInVietnam(new Date());
	if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) return reportUsage(USAGE, `Ngày "${date}" không hợp lệ: viết năm-tháng-ngày, ví dụ 2026-12-01.\nThe date "${date}" is not valid: write year-month-day, e.g. 2026-12-01.`, io);
	const plan = planMarkPrinted(trail, codes, date);
	if (plan.unknown.length) return reportUsage(USAGE, `Không có di tích nào mang mã ${plan.unknown.join(', ')}; sổ chưa được sửa.\nNo site has the code ${plan.unknown.join(', ')}; the register was not changed.`, io);
	const file = path.join(options.contentDir, PRINTED_REGISTER_FILE);
	if (plan.entries.length) await append(file, printedEntriesYaml(plan.entries));
	const shown = path.relative(io.cwd, file) || file;
	for (const entry of plan.entries) io.stdout(`Đã ghi / Added: ${entry.code} ${entry.url} (${entry.size}, ${entry.date}) → ${shown}\n`);
	for (const code of plan.already) io.stdout(`Đã có trong sổ, không ghi lại / Already in the register: ${code}\n`);
	return EXIT.ok;
}

async function append(file: string, yaml: string): Promise<void> {
	const exists = await stat(file).then(() => true, () => false);
	// 'wx' fails if the file appeared meanwhile, rather than replace it.
	if (!exists) return writeFile(file, `${PRINTED_REGISTER_HEADER}\n${yaml}`, { flag: 'wx' });
	await appendFile(file, yaml.startsWith('\n') ? yaml : `\n${yaml}`);
}
