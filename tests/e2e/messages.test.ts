import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { main } from '../../scripts/check.ts';
import { captureIo } from '../helpers/io.ts';
import { replaceRoot } from '../helpers/replace-root.ts';
import { FIXTURE_TRAILS, trailCopy, type Edit } from '../helpers/trail-copy.ts';

// Issue #6, "Done when": for every kind of mistake an editor makes, the whole `npm run check`
// report is asserted in Vietnamese and in English: the place (file:line:column, the field and its
// Vietnamese label), what is wrong, how to fix it, the lines around it and the summary line.
// Each mistake is made in a copy of the minimal trail (tests/fixtures/trails/minimal/).

const MAU = 'sites/dinh-mau/vi.md';
const CAP = 'sites/den-cap/vi.md';
const MAU_VI = readFileSync(path.join(FIXTURE_TRAILS, 'minimal', MAU), 'utf8');

/** Replaces `from` with `to`, failing when `from` is gone, so a changed fixture cannot pass silently. */
function edit(from: string, to: string): (text: string) => string {
	return (text) => {
		if (!text.includes(from)) throw new Error(`The fixture no longer holds ${JSON.stringify(from)}.`);
		return text.replace(from, to);
	};
}

/** Several edits to one file, in turn. */
function all(...edits: Array<(text: string) => string>): Edit {
	return (text) => edits.reduce((t, e) => e(t), text);
}

/** Runs `npm run check -- --content content` (plus `--lang en`) in-process on an edited copy. */
async function checkReport(edits: Record<string, Edit>, lang: 'vi' | 'en'): Promise<{ code: number; out: string }> {
	const copy = await trailCopy('minimal', edits);
	const io = captureIo(copy.root);
	const code = await main(['--content', 'content', ...(lang === 'en' ? ['--lang', 'en'] : [])], io);
	expect(io.err()).toBe('');
	return { code, out: replaceRoot(io.out(), copy.root) };
}

/** The Vietnamese and the English report of one edited copy, each run checked for `exitCode`. */
async function reports(edits: Record<string, Edit>, exitCode: 0 | 1): Promise<{ vi: string; en: string }> {
	const [vi, en] = await Promise.all([checkReport(edits, 'vi'), checkReport(edits, 'en')]);
	expect([vi.code, en.code]).toEqual([exitCode, exitCode]);
	return { vi: vi.out, en: en.out };
}

