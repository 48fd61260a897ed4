import { CROP_MARK_LENGTH_MM, CROP_MARK_OFFSET_MM, PLAQUE_SIZES } from '../plaque/sizes.ts';
import type { PlaqueSizeId, Settings } from '../schema/index.ts';
import { plaqueFilePath } from './print-paths.ts';

type ReadmeSettings = Pick<Settings, 'owner' | 'contact' | 'plaque'>;

/**
 * The print shop's instructions, Vietnamese first, then English. It travels inside the ZIP, so
 * it must make sense with no web page at hand: what each file is, the sizes, and how to print.
 * CRLF and a byte-order mark let an old Windows Notepad show the Vietnamese letters correctly.
 */
export function printReadme(settings: ReadmeSettings, codes: readonly string[], sizes: readonly PlaqueSizeId[]): string {
	const text = [...vietnamese(settings, codes, sizes), '', '-'.repeat(60), '', ...english(settings, codes, sizes)].join('\r\n');
	return `\uFEFF${text}\r\n`;
}

function sizeLines(sizes: readonly PlaqueSizeId[], lang: 'vi' | 'en', bleedMm: number): string[] {
	return sizes.map((id) => {
		const { label, widthMm, heightMm } = PLAQUE_SIZES[id];
		const page = `${widthMm + 2 * bleedMm} × ${heightMm + 2 * bleedMm} mm`;
		return lang === 'vi'
			? `  - ${id}/: ${label.vi}; thành phẩm ${widthMm} × ${heightMm} mm, kể cả lề xén ${page}.`
			: `  - ${id}/: ${label.en}; trim ${widthMm} × ${heightMm} mm, ${page} with bleed.`;
	});
}

function contactLine(settings: ReadmeSettings, lang: 'vi' | 'en'): string {
	const ways = [settings.contact?.email, settings.contact?.phone].filter(Boolean).join(', ');
	if (lang === 'vi') return `Liên hệ: ${settings.owner}${ways ? ` (${ways})` : ''}.`;
	return `Contact: ${settings.owner}${ways ? ` (${ways})` : ''}.`;
}

function vietnamese(settings: ReadmeSettings, codes: readonly string[], sizes: readonly PlaqueSizeId[]): string[] {
	const bleed = settings.plaque.bleedMm;
	const example = codes[0] ?? 'DH01';
	return [
		'BẢNG QR: HƯỚNG DẪN CHO NHÀ IN',
		'',
		`${codes.length} bảng: ${codes.join(', ')}. Khổ mặc định: ${PLAQUE_SIZES[settings.plaque.size].label.vi}.`,
		'',
		'Các tệp:',
		`  - <khổ>/<MÃ>.pdf: một bảng một trang, để in (ví dụ ${plaqueFilePath(example, 'pdf', sizes[0])}).`,
		'  - <khổ>/<MÃ>.svg: cùng bảng đó dạng vector, để sửa hoặc khắc.',
		'  - tat-ca-<khổ>.pdf ("tất cả"): mọi bảng của một khổ trong một PDF, mỗi bảng một trang.',
		'',
		'Các khổ:',
		...sizeLines(sizes, 'vi', bleed),
		'',
		'Cách in:',
		'  - In đúng 100%, không co giãn (tắt "Fit to page" / "Vừa trang").',
		`  - Lề xén (bleed) ${bleed} mm mỗi cạnh. Dấu cắt nằm ngoài lề xén, cách ${CROP_MARK_OFFSET_MM} mm, dài ${CROP_MARK_LENGTH_MM} mm; PDF có TrimBox và BleedBox.`,
		'  - Mã QR phải giữ màu đen thuần (chỉ mực K) trên nền trắng: không đổi màu, không in đảo màu, không phủ hoa văn.',
		'  - Bo góc hoặc khoan lỗ chỉ ở ngoài vùng an toàn, không chạm vào chữ hay mã QR.',
		'',
		'Vật liệu gợi ý:',
		'  - Tấm nhôm composite (alu) hoặc thép không gỉ (inox): in UV hoặc ăn mòn (khắc axit).',
		'  - Mica (acrylic): in mặt sau.',
		'  - Nhãn dán: decal vinyl, cán màng chống tia UV.',
		'  - Nên dùng bề mặt mờ (matte) để tránh lóa khi quét mã dưới nắng.',
		'',
		'In thử một bảng và quét mã bằng điện thoại trước khi in cả loạt.',
		contactLine(settings, 'vi'),
	];
}

function english(settings: ReadmeSettings, codes: readonly string[], sizes: readonly PlaqueSizeId[]): string[] {
	const bleed = settings.plaque.bleedMm;
	const example = codes[0] ?? 'DH01';
	return [
		'QR PLAQUES: NOTES FOR THE PRINT SHOP',
		'',
		`${codes.length} plaques: ${codes.join(', ')}. Default size: ${PLAQUE_SIZES[settings.plaque.size].label.en}.`,
		'',
		'Files:',
		`  - <size>/<CODE>.pdf: one plaque per page, for printing (e.g. ${plaqueFilePath(example, 'pdf', sizes[0])}).`,
		'  - <size>/<CODE>.svg: the same plaque as vectors, for editing or engraving.',
		'  - tat-ca-<size>.pdf ("all"): every plaque of one size in one PDF, one plaque per page.',
		'',
		'Sizes:',
		...sizeLines(sizes, 'en', bleed),
		'',
		'Printing:',
		'  - Print at 100%, do not scale (turn off "Fit to page").',
		`  - Bleed: ${bleed} mm on every side. Crop marks sit outside the bleed, ${CROP_MARK_OFFSET_MM} mm away, ${CROP_MARK_LENGTH_MM} mm long; the PDFs set TrimBox and BleedBox.`,
		'  - Keep the QR code pure black (K ink only) on white: no other colour, no inverting, no pattern over it.',
		'  - Round corners or drill holes only outside the safe margin, clear of the text and the QR code.',
		'',
		'Suggested materials:',
		'  - Aluminium composite panel or stainless steel: UV print or etched.',
		'  - Acrylic: reverse print (on the back).',
		'  - Stickers: vinyl with a UV laminate.',
		'  - A matte finish avoids glare when the code is scanned in sunlight.',
		'',
		'Print one plaque first and scan it with a phone before printing the batch.',
		contactLine(settings, 'en'),
	];
}
