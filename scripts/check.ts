import { formatReport, formatTranslationsTodo, listTranslationsTodo, validateContent, type Trail, type Validation } from '../src/core/index.ts';
import { parseCommonArgs, type CommonOptions } from './lib/args.ts';
import { EXIT, nodeIo, type Io } from './lib/io.ts';
import { reportFailure, reportUsage } from './lib/report.ts';

const USAGE = `Cách dùng / Usage: npm run check -- [--content THƯ_MỤC] [--lang vi|en] [--json]
  --content DIR   thư mục nội dung / content folder (mặc định / default: $DITICHSO_CONTENT, content/)
  --lang vi|en    ngôn ngữ của thông báo / language of the messages (mặc định / default: vi)
  --json          in danh sách lỗi dạng JSON cho công cụ khác / print problems as JSON for tools
`;

// A wrong argument prints the short usage above; --help adds the translators' list.
const HELP = `${USAGE}  --translations  bản dịch chưa có hoặc cũ hơn vi.md, theo từng ngôn ngữ / translations missing or older than vi.md, per language
`;

/** Checks every content file and reports all problems at once. Exit 0: no errors; 1: content errors. */
export async function main(argv: string[], io: Io): Promise<number> {
	const args = parseCommonArgs(argv, io, { translations: { type: 'boolean' } });
	if (!args.ok) return reportUsage(USAGE, args.error, io);
	if (args.options.help) return io.stdout(HELP), EXIT.ok;
	try {
		const result = await validateContent({ contentDir: args.options.contentDir, cwd: io.cwd });
		// Without settings there are no languages to list: the problem report below says why.
		if (args.values.translations && result.trail) return reportTranslations(result.trail, result, args.options, io);
		if (args.options.json) io.stdout(`${JSON.stringify(result.problems, null, 2)}\n`);
		else io.stdout(formatReport(result.problems, { lang: args.options.lang, sources: result.sources, color: io.color, sites: result.siteFolders }));
		return result.ok ? EXIT.ok : EXIT.contentErrors;
	} catch (error) {
		return reportFailure(error, io);
	}
}

/** The translators' to-do list. Exit 0 however long it is: work left to do is not a mistake. */
function reportTranslations(trail: Trail, result: Validation, options: CommonOptions, io: Io): number {
	const todo = listTranslationsTodo(trail.sites, trail.settings.languages);
	io.stdout(options.json ? `${JSON.stringify(todo, null, 2)}\n` : formatTranslationsTodo(todo, options.lang, { incomplete: result.sites.length < result.siteFolders }));
	return EXIT.ok;
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2), nodeIo);
