/**
 * What `npm run new` says. A refusal is always in both languages, like every usage message; what
 * was created and what to do next speaks the report language, Vietnamese with an English line.
 */
import { t } from '../../i18n/index.ts';
import type { TranslationLang } from './template.ts';

export type MessageLang = 'vi' | 'en';

const both = (vi: string, en: string) => `${vi}\n${en}`;

/** Why nothing was written; each names what was received and what to do instead. */
export const NEW_REFUSALS = {
	noName: () => both('Chưa có tên di tích. Hãy viết tên tiếng Việt, ví dụ: npm run new -- "Đình Tân Bình"', 'No site name given. Write the Vietnamese name, e.g. npm run new -- "Đình Tân Bình"'),
	noSlug: (name: string) => both(`Tên "${name}" không có chữ cái Latin hay chữ số nào để đặt tên thư mục. Hãy viết tên tiếng Việt của di tích.`, `The name "${name}" has no Latin letter or digit to name the folder with. Write the site's Vietnamese name.`),
	noSitesFolder: (dir: string) => both(`Không có thư mục ${dir}. Hãy chạy lệnh trong thư mục của dự án, hoặc chỉ đúng thư mục nội dung bằng --content.`, `There is no folder ${dir}. Run the command in the project folder, or name the content folder with --content.`),
	folderExists: (dir: string) => both(`Thư mục ${dir} đã có, nên không tạo gì và không ghi đè tệp nào. Hãy mở tệp trong thư mục đó để sửa, hoặc đặt tên khác cho di tích mới.`, `The folder ${dir} already exists, so nothing was created or overwritten. Open the file in that folder to edit it, or give the new site another name.`),
	folderClaimed: (folder: string, file: string) => both(`Tên thư mục ${folder} đã thuộc về ${file}: địa chỉ …/vi/${folder}/ đang dẫn tới đó. Hãy đặt tên khác cho di tích mới.`, `The folder name ${folder} already belongs to ${file}: the address …/vi/${folder}/ leads there. Give the new site another name.`),
	translateArgs: () => both('Cần tên thư mục của di tích và ngôn ngữ, ví dụ: npm run new -- --translate dinh-tan-binh en', 'Give the site folder and the language, e.g. npm run new -- --translate dinh-tan-binh en'),
	settingsBroken: () => both('Không đọc được danh sách ngôn ngữ trong settings.yaml. Hãy chạy npm run check để xem lỗi và sửa trước.', 'The languages in settings.yaml cannot be read. Run npm run check to see the problem and fix it first.'),
	langIsVi: () => both('vi.md là bản gốc tiếng Việt, không phải bản dịch. Hãy chọn ngôn ngữ của bản dịch, ví dụ en.', 'vi.md is the Vietnamese original, not a translation. Choose the language of the translation, e.g. en.'),
	langNotOffered: (lang: string, offered: readonly string[]) =>
		offered.length
			? both(`Ngôn ngữ "${lang}" không có trong languages của settings.yaml. Chọn một trong: ${offered.join(', ')}.`, `The language "${lang}" is not among the languages of settings.yaml. Choose one of: ${offered.join(', ')}.`)
			: both(`Ngôn ngữ "${lang}" không có trong languages của settings.yaml, và trang chỉ có tiếng Việt. Hãy thêm ngôn ngữ vào languages trước.`, `The language "${lang}" is not among the languages of settings.yaml, which offers Vietnamese only. Add the language there first.`),
	siteMissing: (name: string, dir: string, suggestion: string | undefined) =>
		both(
			`Không có di tích "${name}": không tìm thấy ${dir}vi.md.${suggestion ? ` Có phải ý bạn là ${suggestion}?` : ' Hãy viết tên thư mục của di tích trong content/sites/, ví dụ dinh-dam-ha.'}`,
			`There is no site "${name}": ${dir}vi.md was not found.${suggestion ? ` Did you mean ${suggestion}?` : ' Write the name of the site folder in content/sites/, e.g. dinh-dam-ha.'}`,
		),
	translationExists: (file: string) => both(`Bản dịch ${file} đã có, nên không ghi đè. Hãy mở tệp đó để sửa.`, `The translation ${file} already exists, so it was not overwritten. Open that file to edit it.`),
};

/** What was created and the three steps that follow, in `lang` (Vietnamese adds an English line). */
export function newSiteText(created: { file: string; dir: string; code: string | undefined }, lang: MessageLang): string {
	const { file, dir, code } = created;
	const en = [
		`Created ${file}${code ? `, plaque code ${code}` : ', without a plaque code: choose one in the "code" field'}.`,
		'Next:',
		`  1. Copy a cover photo (JPEG, PNG or WebP) into ${dir}.`,
		'  2. Fill in the fields of vi.md marked "bắt buộc" (required) and write the introduction under each heading.',
		'  3. Run npm run check and fix what it reports until there is no error.',
	];
	if (lang === 'en') return `${en.join('\n')}\n`;
	return `${[
		`Đã tạo ${file}${code ? `, mã bảng ${code}` : ', chưa có mã bảng: hãy đặt mã ở trường "code"'}.`,
		'Việc tiếp theo:',
		`  1. Chép ảnh bìa (JPEG, PNG hoặc WebP) vào ${dir}.`,
		'  2. Điền các trường có ghi "bắt buộc" trong vi.md và viết phần giới thiệu dưới mỗi tiêu đề.',
		'  3. Chạy npm run check rồi sửa theo thông báo cho đến khi không còn lỗi.',
		`${en[0]} Next: copy a cover photo into the folder, fill in the required fields, then run npm run check.`,
	].join('\n')}\n`;
}

/** What was created for a translation, and what to do next. */
export function newTranslationText(created: { file: string; lang: TranslationLang }, lang: MessageLang): string {
	const { file } = created;
	const en = `Created the ${t('en', `lang.${created.lang}`)} translation ${file}.`;
	if (lang === 'en') return `${en}\nNext: translate the title, the summary and the sections of vi.md, then run npm run check and fix until there is no error.\n`;
	return `${[
		`Đã tạo bản dịch ${t('vi', `lang.${created.lang}`)} ${file}.`,
		'Việc tiếp theo:',
		'  1. Dịch tên (title), tóm tắt (summary) và các mục của vi.md vào tệp này.',
		'  2. Chạy npm run check rồi sửa theo thông báo cho đến khi không còn lỗi.',
		`${en} Next: translate the title, the summary and the sections of vi.md, then run npm run check.`,
	].join('\n')}\n`;
}
