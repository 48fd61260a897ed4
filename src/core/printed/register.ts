/**
 * Entries for `content/printed.yaml`, the register of plaques on walls. The command only ever
 * appends to it: what was printed stays printed, and Git keeps who added what.
 */
import type { Trail } from '../content/trail.ts';
import { codeToQrText } from '../links/short-url.ts';
import { sitePlaqueSize } from '../plaque/from-site.ts';
import type { PrintedPlaque } from '../schema/printed.ts';

export const PRINTED_REGISTER_FILE = 'printed.yaml';

/** The top of a new register: what it is, in the editors' language. */
export const PRINTED_REGISTER_HEADER = `# Sổ các bảng QR đã in (printed plaques register).
# Mỗi mục là một bảng đã in và gắn lên tường: mã bảng, địa chỉ trong mã QR, khổ bảng, ngày in
# và thư mục của di tích lúc in. Lệnh "npm run plaques -- --mark-printed DH01" thêm mục vào đây.
# Không xóa mục nào: khi xây dựng trang, chương trình kiểm tra rằng mọi bảng đã in vẫn dẫn tới
# một trang. Di tích thôi giới thiệu thì ghi vào retired.yaml, đừng xóa khỏi sổ này.
`;

export interface MarkPrintedPlan {
	entries: PrintedPlaque[];
	/** Codes no site of the trail has. */
	unknown: string[];
	/** Codes already in the register with this address and size: not written twice. */
	already: string[];
}

/** What `--mark-printed` would add for `codes` on `date` (YYYY-MM-DD). */
export function planMarkPrinted(trail: Trail, codes: readonly string[], date: string): MarkPrintedPlan {
	const plan: MarkPrintedPlan = { entries: [], unknown: [], already: [] };
	for (const code of [...new Set(codes.map((c) => c.trim().toUpperCase()))]) {
		const site = trail.sites.find((s) => s.data.code === code);
		if (!site) {
			plan.unknown.push(code);
			continue;
		}
		const entry = { code, url: codeToQrText(trail.settings.baseUrl, code), size: sitePlaqueSize(site, trail.settings).id, date, folder: site.slug };
		if (trail.printed.some(({ data }) => data.code === code && data.url === entry.url && data.size === entry.size)) plan.already.push(code);
		else plan.entries.push(entry);
	}
	return plan;
}

/** YAML list items, one block per entry, ready to append to the register. The code is quoted: YAML would read `0042` as a number. */
export function printedEntriesYaml(entries: readonly PrintedPlaque[]): string {
	return entries.map((e) => `- code: "${e.code}"\n  url: ${e.url}\n  size: ${e.size}\n  date: ${e.date}\n${e.folder ? `  folder: ${e.folder}\n` : ''}`).join('');
}

/** Today's date where the plaques hang (UTC+7), whatever the time zone of the machine. */
export function todayInVietnam(now: Date): string {
	return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}
