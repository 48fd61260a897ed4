import path from 'node:path';
import { assertPdftoppm, formatPlaqueChecks, formatReport, listPlaquePdfs, planPlaqueChecks, validateContent, verifyPlaque, type PlaqueCheck } from '../src/core/index.ts';
import { parseCommonArgs } from './lib/args.ts';
import { EXIT, nodeIo, type Io } from './lib/io.ts';
import { reportFailure, reportUsage } from './lib/report.ts';

const USAGE = `Cách dùng / Usage: npm run plaques -- --verify [--out THƯ_MỤC] [--content THƯ_MỤC] [--all] [--json]
  --verify        in thử mọi bảng QR và giải mã bằng hai bộ đọc / rasterise every plaque and decode it with two decoders
  --out DIR       trang web đã xây dựng / the built site (mặc định / default: dist/)
  --content DIR   thư mục nội dung / content folder (mặc định / default: $DITICHSO_CONTENT, content/)
  --all           đủ mọi kiểu hư hại cho mọi cỡ bảng / every degradation on every size (slower)
  --json          in kết quả dạng JSON / print the results as JSON
`;

/**
 * Proves that every built plaque scans: exit 0 when both decoders read every plaque right under
 * every degradation, 1 when any read is wrong or a plaque is missing, 3 when pdftoppm is missing.
 */
export async function main(argv: string[], io: Io): Promise<number> {
	const args = parseCommonArgs(argv, io, { out: { type: 'string' }, verify: { type: 'boolean' }, all: { type: 'boolean' } });
	if (!args.ok) return reportUsage(USAGE, args.error, io);
	if (args.options.help) return io.stdout(USAGE), EXIT.ok;
	if (!args.values.verify) return reportUsage(USAGE, 'Chưa chọn việc cần làm: thêm --verify.\nNothing to do: add --verify.', io);
	const siteDir = path.resolve(io.cwd, (args.values.out as string | undefined) ?? 'dist');
	try {
		await assertPdftoppm();
		const result = await validateContent({ contentDir: args.options.contentDir, cwd: io.cwd });
		if (!result.ok || !result.trail) {
			io.stdout(formatReport(result.problems, { lang: args.options.lang, sources: result.sources, color: io.color, sites: result.siteFolders }));
			return EXIT.contentErrors;
		}
		const plan = planPlaqueChecks(result.trail, await listPlaquePdfs(siteDir), siteDir, Boolean(args.values.all));
		const checks: PlaqueCheck[] = [];
		for (const job of plan.jobs) checks.push(await verifyPlaque(job));
		checks.push(...plan.unchecked);
		io.stdout(args.options.json ? `${JSON.stringify(checks, null, 2)}\n` : formatPlaqueChecks(checks, plan.skipped));
		return checks.every((check) => check.ok) ? EXIT.ok : EXIT.contentErrors;
	} catch (error) {
		return reportFailure(error, io);
	}
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2), nodeIo);