describe('npm run check: one kind of mistake at a time', () => {
	test('a misspelt field name suggests the real one (issue #6)', async () => {
		const edits = { [MAU]: edit('\ntitle:', '\ntittle:') };
		const { vi, en } = await reports(edits, 1);
		expect(vi).toMatchInlineSnapshot(`
			"Lỗi · content/sites/dinh-mau/vi.md:3:1 · dòng 3, trường "tittle"
			  Không có trường nào tên "tittle".
			  Cách sửa: Có phải ý bạn là "title"? Hãy sửa tên trường thành title.
			    2 | code: TE01
			  > 3 | tittle: Đình Mẫu
			      | ^
			    4 | category: historic

			1 lỗi, 0 cảnh báo trong 2 di tích. Chưa ghi tệp nào vào dist/.
			"
		`);
		expect(en).toMatchInlineSnapshot(`
			"Error · content/sites/dinh-mau/vi.md:3:1 · line 3, field "tittle"
			  There is no field called "tittle".
			  How to fix: Did you mean "title"? Rename the field to title.
			    2 | code: TE01
			  > 3 | tittle: Đình Mẫu
			      | ^
			    4 | category: historic

			1 error, 0 warnings in 2 sites. Nothing was written to dist/.
			"
		`);
	});

	test('two swapped letters in a field name suggest the real one (issue #6)', async () => {
		const edits = { [MAU]: edit('\ncode:', '\ncdoe:') };
		const { vi, en } = await reports(edits, 1);
		expect(vi).toMatchInlineSnapshot(`
			"Lỗi · content/sites/dinh-mau/vi.md:2:1 · dòng 2, trường "cdoe"
			  Không có trường nào tên "cdoe".
			  Cách sửa: Có phải ý bạn là "code"? Hãy sửa tên trường thành code.
			    1 | ---
			  > 2 | cdoe: TE01
			      | ^
			    3 | title: Đình Mẫu

			1 lỗi, 0 cảnh báo trong 2 di tích. Chưa ghi tệp nào vào dist/.
			"
		`);
		expect(en).toMatchInlineSnapshot(`
			"Error · content/sites/dinh-mau/vi.md:2:1 · line 2, field "cdoe"
			  There is no field called "cdoe".
			  How to fix: Did you mean "code"? Rename the field to code.
			    1 | ---
			  > 2 | cdoe: TE01
			      | ^
			    3 | title: Đình Mẫu

			1 error, 0 warnings in 2 sites. Nothing was written to dist/.
			"
		`);
	});

	test('a missing required field is named (issue #6)', async () => {
		const edits = { [MAU]: edit('address: Thôn Một, xã Thử Nghiệm, tỉnh Quảng Ninh\n', '') };
		const { vi, en } = await reports(edits, 1);
		expect(vi).toMatchInlineSnapshot(`
			"Lỗi · content/sites/dinh-mau/vi.md:2:1 · dòng 2, trường "address" (địa chỉ)
			  Thiếu trường "address". Trường này là bắt buộc.
			  Cách sửa: Hãy thêm một dòng "address: …" với giá trị phù hợp.
			    1 | ---
			  > 2 | code: TE01
			      | ^
			    3 | title: Đình Mẫu

			1 lỗi, 0 cảnh báo trong 2 di tích. Chưa ghi tệp nào vào dist/.
			"
		`);
		expect(en).toMatchInlineSnapshot(`
			"Error · content/sites/dinh-mau/vi.md:2:1 · line 2, field "address"
			  The field "address" is missing. It is required.
			  How to fix: Add a line "address: …" with a suitable value.
			    1 | ---
			  > 2 | code: TE01
			      | ^
			    3 | title: Đình Mẫu

			1 error, 0 warnings in 2 sites. Nothing was written to dist/.
			"
		`);
	});

	test('a number written in quotes is the wrong kind of value (issue #6)', async () => {
		const edits = { [MAU]: edit('lat: 21.352', 'lat: "21.35"') };
		const { vi, en } = await reports(edits, 1);
		expect(vi).toMatchInlineSnapshot(`
			"Lỗi · content/sites/dinh-mau/vi.md:8:8 · dòng 8, trường "location.lat" (vĩ độ)
			  Giá trị "21.35" không đúng kiểu. Trường này cần số.
			  Cách sửa: Hãy viết một số, dùng dấu chấm cho phần thập phân, không đặt trong ngoặc kép. Số thập phân, dùng dấu chấm, ví dụ 21.352.
			    7 | location:
			  > 8 |   lat: "21.35"
			      |        ^
			    9 |   lng: 107.599

			1 lỗi, 0 cảnh báo trong 2 di tích. Chưa ghi tệp nào vào dist/.
			"
		`);
		expect(en).toMatchInlineSnapshot(`
			"Error · content/sites/dinh-mau/vi.md:8:8 · line 8, field "location.lat" (latitude)
			  The value "21.35" is of the wrong kind. This field needs a number.
			  How to fix: Write a number, with a dot for decimals and without quotes. A decimal number with a dot, e.g. 21.352.
			    7 | location:
			  > 8 |   lat: "21.35"
			      |        ^
			    9 |   lng: 107.599

			1 error, 0 warnings in 2 sites. Nothing was written to dist/.
			"
		`);
	});

	test('a decimal comma in a coordinate asks for a decimal point (issue #6)', async () => {
		const edits = { [MAU]: edit('lng: 107.599', 'lng: 107,599') };
		const { vi, en } = await reports(edits, 1);
		expect(vi).toMatchInlineSnapshot(`
			"Lỗi · content/sites/dinh-mau/vi.md:9:8 · dòng 9, trường "location.lng" (kinh độ)
			  Số 107,599 được viết với dấu phẩy. Trong tệp này, phần thập phân phải đặt sau dấu chấm.
			  Cách sửa: Hãy viết: lng: 107.599
			     8 |   lat: 21.352
			  >  9 |   lng: 107,599
			       |        ^
			    10 | summary: Ngôi đình dùng để thử nghiệm.

			1 lỗi, 0 cảnh báo trong 2 di tích. Chưa ghi tệp nào vào dist/.
			"
		`);
		expect(en).toMatchInlineSnapshot(`
			"Error · content/sites/dinh-mau/vi.md:9:8 · line 9, field "location.lng" (longitude)
			  The number 107,599 is written with a comma. In this file, decimals are written after a dot.
			  How to fix: Write: lng: 107.599
			     8 |   lat: 21.352
			  >  9 |   lng: 107,599
			       |        ^
			    10 | summary: Ngôi đình dùng để thử nghiệm.

			1 error, 0 warnings in 2 sites. Nothing was written to dist/.
			"
		`);
	});

	test('swapped latitude and longitude get the corrected lines (issue #6)', async () => {
		const edits = { [MAU]: edit('lat: 21.352\n  lng: 107.599', 'lat: 107.599\n  lng: 21.352') };
		const { vi, en } = await reports(edits, 1);
		expect(vi).toMatchInlineSnapshot(`
			"Lỗi · content/sites/dinh-mau/vi.md:8:8 · dòng 8, trường "location.lat" (vĩ độ)
			  Vĩ độ 107.599 và kinh độ 21.352 nằm ngoài Việt Nam.
			  Cách sửa: Có vẻ vĩ độ và kinh độ bị đổi chỗ cho nhau. Hãy thử:
			      lat: 21.352
			      lng: 107.599
			    7 | location:
			  > 8 |   lat: 107.599
			      |        ^
			    9 |   lng: 21.352

			1 lỗi, 0 cảnh báo trong 2 di tích. Chưa ghi tệp nào vào dist/.
			"
		`);
		expect(en).toMatchInlineSnapshot(`
			"Error · content/sites/dinh-mau/vi.md:8:8 · line 8, field "location.lat" (latitude)
			  Latitude 107.599 and longitude 21.352 are outside Vietnam.
			  How to fix: Latitude and longitude look swapped. Try:
			      lat: 21.352
			      lng: 107.599
			    7 | location:
			  > 8 |   lat: 107.599
			      |        ^
			    9 |   lng: 21.352

			1 error, 0 warnings in 2 sites. Nothing was written to dist/.
			"
		`);
	});

	test('a longitude outside Vietnam gives the allowed range (issue #6)', async () => {
		const edits = { [MAU]: edit('lng: 107.599', 'lng: 10.7599') };
		const { vi, en } = await reports(edits, 1);
		expect(vi).toMatchInlineSnapshot(`
			"Lỗi · content/sites/dinh-mau/vi.md:9:8 · dòng 9, trường "location.lng" (kinh độ)
			  Kinh độ 10.7599 nằm ngoài Việt Nam: kinh độ phải từ 102 đến 110.
			  Cách sửa: Hãy lấy lại tọa độ trên bản đồ: số thứ hai Google Maps hiện ra là kinh độ (lng).
			     8 |   lat: 21.352
			  >  9 |   lng: 10.7599
			       |        ^
			    10 | summary: Ngôi đình dùng để thử nghiệm.

			1 lỗi, 0 cảnh báo trong 2 di tích. Chưa ghi tệp nào vào dist/.
			"
		`);
		expect(en).toMatchInlineSnapshot(`
			"Error · content/sites/dinh-mau/vi.md:9:8 · line 9, field "location.lng" (longitude)
			  Longitude 10.7599 is outside Vietnam: it must be between 102 and 110.
			  How to fix: Take the coordinates from the map again: the second number Google Maps shows is the longitude (lng).
			     8 |   lat: 21.352
			  >  9 |   lng: 10.7599
			       |        ^
			    10 | summary: Ngôi đình dùng để thử nghiệm.

			1 error, 0 warnings in 2 sites. Nothing was written to dist/.
			"
		`);
	});

	test('a misspelt choice lists the choices and suggests the closest (issue #6)', async () => {
		const edits = { [MAU]: edit('category: historic', 'category: histroic') };
		const { vi, en } = await reports(edits, 1);
		expect(vi).toMatchInlineSnapshot(`
			"Lỗi · content/sites/dinh-mau/vi.md:4:11 · dòng 4, trường "category" (loại hình)
			  Giá trị "histroic" không nằm trong danh sách cho phép: historic, architecture, archaeology, scenic, mixed, tourism.
			  Cách sửa: Có phải ý bạn là "historic"? Hãy sửa thành historic.
			    3 | title: Đình Mẫu
			  > 4 | category: histroic
			      |           ^
			    5 | ranking: provincial

			1 lỗi, 0 cảnh báo trong 2 di tích. Chưa ghi tệp nào vào dist/.
			"
		`);
		expect(en).toMatchInlineSnapshot(`
			"Error · content/sites/dinh-mau/vi.md:4:11 · line 4, field "category"
			  The value "histroic" is not one of the allowed values: historic, architecture, archaeology, scenic, mixed, tourism.
			  How to fix: Did you mean "historic"? Change it to historic.
			    3 | title: Đình Mẫu
			  > 4 | category: histroic
			      |           ^
			    5 | ranking: provincial

			1 error, 0 warnings in 2 sites. Nothing was written to dist/.
			"
		`);
	});

	test('a ranking written in Vietnamese lists the choices (issue #6)', async () => {
		const edits = { [MAU]: edit('ranking: provincial', 'ranking: cấp tỉnh') };
		const { vi, en } = await reports(edits, 1);
		expect(vi).toMatchInlineSnapshot(`
			"Lỗi · content/sites/dinh-mau/vi.md:5:10 · dòng 5, trường "ranking" (xếp hạng)
			  Giá trị "cấp tỉnh" không nằm trong danh sách cho phép: special-national, national, provincial, inventoried, unranked.
			  Cách sửa: Hãy chọn một giá trị trong danh sách trên.
			    4 | category: historic
			  > 5 | ranking: cấp tỉnh
			      |          ^
			    6 | address: Thôn Một, xã Thử Nghiệm, tỉnh Quảng Ninh

			1 lỗi, 0 cảnh báo trong 2 di tích. Chưa ghi tệp nào vào dist/.
			"
		`);
		expect(en).toMatchInlineSnapshot(`
			"Error · content/sites/dinh-mau/vi.md:5:10 · line 5, field "ranking"
			  The value "cấp tỉnh" is not one of the allowed values: special-national, national, provincial, inventoried, unranked.
			  How to fix: Choose one of the values above.
			    4 | category: historic
			  > 5 | ranking: cấp tỉnh
			      |          ^
			    6 | address: Thôn Một, xã Thử Nghiệm, tỉnh Quảng Ninh

			1 error, 0 warnings in 2 sites. Nothing was written to dist/.
			"
		`);
	});

	test('a plaque code in small letters with a space gets the code in capitals (issue #6)', async () => {
		const edits = { [MAU]: edit('code: TE01', 'code: dh 01') };
		const { vi, en } = await reports(edits, 1);
		expect(vi).toMatchInlineSnapshot(`
			"Lỗi · content/sites/dinh-mau/vi.md:2:7 · dòng 2, trường "code" (mã bảng)
			  Mã bảng "dh 01" không hợp lệ. Mã bảng gồm 2 đến 8 chữ in hoa (A–Z) hoặc chữ số, không dấu, không khoảng trắng.
			  Cách sửa: Hãy viết: code: DH01
			    1 | ---
			  > 2 | code: dh 01
			      |       ^
			    3 | title: Đình Mẫu

			1 lỗi, 0 cảnh báo trong 2 di tích. Chưa ghi tệp nào vào dist/.
			"
		`);
		expect(en).toMatchInlineSnapshot(`
			"Error · content/sites/dinh-mau/vi.md:2:7 · line 2, field "code" (plaque code)
			  The plaque code "dh 01" is not valid. A plaque code has 2 to 8 capital letters (A–Z) or digits, with no accents and no spaces.
			  How to fix: Write: code: DH01
			    1 | ---
			  > 2 | code: dh 01
			      |       ^
			    3 | title: Đình Mẫu

			1 error, 0 warnings in 2 sites. Nothing was written to dist/.
			"
		`);
	});

	test('a plaque code used by two sites names the other file and line (issue #6)', async () => {
		const edits = { [CAP]: edit('code: TE02', 'code: TE01') };
		const { vi, en } = await reports(edits, 1);
		expect(vi).toMatchInlineSnapshot(`
			"Lỗi · content/sites/dinh-mau/vi.md:2:7 · dòng 2, trường "code" (mã bảng)
			  Mã bảng "TE01" đã được dùng ở content/sites/den-cap/vi.md (dòng 2). Mỗi di tích cần một mã riêng; mã đã in trên bảng thì không được đổi.
			  Cách sửa: Hãy đặt cho di tích chưa in bảng một mã mới chưa dùng.
			    1 | ---
			  > 2 | code: TE01
			      |       ^
			    3 | title: Đình Mẫu

			1 lỗi, 0 cảnh báo trong 2 di tích. Chưa ghi tệp nào vào dist/.
			"
		`);
		expect(en).toMatchInlineSnapshot(`
			"Error · content/sites/dinh-mau/vi.md:2:7 · line 2, field "code" (plaque code)
			  Plaque code "TE01" is already used in content/sites/den-cap/vi.md (line 2). Each site needs its own code; a code that has been printed must never change.
			  How to fix: Give the site whose plaque is not printed yet a new, unused code.
			    1 | ---
			  > 2 | code: TE01
			      |       ^
			    3 | title: Đình Mẫu

			1 error, 0 warnings in 2 sites. Nothing was written to dist/.
			"
		`);
	});

	test('a date written day/month/year asks for year-month-day (issue #6)', async () => {
		const edits = { [MAU]: edit('updated: 2025-07-01', 'updated: 01/07/2025') };
		const { vi, en } = await reports(edits, 1);
		expect(vi).toMatchInlineSnapshot(`
			"Lỗi · content/sites/dinh-mau/vi.md:16:10 · dòng 16, trường "updated" (ngày cập nhật)
			  Ngày 01/07/2025 không hợp lệ. Ngày viết theo dạng năm-tháng-ngày.
			  Cách sửa: Hãy viết ví dụ: 2025-07-01 (ngày 1 tháng 7 năm 2025). Viết theo dạng năm-tháng-ngày, ví dụ 2025-07-01.
			    15 | trail: 1
			  > 16 | updated: 01/07/2025
			       |          ^
			    17 | ---

			1 lỗi, 0 cảnh báo trong 2 di tích. Chưa ghi tệp nào vào dist/.
			"
		`);
		expect(en).toMatchInlineSnapshot(`
			"Error · content/sites/dinh-mau/vi.md:16:10 · line 16, field "updated" (date updated)
			  The date 01/07/2025 is not valid. Dates are written year-month-day.
			  How to fix: Write for example: 2025-07-01 (1 July 2025). Written as year-month-day, e.g. 2025-07-01.
			    15 | trail: 1
			  > 16 | updated: 01/07/2025
			       |          ^
			    17 | ---

			1 error, 0 warnings in 2 sites. Nothing was written to dist/.
			"
		`);
	});

	test('a summary over 200 characters says by how much (issue #6)', async () => {
		// 241 characters (counted as letters, not bytes): 41 too many.
		const long = 'Ngôi đình cổ của làng Mẫu, dựng năm 1900 bên bờ sông, thờ Thành hoàng làng và các vị có công lập làng; đình được xếp hạng di tích cấp tỉnh, mỗi năm mở hội vào rằm tháng Giêng với lễ rước kiệu, hát chèo và nhiều trò chơi dân gian của cả vùng.';
		expect([...long].length).toBe(241);
		const edits = { [MAU]: edit('summary: Ngôi đình dùng để thử nghiệm.', `summary: ${long}`) };
		const { vi, en } = await reports(edits, 1);
		expect(vi).toMatchInlineSnapshot(`
			"Lỗi · content/sites/dinh-mau/vi.md:10:10 · dòng 10, trường "summary" (tóm tắt)
			  Phần tóm tắt dài 241 ký tự; tối đa là 200.
			  Cách sửa: Hãy rút gọn khoảng 41 ký tự.
			     9 |   lng: 107.599
			  > 10 | summary: Ngôi đình cổ của làng Mẫu, dựng năm 1900 bên bờ sông, thờ Thành hoàng làng và các vị có công lập làng; đình được xếp hạng di tích cấp tỉnh, mỗi năm mở hội vào rằm tháng Giêng với lễ rước kiệu, hát chèo và nhiều trò chơi dân gian của cả vùng.
			       |          ^
			    11 | cover:

			1 lỗi, 0 cảnh báo trong 2 di tích. Chưa ghi tệp nào vào dist/.
			"
		`);
		expect(en).toMatchInlineSnapshot(`
			"Error · content/sites/dinh-mau/vi.md:10:10 · line 10, field "summary"
			  The summary is 241 characters long; the limit is 200.
			  How to fix: Shorten it by about 41 characters.
			     9 |   lng: 107.599
			  > 10 | summary: Ngôi đình cổ của làng Mẫu, dựng năm 1900 bên bờ sông, thờ Thành hoàng làng và các vị có công lập làng; đình được xếp hạng di tích cấp tỉnh, mỗi năm mở hội vào rằm tháng Giêng với lễ rước kiệu, hát chèo và nhiều trò chơi dân gian của cả vùng.
			       |          ^
			    11 | cover:

			1 error, 0 warnings in 2 sites. Nothing was written to dist/.
			"
		`);
	});

	test('front matter without its closing line is pointed at (issue #6)', async () => {
		const edits = { [MAU]: edit('updated: 2025-07-01\n---\n', 'updated: 2025-07-01\n') };
		const { vi, en } = await reports(edits, 1);
		expect(vi).toMatchInlineSnapshot(`
			"Lỗi · content/sites/dinh-mau/vi.md:1:1 · dòng 1
			  Phần thông tin mở bằng dòng "---" nhưng không có dòng "---" đóng lại.
			  Cách sửa: Hãy thêm một dòng chỉ có "---" sau trường thông tin cuối cùng.
			  > 1 | ---
			      | ^
			    2 | code: TE01

			1 lỗi, 0 cảnh báo trong 2 di tích. Chưa ghi tệp nào vào dist/.
			"
		`);
		expect(en).toMatchInlineSnapshot(`
			"Error · content/sites/dinh-mau/vi.md:1:1 · line 1
			  The information block opens with a "---" line but no "---" line closes it.
			  How to fix: Add a line with only "---" after the last field.
			  > 1 | ---
			      | ^
			    2 | code: TE01

			1 error, 0 warnings in 2 sites. Nothing was written to dist/.
			"
		`);
	});

	test('a tab used for indentation points at the line (issue #6)', async () => {
		const edits = { [MAU]: edit('\n  lat: 21.352', '\n\tlat: 21.352') };
		const { vi, en } = await reports(edits, 1);
		expect(vi).toMatchInlineSnapshot(`
			"Lỗi · content/sites/dinh-mau/vi.md:8:1 · dòng 8
			  Phần thông tin ở đầu tệp viết chưa đúng cách, nên không đọc được.
			  Cách sửa: Hãy kiểm tra dòng này: mỗi trường viết "tên: giá trị", các trường con lùi vào đều nhau bằng dấu cách (không dùng phím Tab), dấu ngoặc mở thì phải đóng.
			    7 | location:
			  > 8 | 	lat: 21.352
			      | ^
			    9 |   lng: 107.599

			1 lỗi, 0 cảnh báo trong 2 di tích. Chưa ghi tệp nào vào dist/.
			"
		`);
		expect(en).toMatchInlineSnapshot(`
			"Error · content/sites/dinh-mau/vi.md:8:1 · line 8
			  The information block at the top of the file is not written correctly, so it cannot be read.
			  How to fix: Check this line: each field is written "name: value", sub-fields are indented evenly with spaces (not Tab), and every bracket that opens also closes.
			    7 | location:
			  > 8 | 	lat: 21.352
			      | ^
			    9 |   lng: 107.599

			1 error, 0 warnings in 2 sites. Nothing was written to dist/.
			"
		`);
	});

	test('a field written twice points at the second one (issue #6)', async () => {
		const edits = { [MAU]: edit('trail: 1\n', 'trail: 1\ntitle: Đình Mẫu (mới)\n') };
		const { vi, en } = await reports(edits, 1);
		expect(vi).toMatchInlineSnapshot(`
			"Lỗi · content/sites/dinh-mau/vi.md:16:1 · dòng 16, trường "title" (tên di tích)
			  Trường "title" được viết hai lần.
			  Cách sửa: Hãy giữ một lần và xóa dòng còn lại.
			    15 | trail: 1
			  > 16 | title: Đình Mẫu (mới)
			       | ^
			    17 | updated: 2025-07-01

			1 lỗi, 0 cảnh báo trong 2 di tích. Chưa ghi tệp nào vào dist/.
			"
		`);
		expect(en).toMatchInlineSnapshot(`
			"Error · content/sites/dinh-mau/vi.md:16:1 · line 16, field "title"
			  The field "title" is written twice.
			  How to fix: Keep one and delete the other line.
			    15 | trail: 1
			  > 16 | title: Đình Mẫu (mới)
			       | ^
			    17 | updated: 2025-07-01

			1 error, 0 warnings in 2 sites. Nothing was written to dist/.
			"
		`);
	});

	test('a photo name in the wrong case is a missing photo (issue #6)', async () => {
		const edits = { [MAU]: edit('src: cover.jpg', 'src: Cover.JPG') };
		const { vi, en } = await reports(edits, 1);
		expect(vi).toMatchInlineSnapshot(`
			"Lỗi · content/sites/dinh-mau/vi.md:12:8 · dòng 12, trường "cover.src" (tệp ảnh)
			  Không tìm thấy ảnh "Cover.JPG" trong thư mục content/sites/dinh-mau/.
			  Cách sửa: Hãy kiểm tra tên tệp (chữ hoa và chữ thường là khác nhau) hoặc chép ảnh vào thư mục này.
			    11 | cover:
			  > 12 |   src: Cover.JPG
			       |        ^
			    13 |   alt: Ảnh thử nghiệm có nền màu đỏ.

			1 lỗi, 0 cảnh báo trong 2 di tích. Chưa ghi tệp nào vào dist/.
			"
		`);
		expect(en).toMatchInlineSnapshot(`
			"Error · content/sites/dinh-mau/vi.md:12:8 · line 12, field "cover.src" (photo file)
			  The photo "Cover.JPG" is not in content/sites/dinh-mau/.
			  How to fix: Check the file name (upper and lower case differ) or copy the photo into this folder.
			    11 | cover:
			  > 12 |   src: Cover.JPG
			       |        ^
			    13 |   alt: Ảnh thử nghiệm có nền màu đỏ.

			1 error, 0 warnings in 2 sites. Nothing was written to dist/.
			"
		`);
	});

	test('a photo outside the site folder is refused (issue #6)', async () => {
		const edits = { [MAU]: edit('src: cover.jpg', 'src: ../../secret.jpg') };
		const { vi, en } = await reports(edits, 1);
		expect(vi).toMatchInlineSnapshot(`
			"Lỗi · content/sites/dinh-mau/vi.md:12:8 · dòng 12, trường "cover.src" (tệp ảnh)
			  Ảnh "../../secret.jpg" nằm ngoài thư mục content/sites/dinh-mau/. Ảnh của một di tích phải nằm ngay trong thư mục của di tích đó.
			  Cách sửa: Hãy chép ảnh vào thư mục của di tích và chỉ ghi tên tệp, ví dụ cover.jpg.
			    11 | cover:
			  > 12 |   src: ../../secret.jpg
			       |        ^
			    13 |   alt: Ảnh thử nghiệm có nền màu đỏ.

			1 lỗi, 0 cảnh báo trong 2 di tích. Chưa ghi tệp nào vào dist/.
			"
		`);
		expect(en).toMatchInlineSnapshot(`
			"Error · content/sites/dinh-mau/vi.md:12:8 · line 12, field "cover.src" (photo file)
			  The photo "../../secret.jpg" is outside content/sites/dinh-mau/. A site's photos must be inside that site's own folder.
			  How to fix: Copy the photo into the site's folder and write only its file name, e.g. cover.jpg.
			    11 | cover:
			  > 12 |   src: ../../secret.jpg
			       |        ^
			    13 |   alt: Ảnh thử nghiệm có nền màu đỏ.

			1 error, 0 warnings in 2 sites. Nothing was written to dist/.
			"
		`);
	});

	test('a cover photo without alt text asks for a description (issue #6)', async () => {
		const edits = { [MAU]: edit('  alt: Ảnh thử nghiệm có nền màu đỏ.\n', '') };
		const { vi, en } = await reports(edits, 1);
		expect(vi).toMatchInlineSnapshot(`
			"Lỗi · content/sites/dinh-mau/vi.md:12:3 · dòng 12, trường "cover.alt" (mô tả ảnh (alt))
			  Ảnh bìa chưa có mô tả (alt).
			  Cách sửa: Hãy viết một câu ngắn tả những gì có trong ảnh, cho người không nhìn thấy ảnh.
			    11 | cover:
			  > 12 |   src: cover.jpg
			       |   ^
			    13 |   credit: Ảnh minh họa

			1 lỗi, 0 cảnh báo trong 2 di tích. Chưa ghi tệp nào vào dist/.
			"
		`);
		expect(en).toMatchInlineSnapshot(`
			"Error · content/sites/dinh-mau/vi.md:12:3 · line 12, field "cover.alt" (alt text)
			  The cover photo has no description (alt).
			  How to fix: Write one short sentence saying what the photo shows, for people who cannot see it.
			    11 | cover:
			  > 12 |   src: cover.jpg
			       |   ^
			    13 |   credit: Ảnh minh họa

			1 error, 0 warnings in 2 sites. Nothing was written to dist/.
			"
		`);
	});

	test('a javascript: link in the text is a warning, and the run still exits 0 (issue #6)', async () => {
		const edits = { [MAU]: edit('Dựng năm 1900.', 'Dựng năm 1900. Xem [bản đồ](javascript:alert(1)).') };
		const { vi, en } = await reports(edits, 0);
		expect(vi).toMatchInlineSnapshot(`
			"Cảnh báo · content/sites/dinh-mau/vi.md:22 · dòng 22
			  Liên kết "javascript:alert(1)" không an toàn nên đã bị bỏ đi. Chỉ dùng liên kết bắt đầu bằng https://, http://, mailto: hoặc tel:.
			  Cách sửa: Hãy thay bằng một địa chỉ https:// hoặc xóa liên kết.
			    21 | 
			  > 22 | Dựng năm 1900. Xem [bản đồ](javascript:alert(1)).
			    23 | 

			0 lỗi, 1 cảnh báo trong 2 di tích.
			"
		`);
		expect(en).toMatchInlineSnapshot(`
			"Warning · content/sites/dinh-mau/vi.md:22 · line 22
			  The link "javascript:alert(1)" is unsafe and was removed. Only links starting with https://, http://, mailto: or tel: are kept.
			  How to fix: Replace it with an https:// address or remove the link.
			    21 | 
			  > 22 | Dựng năm 1900. Xem [bản đồ](javascript:alert(1)).
			    23 | 

			0 errors, 1 warning in 2 sites.
			"
		`);
	});

	test('a translation in a folder without vi.md names the folder (issue #6)', async () => {
		const edits = { [CAP]: null, 'sites/den-cap/en.md': '---\ntitle: Cap Temple\nsummary: A temple used for testing.\n---\nA test temple.\n' };
		const { vi, en } = await reports(edits, 1);
		expect(vi).toMatchInlineSnapshot(`
			"Lỗi · content/sites/den-cap/en.md
			  Thư mục content/sites/den-cap/ có bản dịch en.md nhưng chưa có vi.md. Mỗi di tích cần vi.md trước; bản dịch chỉ chứa title, summary và nội dung.
			  Cách sửa: Hãy tạo vi.md trong thư mục này, hoặc chuyển bản dịch vào đúng thư mục của di tích.

			1 lỗi, 0 cảnh báo trong 2 di tích. Chưa ghi tệp nào vào dist/.
			"
		`);
		expect(en).toMatchInlineSnapshot(`
			"Error · content/sites/den-cap/en.md
			  content/sites/den-cap/ has a translation en.md but no vi.md. Every site needs vi.md first; a translation holds only title, summary and the text.
			  How to fix: Create vi.md in this folder, or move the translation into the right site folder.

			1 error, 0 warnings in 2 sites. Nothing was written to dist/.
			"
		`);
	});

	test('Vi.md with a capital letter asks for vi.md (issue #6)', async () => {
		const edits = { [MAU]: null, 'sites/dinh-mau/Vi.md': MAU_VI };
		const { vi, en } = await reports(edits, 1);
		expect(vi).toMatchInlineSnapshot(`
			"Lỗi · content/sites/dinh-mau/en.md
			  Thư mục content/sites/dinh-mau/ có bản dịch en.md nhưng chưa có vi.md. Mỗi di tích cần vi.md trước; bản dịch chỉ chứa title, summary và nội dung.
			  Cách sửa: Hãy tạo vi.md trong thư mục này, hoặc chuyển bản dịch vào đúng thư mục của di tích.

			Lỗi · content/sites/dinh-mau/Vi.md
			  Tệp Vi.md phải viết bằng chữ thường: vi.md. Trên máy chủ, chữ hoa và chữ thường là khác nhau, nên tệp này sẽ không được đọc.
			  Cách sửa: Hãy đổi tên tệp thành vi.md.

			2 lỗi, 0 cảnh báo trong 2 di tích. Chưa ghi tệp nào vào dist/.
			"
		`);
		expect(en).toMatchInlineSnapshot(`
			"Error · content/sites/dinh-mau/en.md
			  content/sites/dinh-mau/ has a translation en.md but no vi.md. Every site needs vi.md first; a translation holds only title, summary and the text.
			  How to fix: Create vi.md in this folder, or move the translation into the right site folder.

			Error · content/sites/dinh-mau/Vi.md
			  The file Vi.md must be written in lower case: vi.md. On the server, capital and small letters differ, so this file would not be read.
			  How to fix: Rename the file to vi.md.

			2 errors, 0 warnings in 2 sites. Nothing was written to dist/.
			"
		`);
	});

	test('an unknown file in a site folder is only a warning: exit 0 (issue #6)', async () => {
		const edits = { 'sites/dinh-mau/ghi-chu.md': 'Ghi chú: hỏi lại ông từ về năm dựng đình.\n' };
		const { vi, en } = await reports(edits, 0);
		expect(vi).toMatchInlineSnapshot(`
			"Cảnh báo · content/sites/dinh-mau/ghi-chu.md
			  Tệp ghi-chu.md không phải là vi.md hay một bản dịch (vi.md, en.md, zh.md, ko.md), nên bị bỏ qua.
			  Cách sửa: Hãy đổi tên tệp cho đúng, hoặc chuyển nó ra khỏi thư mục di tích.

			0 lỗi, 1 cảnh báo trong 2 di tích.
			"
		`);
		expect(en).toMatchInlineSnapshot(`
			"Warning · content/sites/dinh-mau/ghi-chu.md
			  The file ghi-chu.md is neither vi.md nor a translation (vi.md, en.md, zh.md, ko.md), so it is ignored.
			  How to fix: Rename the file correctly, or move it out of the site folder.

			0 errors, 1 warning in 2 sites.
			"
		`);
	});

	test('a printed plaque whose code no site has any more (issue #6)', async () => {
		const printed = '- code: TE09\n  url: https://TRAIL.EXAMPLE.VN/TE09\n  size: a5\n  date: 2025-08-01\n  folder: mieu-cu\n';
		const edits = { 'printed.yaml': printed };
		const { vi, en } = await reports(edits, 1);
		expect(vi).toMatchInlineSnapshot(`
			"Lỗi · content/printed.yaml:1:9 · dòng 1, trường "0.code" (mã bảng)
			  Bảng TE09 đã in (ngày 2025-08-01) nhưng không còn di tích nào mang mã này, nên ai quét bảng sẽ gặp trang lỗi.
			  Cách sửa: Hãy trả lại thư mục của di tích (với code: TE09) nếu di tích vẫn còn. Nếu di tích đã đóng cửa, nhập vào nơi khác hoặc chuyển đi, hãy ghi nó vào content/retired.yaml (xem hướng dẫn) để bảng dẫn tới trang giải thích.
			  > 1 | - code: TE09
			      |         ^
			    2 |   url: https://TRAIL.EXAMPLE.VN/TE09

			1 lỗi, 0 cảnh báo trong 2 di tích. Chưa ghi tệp nào vào dist/.
			"
		`);
		expect(en).toMatchInlineSnapshot(`
			"Error · content/printed.yaml:1:9 · line 1, field "0.code" (plaque code)
			  Plaque TE09 was printed (on 2025-08-01) but no site has this code any more, so whoever scans it gets an error page.
			  How to fix: If the site still exists, bring its folder back (with code: TE09). If it closed, merged into another site or moved, add it to content/retired.yaml (see the guide) so the plaque leads to a page that explains.
			  > 1 | - code: TE09
			      |         ^
			    2 |   url: https://TRAIL.EXAMPLE.VN/TE09

			1 error, 0 warnings in 2 sites. Nothing was written to dist/.
			"
		`);
	});

	test('a source address without https:// asks for a full address (issue #6)', async () => {
		const edits = { [MAU]: edit('trail: 1\n', 'trail: 1\nsources:\n  - title: Báo Quảng Ninh\n    url: baoquangninh.vn/?p=1\n') };
		const { vi, en } = await reports(edits, 1);
		expect(vi).toMatchInlineSnapshot(`
			"Lỗi · content/sites/dinh-mau/vi.md:18:10 · dòng 18, trường "sources.0.url" (địa chỉ nguồn)
			  Địa chỉ "baoquangninh.vn/?p=1" không phải một địa chỉ web đầy đủ: địa chỉ phải bắt đầu bằng https:// (hoặc http://).
			  Cách sửa: Hãy viết đầy đủ cả phần đầu, ví dụ: https://damha.example.vn
			    17 |   - title: Báo Quảng Ninh
			  > 18 |     url: baoquangninh.vn/?p=1
			       |          ^
			    19 | updated: 2025-07-01

			1 lỗi, 0 cảnh báo trong 2 di tích. Chưa ghi tệp nào vào dist/.
			"
		`);
		expect(en).toMatchInlineSnapshot(`
			"Error · content/sites/dinh-mau/vi.md:18:10 · line 18, field "sources.0.url" (source address)
			  The address "baoquangninh.vn/?p=1" is not a full web address: it must start with https:// (or http://).
			  How to fix: Write it in full, beginning included, e.g. https://damha.example.vn
			    17 |   - title: Báo Quảng Ninh
			  > 18 |     url: baoquangninh.vn/?p=1
			       |          ^
			    19 | updated: 2025-07-01

			1 error, 0 warnings in 2 sites. Nothing was written to dist/.
			"
		`);
	});

	test('a colon inside a value points at it (issue #6)', async () => {
		const edits = { [MAU]: edit('title: Đình Mẫu', 'title: Đình Mẫu: ngôi đình cổ') };
		const { vi, en } = await reports(edits, 1);
		expect(vi).toMatchInlineSnapshot(`
			"Lỗi · content/sites/dinh-mau/vi.md:3:8 · dòng 3
			  Phần thông tin ở đầu tệp viết chưa đúng cách, nên không đọc được.
			  Cách sửa: Hãy kiểm tra dòng này: mỗi trường viết "tên: giá trị", các trường con lùi vào đều nhau bằng dấu cách (không dùng phím Tab), dấu ngoặc mở thì phải đóng.
			    2 | code: TE01
			  > 3 | title: Đình Mẫu: ngôi đình cổ
			      |        ^
			    4 | category: historic

			1 lỗi, 0 cảnh báo trong 2 di tích. Chưa ghi tệp nào vào dist/.
			"
		`);
		expect(en).toMatchInlineSnapshot(`
			"Error · content/sites/dinh-mau/vi.md:3:8 · line 3
			  The information block at the top of the file is not written correctly, so it cannot be read.
			  How to fix: Check this line: each field is written "name: value", sub-fields are indented evenly with spaces (not Tab), and every bracket that opens also closes.
			    2 | code: TE01
			  > 3 | title: Đình Mẫu: ngôi đình cổ
			      |        ^
			    4 | category: historic

			1 error, 0 warnings in 2 sites. Nothing was written to dist/.
			"
		`);
	});

	test('a former folder name that cannot be a folder gets a suggestion (issue #6)', async () => {
		const edits = { [MAU]: edit('trail: 1\n', 'trail: 1\nformerFolders: [Đình Mẫu Cũ]\n') };
		const { vi, en } = await reports(edits, 1);
		expect(vi).toMatchInlineSnapshot(`
			"Lỗi · content/sites/dinh-mau/vi.md:16:17 · dòng 16, trường "formerFolders.0" (thư mục di tích)
			  "Đình Mẫu Cũ" không phải tên thư mục của một di tích: tên thư mục chỉ có chữ thường không dấu, chữ số và dấu gạch ngang.
			  Cách sửa: Hãy ghi đúng tên thư mục, đúng như nó có (hoặc đã từng có) trong content/sites/, ví dụ dinh-mau-cu.
			    15 | trail: 1
			  > 16 | formerFolders: [Đình Mẫu Cũ]
			       |                 ^
			    17 | updated: 2025-07-01

			1 lỗi, 0 cảnh báo trong 2 di tích. Chưa ghi tệp nào vào dist/.
			"
		`);
		expect(en).toMatchInlineSnapshot(`
			"Error · content/sites/dinh-mau/vi.md:16:17 · line 16, field "formerFolders.0" (site folder)
			  "Đình Mẫu Cũ" is not the name of a site folder: folder names hold only lower-case letters without accents, digits and hyphens.
			  How to fix: Write the folder name exactly as it is (or was) in content/sites/, e.g. dinh-mau-cu.
			    15 | trail: 1
			  > 16 | formerFolders: [Đình Mẫu Cũ]
			       |                 ^
			    17 | updated: 2025-07-01

			1 error, 0 warnings in 2 sites. Nothing was written to dist/.
			"
		`);
	});
});

