/**
 * The text of a new `vi.md` and of a new translation, for `npm run new`. Every field carries a
 * Vietnamese comment saying what to write, with an example, and whether it is required. Required
 * fields are written with an empty value, so `npm run check` names each one still to fill; optional
 * fields are comments, to be switched on by deleting the "# " in front.
 */
import { t } from '../../i18n/index.ts';
import { parseYaml } from '../content/front-matter.ts';
import { CATEGORIES, RANKINGS } from '../schema/site.ts';
import type { Lang } from '../schema/language.ts';
import { AUDIO_EXTENSIONS } from '../schema/audio.ts';

export type TranslationLang = Exclude<Lang, 'vi'>;

/** The usual sections of a relic introduction, in order, with their heading in each language. */
export const SECTION_TITLES: Record<Lang, readonly [string, string, string, string]> = {
	vi: ['Lịch sử', 'Kiến trúc', 'Lễ hội', 'Hướng dẫn tham quan'],
	en: ['History', 'Architecture', 'Festivals', 'Visiting'],
	zh: ['历史', '建筑', '节庆', '参观指南'],
	ko: ['역사', '건축', '축제', '관람 안내'],
};

const SECTION_HINTS = [
	'di tích có từ bao giờ, ai dựng, các lần trùng tu, những sự kiện và nhân vật gắn với di tích.',
	'bố cục các gian, vật liệu, hoa văn chạm khắc, hiện vật và câu đối đáng chú ý.',
	'lễ hội chính diễn ra ngày nào (âm lịch), có những nghi lễ và trò chơi gì. Không có lễ hội thì xóa mục này.',
	'đường đến, nơi gửi xe, giờ mở cửa, trang phục và những điều khách cần lưu ý.',
] as const;

const AUDIO_FORMATS = `${AUDIO_EXTENSIONS.slice(0, -1).map((e) => `.${e}`).join(', ')} hoặc .${AUDIO_EXTENSIONS.at(-1)}`;

export interface SiteTemplateInput {
	/** The Vietnamese name, as the editor typed it. */
	title: string;
	/** The next free plaque code, or undefined when the trail has none to follow. */
	code: string | undefined;
	/** Today, YYYY-MM-DD. */
	updated: string;
}

