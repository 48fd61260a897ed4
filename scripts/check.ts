import { formatReport, validateContent } from '../src/core/index.ts';
import { parseCommonArgs } from './lib/args.ts';
import { EXIT, nodeIo, type Io } from './lib/io.ts';
import { reportFailure, reportUsage } from './lib/report.ts';

const USAGE = `Cách dùng / Usage: npm run check -- [--content THƯ_MỤC] [--lang vi|en] [--json]
  --content DIR   thư mục nội dung / content folder (mặc định / default: $DITICHSO_CONTENT, content/)
  --lang vi|en    ngôn ngữ của thông báo / language of the messages (mặc định / default: vi)
  --json          in danh sách lỗi dạng JSON cho công cụ khác / print problems as JSON for tools
`;

/** Checks every content file and reports all problems at once. Exit 0: no errors; 1: content errors. */
export async function main(argv: string[], io: Io): Promise<number> {
	const args = parseCommonArgs(argv, io, {});
	if (!args.ok) return reportUsage(USAGE, args.error, io);
	if (args.options.help) return io.stdout(USAGE), EXIT.ok;
	try {
		const result = await validateContent({ contentDir: args.options.contentDir, cwd: io.cwd });
		if (args.options.json) io.stdout(`${JSON.stringify(result.problems, null, 2)}\n`);
		else io.stdout(formatReport(result.problems, { lang: args.options.lang, sources: result.sources, color: io.color, sites: result.siteFolders }));
		return result.ok ? EXIT.ok : EXIT.contentErrors;
	} catch (error) {
		return reportFailure(error, io);
	}
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2), nodeIo);
