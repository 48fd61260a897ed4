import { canonicalPathIn, formatReport, judgeLiveAnswer, liveTargets, validateContent, type LiveAnswer, type LiveVerdict } from '../src/core/index.ts';
import { parseCommonArgs } from './lib/args.ts';
import { httpGet } from './lib/http-get.ts';
import { EXIT, nodeIo, type Io } from './lib/io.ts';
import { reportFailure, reportUsage } from './lib/report.ts';

const USAGE = `Cách dùng / Usage: npm run verify-live -- [ĐỊA_CHỈ] [--content THƯ_MỤC] [--insecure] [--json]
  ĐỊA_CHỈ / URL   trang web cần kiểm tra / the site to check (mặc định / default: baseUrl của settings.yaml)
  --content DIR   thư mục nội dung / content folder (mặc định / default: $DITICHSO_CONTENT, content/)
  --insecure      chấp nhận chứng chỉ tự ký (máy thử) / accept a self-signed certificate (a staging server)
  --json          in kết quả dạng JSON / print the results as JSON
Hỏi máy chủ thật từng mã bảng đã in (content/printed.yaml), viết hoa và viết thường, và báo mã nào không mở đúng trang.
Asks the real host for every printed code (content/printed.yaml), in capitals and small letters, and reports any that does not open its page.
`;

/** The user agent of these requests, which `npm run scans` leaves out of the counts. */
export const USER_AGENT = 'ditichso-verify-live/1';
const MAX_REDIRECTS = 5;

interface Result {
	code: string;
	path: string;
	verdict: LiveVerdict;
}

/** Exit 0 when every printed code answers with its page, 1 when any does not. Run it after each deploy. */
export async function main(argv: string[], io: Io): Promise<number> {
	const args = parseCommonArgs(argv, io, { insecure: { type: 'boolean' } }, { positionals: true });
	if (!args.ok) return reportUsage(USAGE, args.error, io);
	if (args.options.help) return io.stdout(USAGE), EXIT.ok;
	if (args.positionals.length > 1) return reportUsage(USAGE, 'Chỉ kiểm tra một địa chỉ mỗi lần.\nCheck one address at a time.', io);
	try {
		const result = await validateContent({ contentDir: args.options.contentDir, cwd: io.cwd });
		if (!result.trail) {
			io.stdout(formatReport(result.problems, { lang: args.options.lang, sources: result.sources, color: io.color, sites: result.siteFolders }));
			return EXIT.contentErrors;
		}
		const origin = (args.positionals[0] ?? result.trail.settings.baseUrl).replace(/\/+$/, '');
		if (!/^https?:\/\/[^/]+$/i.test(origin)) return reportUsage(USAGE, `"${origin}" không phải địa chỉ trang web (https://…, không có đường dẫn).\n"${origin}" is not a site address (https://…, no path).`, io);
		const { targets, fromRegister } = liveTargets(result.trail);
		const results: Result[] = [];
		for (const target of targets) {
			for (const path of [target.path, target.path.toLowerCase()]) results.push({ code: target.code, path, verdict: judgeLiveAnswer(target, await ask(origin + path, Boolean(args.values.insecure))) });
		}
		io.stdout(args.options.json ? `${JSON.stringify(results, null, 2)}\n` : report(origin, results, fromRegister));
		return results.every((r) => r.verdict.ok) ? EXIT.ok : EXIT.contentErrors;
	} catch (error) {
		return reportFailure(error, io);
	}
}

/** Follows redirects by hand, so each hop is counted. */
async function ask(url: string, insecure: boolean): Promise<LiveAnswer> {
	const statuses: number[] = [];
	let at = url;
	try {
		for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
			const answer = await httpGet(at, { insecure, headers: { 'user-agent': USER_AGENT, 'accept-encoding': 'identity', accept: 'text/html' } });
			statuses.push(answer.status);
			const location = answer.headers['location'];
			if (answer.status < 300 || answer.status > 399 || !location) return { statuses, canonicalPath: canonicalPathIn(answer.text) };
			at = new URL(location, at).href;
		}
		return { statuses, canonicalPath: undefined };
	} catch (error) {
		return { statuses, canonicalPath: undefined, error: (error as Error).message };
	}
}

function report(origin: string, results: readonly Result[], fromRegister: boolean): string {
	const lines = results.map(({ path, verdict }) => (verdict.ok ? `  ✓ ${path}${verdict.redirects > 1 ? `  (${verdict.redirects} chuyển hướng / redirects)` : ''}` : `  ✗ ${path}  ${WHY[verdict.reason]}: ${verdict.detail}`));
	const failed = results.filter((r) => !r.verdict.ok);
	const source = fromRegister ? 'các mã trong sổ bảng đã in / the codes in the printed register' : 'sổ bảng đã in còn trống: kiểm tra mọi mã của tuyến / the printed register is empty: checking every code of the trail';
	const summary = failed.length
		? `${failed.length} địa chỉ không mở đúng trang: ${[...new Set(failed.map((r) => r.code))].join(', ')}. Bảng đã in với các mã này đang dẫn tới chỗ sai.\n${failed.length} addresses do not open their page: ${[...new Set(failed.map((r) => r.code))].join(', ')}. Plaques printed with these codes lead nowhere right now.`
		: `Mọi ${results.length} địa chỉ đều mở đúng trang. / All ${results.length} addresses open their page.`;
	return `${origin}: ${source}\n${lines.join('\n')}\n${summary}\n`;
}

const WHY: Record<Exclude<LiveVerdict, { ok: true }>['reason'], string> = {
	network: 'không kết nối được / could not connect',
	status: 'mã trả lời / status',
	'wrong-page': 'mở trang khác / opens another page',
};

if (import.meta.main) process.exitCode = await main(process.argv.slice(2), nodeIo);