/** A new `vi.md`: the front matter to fill, then the four usual sections with a hint each. */
export function siteTemplate({ title, code, updated }: SiteTemplateInput): string {
	const choices = <T extends string>(values: readonly T[], label: (v: T) => string) => values.map((v) => `${v} (${label(v).toLowerCase()})`).join(', ');
	return `---
# Thông tin của di tích, mỗi dòng một trường, dạng "tên: giá trị".
# Dòng bắt đầu bằng dấu # là ghi chú, chương trình bỏ qua. Giữ nguyên thụt lề (hai dấu cách) ở các dòng con.
# Trường "bắt buộc": viết giá trị ngay sau dấu hai chấm. Trường "không bắt buộc" đang là ghi chú:
# muốn dùng thì xóa "# " ở đầu dòng của trường (và các dòng con), rồi sửa giá trị ví dụ.
# Điền xong thì chạy: npm run check

# Mã bảng (bắt buộc): in trên bảng QR. ${code ? 'Đã chọn sẵn mã tiếp theo chưa dùng.' : 'Hãy đặt một mã chưa dùng, ví dụ DH01.'} Đã in lên bảng thì không bao giờ đổi.
code:${code ? ` ${code}` : ''}
# Tên di tích (bắt buộc), đúng như sẽ in trên bảng. Ví dụ: Đình Tân Bình
title: ${yamlText(title)}
# Loại hình (bắt buộc), chọn một: ${choices(CATEGORIES, (c) => t('vi', `category.${c}`))}.
category:
# Loại hình ghi trong quyết định xếp hạng (không bắt buộc).
# legalType: Di tích lịch sử – văn hóa
# Địa chỉ đỏ (không bắt buộc): ghi true nếu là nơi giáo dục truyền thống cách mạng.
# redAddress: true
# Xếp hạng (bắt buộc), chọn một: ${choices(RANKINGS, (r) => t('vi', `ranking.${r}`))}.
ranking:
# Quyết định xếp hạng (không bắt buộc): số và ngày của quyết định.
# rankingDecision: QĐ số 123/QĐ-UBND ngày 01/02/2010
# Địa chỉ hiện nay (bắt buộc), không còn cấp huyện từ 1/7/2025. Ví dụ: Thôn Tân Bình, xã Đầm Hà, tỉnh Quảng Ninh
address:
# Địa chỉ trước ngày 1/7/2025 (không bắt buộc).
# addressFormer: Thôn Tân Bình, xã Tân Bình, huyện Đầm Hà, tỉnh Quảng Ninh
# Vị trí (bắt buộc): trên Google Maps, bấm giữ vào di tích rồi chép hai số hiện ra: số đầu là lat, số sau là lng.
location:
  # Vĩ độ (bắt buộc), số thập phân dùng dấu chấm. Ví dụ: 21.352
  lat:
  # Kinh độ (bắt buộc), số thập phân dùng dấu chấm. Ví dụ: 107.599
  lng:
  # Tọa độ tạm (không bắt buộc): ghi true khi chưa đo tại chỗ; bản đồ sẽ ghi là chưa chắc chắn.
  # placeholder: true
# Tóm tắt (bắt buộc): một hoặc hai câu, tối đa 200 ký tự, hiện ngay dưới tên di tích.
summary:
# Ảnh bìa (bắt buộc): chép ảnh (JPEG, PNG hoặc WebP) vào thư mục này.
cover:
  # Tên tệp ảnh (bắt buộc). Ví dụ: cong-dinh.jpg
  src:
  # Mô tả ảnh (bắt buộc): một câu tả những gì có trong ảnh, cho người không nhìn thấy ảnh. Ví dụ: Cổng đình nhìn từ sân, mái ngói đỏ.
  alt:
  # Nguồn ảnh (bắt buộc): người chụp hoặc nơi lấy ảnh. Ví dụ: Nguyễn Văn An
  credit:
# Ảnh khác (không bắt buộc): mỗi ảnh một mục bắt đầu bằng "- ", có src, alt, credit như ảnh bìa.
# photos:
#   - src: hau-cung.jpg
#     alt: Gian hậu cung với ban thờ sơn son thếp vàng.
#     credit: Nguyễn Văn An
# Tệp thuyết minh bằng tiếng Việt (không bắt buộc): tệp ${AUDIO_FORMATS} trong thư mục này.
# audio: thuyet-minh.mp3
# Thông tin tham quan (không bắt buộc): trường nào không biết thì bỏ đi.
# visiting:
#   hours: Hằng ngày, 7:00–17:00.
#   fee: Miễn phí.
#   dress: Quần áo lịch sự, kín vai và đầu gối.
#   notes: Chỉ thắp hương ở nơi quy định.
# Nguồn tư liệu (không bắt buộc): tài liệu đã dùng để viết bài, mỗi nguồn một mục, có thể thêm url.
# sources:
#   - title: Báo Quảng Ninh, "Lễ hội đình Tân Bình" (2023)
#     url: https://www.baoquangninh.vn/
# Thứ tự trên tuyến (không bắt buộc): 1 là điểm đầu tiên; bỏ trống thì xếp sau, theo tên.
# trail: 10
# Bảng in riêng (không bắt buộc): chỉ khi di tích này cần khổ bảng khác với settings.yaml.
# plaque:
#   size: a4
# Tên thư mục cũ (không bắt buộc): chỉ dùng khi đổi tên thư mục này sau khi trang đã công bố.
# formerFolders: [ten-thu-muc-cu]
# Ngày cập nhật (bắt buộc), năm-tháng-ngày. Sửa lại mỗi khi sửa nội dung: người dịch nhờ đó biết bản dịch nào cần sửa theo.
updated: ${updated}
# Nội dung mẫu (không bắt buộc): ghi true khi còn thông tin chưa kiểm chứng; trang sẽ báo cho khách.
# sample: true
---
${sections('vi', SECTION_HINTS.map((hint) => `Gợi ý: ${hint}`))}`;
}

