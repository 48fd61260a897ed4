import path from 'node:path';
import { assertPdftoppm, formatPlaqueChecks, formatReport, listPlaquePdfs, planPlaqueChecks, validateContent, verifyPlaque, type PlaqueCheck, type Validation } from '../src/core/index.ts';
import { parseCommonArgs } from './lib/args.ts';
import { EXIT, nodeIo, type Io } from './lib/io.ts';
import { markPrinted } from './lib/mark-printed.ts';
import { reportFailure, reportUsage } from './lib/report.ts';

const USAGE = `Cách dùng / Usage: npm run plaques -- --verify [--out THƯ_MỤC] [--content THƯ_MỤC] [--all] [--json]
       npm run plaques -- --mark-printed MÃ [MÃ …] [--date NĂM-THÁNG-NGÀY] [--content THƯ_MỤC]
  --verify        in thử mọi bảng QR và giải mã bằng hai bộ đọc / rasterise every plaque and decode it with two decoders
  --out DIR       trang web đã xây dựng / the built site (mặc định / default: dist/)
  --content DIR   thư mục nội dung / content folder (mặc định / default: $DITICHSO_CONTENT, content/)
  --all           đủ mọi kiểu hư hại cho mọi cỡ bảng / every degradation on every size (slower)
  --json          in kết quả dạng JSON / print the results as JSON
  --mark-printed CODE…  ghi các bảng vừa in vào sổ content/printed.yaml / add the plaques just printed to the register
  --date YYYY-MM-DD     ngày in (mặc định: hôm nay, giờ Việt Nam) / the date printed (default: today, Vietnam time)
`;

/**
 * `--verify` proves that every built plaque scans: exit 0 when both decoders read every plaque
 * right under every degradation, 1 when any read is wrong or a plaque is missing, 3 when pdftoppm
 * is missing. `--mark-printed` adds plaques to the printed register.
 */
export async function main(argv: string[], io: Io): Promise<number> {
	const args = parseCommonArgs(argv, io, { out: { type: 'string' }, verify: { type: 'boolean' }, all: { type: 'boolean' }, 'mark-printed': { type: 'boolean' }, date: { type: 'string' } }, { positionals: true });
	if (!args.ok) return reportUsage(USAGE, args.error, io);
	if (args.options.help) return io.stdout(USAGE), EXIT.ok;
	const { verify, 'mark-printed': mark } = args.values;
	if (verify === mark) return reportUsage(USAGE, 'Chưa chọn việc cần làm: thêm --verify hoặc --mark-printed (một trong hai).\nNothing to do: add --verify or --mark-printed (one of them).', io);
	if (verify && args.positionals.length) return reportUsage(USAGE, `Không hiểu "${args.positionals[0]}".\nUnexpected "${args.positionals[0]}".`, io);
	try {
		const result = await validateContent({ contentDir: args.options.contentDir, cwd: io.cwd });
		if (!result.ok || !result.trail) return reportProblems(result, args.options.lang, io);
		if (mark) return await markPrinted(result.trail, args.positionals, { contentDir: args.options.contentDir, date: args.values.date as string | undefined, lang: args.options.lang }, io);
		return await verifyAll(result, path.resolve(io.cwd, (args.values.out as string | undefined) ?? 'dist'), Boolean(args.values.all), args.options.json, io);
	} catch (error) {
		return reportFailure(error, io);
	}
}

function reportProblems(result: Validation, lang: 'vi' | 'en', io: Io): number {
	io.stdout(formatReport(result.problems, { lang, sources: result.sources, color: io.color, sites: result.siteFolders }));
	return EXIT.contentErrors;
}

async function verifyAll(result: Validation, siteDir: string, all: boolean, json: boolean, io: Io): Promise<number> {
	await assertPdftoppm();
	if (!result.trail) return EXIT.contentErrors;
	const plan = planPlaqueChecks(result.trail, await listPlaquePdfs(siteDir), siteDir, all);
	const checks: PlaqueCheck[] = [];
	for (const job of plan.jobs) checks.push(await verifyPlaque(job));
	checks.push(...plan.unchecked);
	io.stdout(json ? `${JSON.stringify(checks, null, 2)}\n` : formatPlaqueChecks(checks, plan.skipped));
	return checks.every((check) => check.ok) ? EXIT.ok : EXIT.contentErrors;
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2), nodeIo);
