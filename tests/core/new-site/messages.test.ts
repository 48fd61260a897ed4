import { describe, expect, test } from 'vitest';
import { NEW_REFUSALS, newSiteText, newTranslationText } from '../../../src/core/new-site/messages.ts';

describe('NEW_REFUSALS', () => {
	const samples: Record<keyof typeof NEW_REFUSALS, string> = {
		noName: NEW_REFUSALS.noName(),
		noSlug: NEW_REFUSALS.noSlug('潭河亭'),
		noSitesFolder: NEW_REFUSALS.noSitesFolder('content/sites/'),
		folderExists: NEW_REFUSALS.folderExists('content/sites/dinh-dam-ha/'),
		folderClaimed: NEW_REFUSALS.folderClaimed('mieu-co', 'content/retired.yaml'),
		translateArgs: NEW_REFUSALS.translateArgs(),
		settingsBroken: NEW_REFUSALS.settingsBroken(),
		langIsVi: NEW_REFUSALS.langIsVi(),
		langNotOffered: NEW_REFUSALS.langNotOffered('fr', ['en']),
		siteMissing: NEW_REFUSALS.siteMissing('dinh-dam-ah', 'content/sites/dinh-dam-ah/', 'dinh-dam-ha'),
		translationExists: NEW_REFUSALS.translationExists('content/sites/dinh-dam-ha/en.md'),
	};

	test.each(Object.entries(samples))('%s says it in Vietnamese, then in English', (_key, text) => {
		const [vi, en, ...rest] = text.split('\n');
		expect(rest).toEqual([]);
		expect(vi).toMatch(/[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/);
		expect(en).toMatch(/^(?:No|The|There|Give|vi\.md) /);
	});

	test('names the languages to choose from, or says to add one when there is none', () => {
		expect(NEW_REFUSALS.langNotOffered('fr', [])).toContain('trang chỉ có tiếng Việt');
		expect(samples.langNotOffered).toContain('Chọn một trong: en.');
	});
});

describe('newSiteText', () => {
	test('says what was created and the next steps, with an English line', () => {
		expect(newSiteText({ file: 'content/sites/dinh-tan-binh/vi.md', dir: 'content/sites/dinh-tan-binh/', code: undefined }, 'vi')).toMatchInlineSnapshot(`
			"Đã tạo content/sites/dinh-tan-binh/vi.md, chưa có mã bảng: hãy đặt mã ở trường "code".
			Việc tiếp theo:
			  1. Chép ảnh bìa (JPEG, PNG hoặc WebP) vào content/sites/dinh-tan-binh/.
			  2. Điền các trường có ghi "bắt buộc" trong vi.md và viết phần giới thiệu dưới mỗi tiêu đề.
			  3. Chạy npm run check rồi sửa theo thông báo cho đến khi không còn lỗi.
			Created content/sites/dinh-tan-binh/vi.md, without a plaque code: choose one in the "code" field. Next: copy a cover photo into the folder, fill in the required fields, then run npm run check.
			"
		`);
	});
});

describe('newTranslationText', () => {
	test('speaks English only with --lang en', () => {
		expect(newTranslationText({ file: 'content/sites/chua-sau/ko.md', lang: 'ko' }, 'en')).toMatchInlineSnapshot(`
			"Created the Korean translation content/sites/chua-sau/ko.md.
			Next: translate the title, the summary and the sections of vi.md, then run npm run check and fix until there is no error.
			"
		`);
	});
});