export interface TranslationTemplateInput {
	lang: TranslationLang;
	/** Today, YYYY-MM-DD. */
	updated: string;
	/** The Vietnamese title and summary to translate, when vi.md passes the checks. */
	vi?: { title: string; summary: string } | undefined;
}

/** Example values of the `visiting` group, in the translation's language. */
const VISITING_EXAMPLES: Record<TranslationLang, { hours: string; fee: string; dress: string; notes: string }> = {
	en: { hours: 'Daily, 7:00–17:00.', fee: 'Free.', dress: 'Modest clothes covering shoulders and knees.', notes: 'Burn incense only where shown.' },
	zh: { hours: '每天 7:00–17:00。', fee: '免费。', dress: '衣着得体，遮盖肩膀和膝盖。', notes: '请只在指定地点上香。' },
	ko: { hours: '매일 7:00–17:00.', fee: '무료.', dress: '어깨와 무릎을 가리는 단정한 옷차림.', notes: '향은 정해진 곳에서만 피우십시오.' },
};

/** A new `en.md`, `zh.md` or `ko.md`: title and summary to translate, then the four sections in that language. */
export function translationTemplate({ lang, updated, vi }: TranslationTemplateInput): string {
	const language = t('vi', `lang.${lang}`);
	const visiting = VISITING_EXAMPLES[lang];
	return `---
# Bản dịch ${language} (${lang}) của vi.md trong cùng thư mục. Chỉ dịch tên, tóm tắt và phần giới thiệu;
# mã bảng, địa chỉ, tọa độ và ảnh lấy từ vi.md. Dòng bắt đầu bằng dấu # là ghi chú, chương trình bỏ qua.
# Trường "không bắt buộc" đang là ghi chú: muốn dùng thì xóa "# " ở đầu dòng. Dịch xong thì chạy: npm run check

# Tên di tích bằng ${language} (bắt buộc).${vi ? ` Tên tiếng Việt: ${oneLine(vi.title)}` : ''}
title:
# Tóm tắt bằng ${language} (bắt buộc), tối đa 200 ký tự.${vi ? ` Tóm tắt tiếng Việt: ${oneLine(vi.summary)}` : ''}
summary:
# Dịch máy (không bắt buộc): ghi true khi bản dịch do máy làm và chưa có người đọc lại; trang sẽ báo cho khách.
# machineTranslated: true
# Ngày cập nhật (không bắt buộc nhưng nên có), năm-tháng-ngày. Sửa lại mỗi khi dịch theo vi.md mới:
# nếu vi.md có ngày mới hơn, "npm run check -- --translations" sẽ nhắc dịch lại.
updated: ${updated}
# Tệp thuyết minh bằng ${language} (không bắt buộc): tệp ${AUDIO_FORMATS} trong thư mục này.
# audio: thuyet-minh-${lang}.mp3
# Thông tin tham quan bằng ${language} (không bắt buộc): dịch nhóm visiting của vi.md; không có thì trang dùng bản tiếng Việt.
# visiting:
#   hours: ${visiting.hours}
#   fee: ${visiting.fee}
#   dress: ${visiting.dress}
#   notes: ${visiting.notes}
---
${sections(lang, SECTION_TITLES.vi.map((title) => `Gợi ý: dịch mục "${title}" của vi.md. Không có mục này thì xóa đi.`))}`;
}

/** The four section headings of `lang`, each followed by its one-line hint in italics. */
function sections(lang: Lang, hints: readonly string[]): string {
	return SECTION_TITLES[lang].map((title, i) => `## ${title}\n\n_${hints[i] ?? ''}_\n`).join('\n');
}

/** `text` as a YAML value on one line: plain when it reads back unchanged, otherwise double-quoted. */
function yamlText(text: string): string {
	const data = parseYaml(`v: ${text}`).data as { v?: unknown } | undefined;
	return data?.v === text ? text : JSON.stringify(text);
}

function oneLine(text: string): string {
	return text.replace(/\s+/g, ' ').trim();
}