describe('npm run check: warnings and errors together', () => {
	test('a warning and an error in one file: both shown, exit 1 because of the error (issue #6)', async () => {
		const edits = {
			[MAU]: all(edit('src: cover.jpg', 'src: Cover.JPG'), edit('Dựng năm 1900.', 'Dựng năm 1900. [Bản đồ](javascript:void(0))')),
		};
		const { vi, en } = await reports(edits, 1);
		expect(vi).toMatchInlineSnapshot(`
			"Lỗi · content/sites/dinh-mau/vi.md:12:8 · dòng 12, trường "cover.src" (tệp ảnh)
			  Không tìm thấy ảnh "Cover.JPG" trong thư mục content/sites/dinh-mau/.
			  Cách sửa: Hãy kiểm tra tên tệp (chữ hoa và chữ thường là khác nhau) hoặc chép ảnh vào thư mục này.
			    11 | cover:
			  > 12 |   src: Cover.JPG
			       |        ^
			    13 |   alt: Ảnh thử nghiệm có nền màu đỏ.

			Cảnh báo · content/sites/dinh-mau/vi.md:22 · dòng 22
			  Liên kết "javascript:void(0)" không an toàn nên đã bị bỏ đi. Chỉ dùng liên kết bắt đầu bằng https://, http://, mailto: hoặc tel:.
			  Cách sửa: Hãy thay bằng một địa chỉ https:// hoặc xóa liên kết.
			    21 | 
			  > 22 | Dựng năm 1900. [Bản đồ](javascript:void(0))
			    23 | 

			1 lỗi, 1 cảnh báo trong 2 di tích. Chưa ghi tệp nào vào dist/.
			"
		`);
		expect(en).toMatchInlineSnapshot(`
			"Error · content/sites/dinh-mau/vi.md:12:8 · line 12, field "cover.src" (photo file)
			  The photo "Cover.JPG" is not in content/sites/dinh-mau/.
			  How to fix: Check the file name (upper and lower case differ) or copy the photo into this folder.
			    11 | cover:
			  > 12 |   src: Cover.JPG
			       |        ^
			    13 |   alt: Ảnh thử nghiệm có nền màu đỏ.

			Warning · content/sites/dinh-mau/vi.md:22 · line 22
			  The link "javascript:void(0)" is unsafe and was removed. Only links starting with https://, http://, mailto: or tel: are kept.
			  How to fix: Replace it with an https:// address or remove the link.
			    21 | 
			  > 22 | Dựng năm 1900. [Bản đồ](javascript:void(0))
			    23 | 

			1 error, 1 warning in 2 sites. Nothing was written to dist/.
			"
		`);
	});

	test('warnings only: both shown, the summary counts them, exit 0 (issue #6)', async () => {
		const edits = {
			[MAU]: edit('Dựng năm 1900.', 'Dựng năm 1900. [Bản đồ](javascript:void(0))'),
			'sites/den-cap/ghi-chu.md': 'Hỏi lại ông từ về năm dựng đền.\n',
		};
		const { vi, en } = await reports(edits, 0);
		expect(vi).toMatchInlineSnapshot(`
			"Cảnh báo · content/sites/den-cap/ghi-chu.md
			  Tệp ghi-chu.md không phải là vi.md hay một bản dịch (vi.md, en.md, zh.md, ko.md), nên bị bỏ qua.
			  Cách sửa: Hãy đổi tên tệp cho đúng, hoặc chuyển nó ra khỏi thư mục di tích.

			Cảnh báo · content/sites/dinh-mau/vi.md:22 · dòng 22
			  Liên kết "javascript:void(0)" không an toàn nên đã bị bỏ đi. Chỉ dùng liên kết bắt đầu bằng https://, http://, mailto: hoặc tel:.
			  Cách sửa: Hãy thay bằng một địa chỉ https:// hoặc xóa liên kết.
			    21 | 
			  > 22 | Dựng năm 1900. [Bản đồ](javascript:void(0))
			    23 | 

			0 lỗi, 2 cảnh báo trong 2 di tích.
			"
		`);
		expect(en).toMatchInlineSnapshot(`
			"Warning · content/sites/den-cap/ghi-chu.md
			  The file ghi-chu.md is neither vi.md nor a translation (vi.md, en.md, zh.md, ko.md), so it is ignored.
			  How to fix: Rename the file correctly, or move it out of the site folder.

			Warning · content/sites/dinh-mau/vi.md:22 · line 22
			  The link "javascript:void(0)" is unsafe and was removed. Only links starting with https://, http://, mailto: or tel: are kept.
			  How to fix: Replace it with an https:// address or remove the link.
			    21 | 
			  > 22 | Dựng năm 1900. [Bản đồ](javascript:void(0))
			    23 | 

			0 errors, 2 warnings in 2 sites.
			"
		`);
	});

	test('five mistakes in two files are all reported at once, by file then line (issue #6)', async () => {
		const edits = {
			[MAU]: all(edit('\ntitle:', '\ntittle:'), edit('category: historic', 'category: histroic'), edit('updated: 2025-07-01', 'updated: 01/07/2025')),
			[CAP]: all(edit('code: TE02', 'code: te-02'), edit('lng: 107.5', 'lng: 107,5')),
		};
		const { vi, en } = await reports(edits, 1);
		expect(vi).toMatchInlineSnapshot(`
			"Lỗi · content/sites/den-cap/vi.md:2:7 · dòng 2, trường "code" (mã bảng)
			  Mã bảng "te-02" không hợp lệ. Mã bảng gồm 2 đến 8 chữ in hoa (A–Z) hoặc chữ số, không dấu, không khoảng trắng.
			  Cách sửa: Hãy viết: code: TE02
			    1 | ---
			  > 2 | code: te-02
			      |       ^
			    3 | title: Đền Cấp

			Lỗi · content/sites/den-cap/vi.md:9:8 · dòng 9, trường "location.lng" (kinh độ)
			  Số 107,5 được viết với dấu phẩy. Trong tệp này, phần thập phân phải đặt sau dấu chấm.
			  Cách sửa: Hãy viết: lng: 107.5
			     8 |   lat: 21.4
			  >  9 |   lng: 107,5
			       |        ^
			    10 | summary: Ngôi đền dùng để thử nghiệm.

			Lỗi · content/sites/dinh-mau/vi.md:3:1 · dòng 3, trường "tittle"
			  Không có trường nào tên "tittle".
			  Cách sửa: Có phải ý bạn là "title"? Hãy sửa tên trường thành title.
			    2 | code: TE01
			  > 3 | tittle: Đình Mẫu
			      | ^
			    4 | category: histroic

			Lỗi · content/sites/dinh-mau/vi.md:4:11 · dòng 4, trường "category" (loại hình)
			  Giá trị "histroic" không nằm trong danh sách cho phép: historic, architecture, archaeology, scenic, mixed, tourism.
			  Cách sửa: Có phải ý bạn là "historic"? Hãy sửa thành historic.
			    3 | tittle: Đình Mẫu
			  > 4 | category: histroic
			      |           ^
			    5 | ranking: provincial

			Lỗi · content/sites/dinh-mau/vi.md:16:10 · dòng 16, trường "updated" (ngày cập nhật)
			  Ngày 01/07/2025 không hợp lệ. Ngày viết theo dạng năm-tháng-ngày.
			  Cách sửa: Hãy viết ví dụ: 2025-07-01 (ngày 1 tháng 7 năm 2025). Viết theo dạng năm-tháng-ngày, ví dụ 2025-07-01.
			    15 | trail: 1
			  > 16 | updated: 01/07/2025
			       |          ^
			    17 | ---

			5 lỗi, 0 cảnh báo trong 2 di tích. Chưa ghi tệp nào vào dist/.
			"
		`);
		expect(en).toMatchInlineSnapshot(`
			"Error · content/sites/den-cap/vi.md:2:7 · line 2, field "code" (plaque code)
			  The plaque code "te-02" is not valid. A plaque code has 2 to 8 capital letters (A–Z) or digits, with no accents and no spaces.
			  How to fix: Write: code: TE02
			    1 | ---
			  > 2 | code: te-02
			      |       ^
			    3 | title: Đền Cấp

			Error · content/sites/den-cap/vi.md:9:8 · line 9, field "location.lng" (longitude)
			  The number 107,5 is written with a comma. In this file, decimals are written after a dot.
			  How to fix: Write: lng: 107.5
			     8 |   lat: 21.4
			  >  9 |   lng: 107,5
			       |        ^
			    10 | summary: Ngôi đền dùng để thử nghiệm.

			Error · content/sites/dinh-mau/vi.md:3:1 · line 3, field "tittle"
			  There is no field called "tittle".
			  How to fix: Did you mean "title"? Rename the field to title.
			    2 | code: TE01
			  > 3 | tittle: Đình Mẫu
			      | ^
			    4 | category: histroic

			Error · content/sites/dinh-mau/vi.md:4:11 · line 4, field "category"
			  The value "histroic" is not one of the allowed values: historic, architecture, archaeology, scenic, mixed, tourism.
			  How to fix: Did you mean "historic"? Change it to historic.
			    3 | tittle: Đình Mẫu
			  > 4 | category: histroic
			      |           ^
			    5 | ranking: provincial

			Error · content/sites/dinh-mau/vi.md:16:10 · line 16, field "updated" (date updated)
			  The date 01/07/2025 is not valid. Dates are written year-month-day.
			  How to fix: Write for example: 2025-07-01 (1 July 2025). Written as year-month-day, e.g. 2025-07-01.
			    15 | trail: 1
			  > 16 | updated: 01/07/2025
			       |          ^
			    17 | ---

			5 errors, 0 warnings in 2 sites. Nothing was written to dist/.
			"
		`);
	});
});

describe('npm run check: a mistake in the information block hides nothing else', () => {
	test('the text’s links and the translation are still checked when vi.md does not load (issue #6)', async () => {
		const edits = {
			[MAU]: all(edit('category: historic', 'category: histroic'), (text) => `${text}\n[Xem thêm](javascript:alert(1))\n`),
			'sites/dinh-mau/en.md': edit('title: Mau Communal House', 'tittle: Mau Communal House'),
		};
		const { en } = await reports(edits, 1);
		const lines = en.split('\n').filter((line) => /^(Error|Warning) · /.test(line));
		expect(lines).toEqual([
			expect.stringMatching(/^Error · content\/sites\/dinh-mau\/en\.md:2:1 · line 2, field "tittle"/),
			expect.stringMatching(/^Error · content\/sites\/dinh-mau\/vi\.md:4:11 · line 4, field "category"/),
			expect.stringMatching(/^Warning · content\/sites\/dinh-mau\/vi\.md:\d+/),
		]);
		expect(en).toContain('javascript:alert(1)');
	});
});
