import type { ProblemMessages, ReportWords } from './types.ts';

// Glossary (STYLE 2.6): trường, giá trị, dòng, cột, tệp, thư mục, bản dịch, ảnh, mô tả ảnh (alt), lỗi,
// cảnh báo, cách sửa, có phải ý bạn là, mã bảng. A plaque is a "bảng" (DOMAIN.md: "bia" reads as a stele).

const list = (items: readonly string[]) => items.join(', ');
/** A value as the editor typed it, in quotes once (STYLE rule 4), so it never reads as part of the sentence. */
const q = (raw: string) => (/^(["']).*\1$/s.test(raw) ? raw : `"${raw}"`);
const PARTS = { original: 'Nguyên văn (chữ Hán Nôm)', reading: 'Phiên âm', translation: 'Dịch nghĩa' } as const;
const LEGACY = { tcvn3: 'TCVN3 (ABC, phông .VnTime)', vni: 'VNI (phông VNI-Times)' } as const;
/** Unikey's conversion tool, step by step, from the old encoding to Unicode. */
const unikey = (from: 'tcvn3' | 'vni') => `mở "Công cụ chuyển mã" của Unikey (bấm Ctrl+Shift+F6), chọn Nguồn "${from === 'tcvn3' ? 'TCVN3 (ABC)' : 'VNI Windows'}", Đích "Unicode", bấm "Chuyển mã"`;
const SCRIPTS = { cyrillic: 'Kirin (chữ Nga)', greek: 'Hy Lạp', armenian: 'Armenia' } as const;
const FILE_KINDS = { pdf: 'một tài liệu PDF', html: 'một trang web (HTML), có lẽ đã được lưu thay cho ảnh trên trang đó', office: 'một tài liệu Word, Excel hoặc PowerPoint', zip: 'một tệp nén (ZIP)', video: 'một đoạn phim', audio: 'một tệp âm thanh', text: 'một tệp chữ' } as const;
const SMALLER_PHOTO = 'Hãy thu nhỏ ảnh còn khoảng 3000 điểm ảnh chiều rộng (vẫn đủ rõ cho trang), ví dụ mở bằng Paint trên máy tính, chọn "Thay đổi kích thước" (Resize), rồi lưu dạng JPEG và ghi tên tệp mới vào đây.';

export const viWords: ReportWords = {
	error: 'Lỗi',
	warning: 'Cảnh báo',
	line: (n) => `dòng ${n}`,
	field: (key, label) => (label ? `trường "${key}" (${label})` : `trường "${key}"`),
	howToFix: 'Cách sửa',
	kinds: { text: 'chữ', number: 'số', 'whole-number': 'số nguyên', 'yes-no': 'true (có) hoặc false (không)', list: 'danh sách (mỗi mục một dòng bắt đầu bằng "- ")', group: 'nhóm trường lùi vào bên dưới', date: 'ngày dạng năm-tháng-ngày' },
	list,
	summary: ({ errors, warnings, sites }) => `${errors} lỗi, ${warnings} cảnh báo trong ${sites} di tích.`,
	nothingWritten: 'Chưa ghi tệp nào vào dist/.',
	allGood: (sites) => `Không có lỗi nào trong ${sites} di tích.`,
};

export const viMessages = {
	'file-unreadable': { message: (p) => `Không đọc được tệp này (${p.reason}).`, fix: () => 'Hãy kiểm tra tệp còn tồn tại và không bị khóa, rồi chạy lại.' },
	'not-utf8': {
		message: (p) => (p.legacy ? `Tệp không được lưu ở dạng UTF-8: chữ trong tệp có vẻ được gõ bằng bảng mã cũ ${LEGACY[p.legacy]}, nên không đọc được.` : 'Tệp không được lưu ở dạng UTF-8, nên chữ có dấu từ dòng này không đọc được.'),
		fix: (p) => (p.legacy ? `Hãy mở tệp bằng Notepad, chép toàn bộ chữ, ${unikey(p.legacy)}, rồi dán kết quả vào tệp và lưu với mã hóa (Encoding) UTF-8.` : 'Hãy mở tệp bằng Notepad, chọn "Lưu dưới dạng" (Save as), ở ô "Mã hóa" (Encoding) chọn UTF-8, rồi lưu đè lên tệp cũ.'),
	},
	'file-empty': { message: () => 'Tệp này trống, không có chữ nào.', fix: () => 'Hãy chép lại tệp từ bản gốc (tệp thường bị trống khi chép hay lưu bị lỗi), hoặc chép một tệp cùng loại có sẵn rồi sửa lại.' },
	'legacy-encoding': {
		message: (p) => `Chữ "${p.sample}" có vẻ được gõ bằng bảng mã cũ ${LEGACY[p.encoding]} chứ không phải Unicode, nên trên trang và trên bảng sẽ thành ký tự lạ.`,
		fix: (p) => `Hãy chép đoạn chữ này, ${unikey(p.encoding)}, rồi dán kết quả vào đây thay cho chữ cũ.${p.encoding === 'tcvn3' ? ' Sau đó hãy đọc lại: TCVN3 không giữ chữ in hoa có dấu, nên có chữ có thể đã thành chữ thường.' : ''}`,
	},
	'mixed-script': { message: (p) => `Từ "${p.word}" có chữ "${p.letter}" (${p.codePoint}) là chữ ${SCRIPTS[p.script]}, chỉ trông giống chữ Latinh, nên tìm kiếm và sắp xếp sẽ không nhận ra từ này.`, fix: (p) => `Hãy xóa chữ "${p.letter}" rồi gõ lại bằng bàn phím tiếng Việt (Unikey).` },
	'bidi-control': {
		message: (p) => (p.kind === 'reordering' ? `Ở đây có một ký tự vô hình điều khiển hướng chữ (${p.codePoint}). Nó đảo thứ tự chữ người xem thấy, ví dụ "Đền Cấp" thành "Đền pấC".` : `Ở đây có một dấu hướng chữ vô hình (${p.codePoint}), thường đi theo chữ dán từ trang web tiếng Ả Rập hay Do Thái. Nó có thể làm dấu câu bên cạnh nhảy chỗ.`),
		fix: () => 'Hãy xóa đoạn chữ quanh chỗ này rồi gõ lại bằng Unikey (ký tự này đi theo chữ dán từ trang web hay tin nhắn).',
	},
	'invisible-character': { message: (p) => `Mã bảng ${q(p.value)} có một ký tự vô hình (${p.codePoint}) ${p.after ? `ngay sau "${p.after}"` : 'ở đầu mã'}. Người đọc không thấy nó, nhưng nó làm mã bảng và địa chỉ trong mã QR khác đi.`, fix: (p) => (p.fixed ? `Hãy xóa cả giá trị rồi gõ lại bằng bàn phím: code: ${p.fixed}` : 'Hãy xóa cả giá trị rồi gõ lại bằng bàn phím.') },
	'code-lower-case': { message: (p) => `Mã bảng ${q(p.value)} có chữ thường. Mã bảng phải viết bằng chữ in hoa, vì nó được in trên bảng và nằm trong địa chỉ của mã QR.`, fix: (p) => `Hãy viết: code: ${p.fixed}` },
	'body-empty': { message: () => 'Tệp chưa có phần giới thiệu: bên dưới dòng "---" thứ hai chưa có chữ nào, nên trang chỉ có tên, ảnh và tóm tắt.', fix: () => 'Hãy viết vài đoạn giới thiệu di tích bên dưới dòng "---" thứ hai (trong lúc chờ, trang vẫn được đăng).' },
	'settings-missing': { message: (p) => `Thư mục ${p.dir} chưa có tệp settings.yaml, tệp cài đặt chung của trang.`, fix: () => 'Hãy chép settings.yaml từ bộ nội dung mẫu rồi sửa tên trang, đơn vị quản lý và địa chỉ trang web.' },
	'sites-folder-missing': { message: (p) => `Chưa có thư mục ${p.dir}, nơi chứa các di tích.`, fix: () => 'Hãy tạo thư mục sites/, mỗi di tích một thư mục con có tệp vi.md.' },
	'front-matter-missing': { message: () => 'Tệp không bắt đầu bằng phần thông tin đặt giữa hai dòng "---".', fix: () => 'Hãy để dòng đầu tiên của tệp là "---", rồi các trường thông tin, rồi một dòng "---" nữa trước phần nội dung.' },
	'front-matter-unclosed': { message: () => 'Phần thông tin mở bằng dòng "---" nhưng không có dòng "---" đóng lại.', fix: () => 'Hãy thêm một dòng chỉ có "---" sau trường thông tin cuối cùng.' },
	'front-matter-invalid': { message: () => 'Phần thông tin ở đầu tệp viết chưa đúng cách, nên không đọc được.', fix: () => 'Hãy kiểm tra dòng này: mỗi trường viết "tên: giá trị", các trường con lùi vào đều nhau bằng dấu cách (không dùng phím Tab), dấu ngoặc mở thì phải đóng.' },
	'duplicate-field': { message: (p) => `Trường "${p.key}" được viết hai lần.`, fix: () => 'Hãy giữ một lần và xóa dòng còn lại.' },
	'required-field-missing': { message: (p) => `Thiếu trường "${p.key}". Trường này là bắt buộc.`, fix: (p) => `Hãy thêm một dòng "${p.key}: …" với giá trị phù hợp.` },
	'unknown-field': { message: (p) => `Không có trường nào tên "${p.key}".`, fix: (p) => (p.suggestion ? `Có phải ý bạn là "${p.suggestion}"? Hãy sửa tên trường thành ${p.suggestion}.` : 'Hãy xóa trường này hoặc kiểm tra lại tên trường trong hướng dẫn.') },
	'wrong-type': { message: (p) => `Giá trị ${p.value} không đúng kiểu. Trường này cần ${viWords.kinds[p.expected]}.`, fix: (p) => (p.expected === 'number' || p.expected === 'whole-number' ? 'Hãy viết một số, dùng dấu chấm cho phần thập phân, không đặt trong ngoặc kép.' : `Hãy sửa giá trị thành ${viWords.kinds[p.expected]}.`) },
	'invalid-choice': { message: (p) => `Giá trị ${q(p.value)} không nằm trong danh sách cho phép: ${list(p.choices)}.`, fix: (p) => (p.suggestion ? `Có phải ý bạn là "${p.suggestion}"? Hãy sửa thành ${p.suggestion}.` : 'Hãy chọn một giá trị trong danh sách trên.') },
	'invalid-code': { message: (p) => `Mã bảng ${q(p.value)} không hợp lệ. Mã bảng gồm 2 đến 8 chữ in hoa (A–Z) hoặc chữ số, không dấu, không khoảng trắng.`, fix: (p) => (p.fixed ? `Hãy viết: code: ${p.fixed}` : 'Hãy đặt một mã như DH01.') },
	'invalid-date': { message: (p) => `Ngày ${p.value} không hợp lệ. Ngày viết theo dạng năm-tháng-ngày.`, fix: () => 'Hãy viết ví dụ: 2025-07-01 (ngày 1 tháng 7 năm 2025).' },
	'invalid-url': { message: (p) => `Địa chỉ ${q(p.value)} không phải một địa chỉ web đầy đủ: địa chỉ phải bắt đầu bằng https:// (hoặc http://).`, fix: () => 'Hãy viết đầy đủ cả phần đầu, ví dụ: https://damha.example.vn' },
	'invalid-email': { message: (p) => `Địa chỉ thư ${p.value} không hợp lệ.`, fix: () => 'Hãy viết ví dụ: doan@damha.example.vn' },
	'text-empty': { message: () => 'Trường này đang để trống.', fix: () => 'Hãy viết nội dung cho trường này, hoặc xóa cả dòng nếu trường không bắt buộc.' },
	'text-too-long': { message: (p) => `Nội dung dài ${p.length} ký tự; tối đa là ${p.max}.`, fix: (p) => `Hãy rút gọn khoảng ${p.length - p.max} ký tự.` },
	'summary-too-long': { message: (p) => `Phần tóm tắt dài ${p.length} ký tự; tối đa là ${p.max}.`, fix: (p) => `Hãy rút gọn khoảng ${p.length - p.max} ký tự.` },
	'number-out-of-range': { message: (p) => `Số ${p.value} nằm ngoài khoảng cho phép${p.min !== undefined ? `, nhỏ nhất là ${p.min}` : ''}${p.max !== undefined ? `, lớn nhất là ${p.max}` : ''}.`, fix: () => 'Hãy sửa lại số này.' },
	'list-too-short': { message: (p) => `Danh sách cần ít nhất ${p.min} mục.`, fix: () => 'Hãy thêm mục vào danh sách.' },
	'languages-vi-first': { message: () => 'Danh sách ngôn ngữ phải bắt đầu bằng vi (tiếng Việt), vì nội dung gốc viết bằng tiếng Việt.', fix: () => 'Hãy viết ví dụ: languages: [vi, en, zh, ko]' },
	'languages-repeated': { message: () => 'Một ngôn ngữ được ghi hai lần.', fix: () => 'Hãy giữ mỗi ngôn ngữ một lần.' },
	'invalid-slug': { message: (p) => `Tên thư mục "${p.slug}" sẽ thành một phần của địa chỉ trang, nên chỉ được có chữ thường không dấu, chữ số và dấu gạch ngang.`, fix: (p) => `Hãy đổi tên thư mục thành ${p.suggestion}.` },
	'duplicate-slug': { message: (p) => `Thư mục "${p.slug}" trùng tên với ${p.otherFile} (khác nhau chỉ ở chữ hoa hay cách gõ dấu). Mỗi di tích cần một địa chỉ riêng.`, fix: () => 'Hãy gộp hai thư mục hoặc đổi tên một thư mục.' },
	'duplicate-code': { message: (p) => `Mã bảng "${p.code}" đã được dùng ở ${p.otherFile}${p.otherLine ? ` (dòng ${p.otherLine})` : ''}. Mỗi di tích cần một mã riêng; mã đã in trên bảng thì không được đổi.`, fix: () => 'Hãy đặt cho di tích chưa in bảng một mã mới chưa dùng.' },
	'code-reserved': { message: (p) => `Mã bảng "${p.code}" trùng với đường dẫn ${p.path} mà trang web đã dùng, nên mã QR sẽ dẫn sai chỗ.`, fix: () => 'Hãy chọn mã khác, ví dụ thêm chữ viết tắt của xã và một chữ số (DH10).' },
	'translation-without-vi': { message: (p) => `Thư mục ${p.dir} có bản dịch ${p.lang}.md nhưng chưa có vi.md. Mỗi di tích cần vi.md trước; bản dịch chỉ chứa title, summary và nội dung.`, fix: () => 'Hãy tạo vi.md trong thư mục này, hoặc chuyển bản dịch vào đúng thư mục của di tích.' },
	'vi-missing': { message: (p) => `Thư mục ${p.dir} chưa có tệp vi.md, nên di tích này không được đưa lên trang.`, fix: () => 'Hãy tạo vi.md trong thư mục này (chép từ một di tích có sẵn), hoặc xóa thư mục nếu không dùng đến.' },
	'language-file-case': { message: (p) => `Tệp ${p.name} phải viết bằng chữ thường: ${p.expected}. Trên máy chủ, chữ hoa và chữ thường là khác nhau, nên tệp này sẽ không được đọc.`, fix: (p) => `Hãy đổi tên tệp thành ${p.expected}.` },
	'unknown-language-file': { message: (p) => `Tệp ${p.name} không phải là vi.md hay một bản dịch (${list(p.languages.map((l) => `${l}.md`))}), nên bị bỏ qua.`, fix: () => 'Hãy đổi tên tệp cho đúng, hoặc chuyển nó ra khỏi thư mục di tích.' },
	'language-not-offered': { message: (p) => `Bản dịch ${p.lang}.md chưa được hiển thị vì ngôn ngữ ${p.lang} chưa có trong danh sách languages của settings.yaml (${list(p.languages)}).`, fix: (p) => `Hãy thêm ${p.lang} vào languages trong settings.yaml nếu muốn hiển thị bản dịch này.` },
	'latitude-out-of-range': { message: (p) => `Vĩ độ ${p.value} nằm ngoài Việt Nam: vĩ độ phải từ ${p.min} đến ${p.max}.`, fix: () => 'Hãy lấy lại tọa độ trên bản đồ: số đầu tiên Google Maps hiện ra là vĩ độ (lat).' },
	'longitude-out-of-range': { message: (p) => `Kinh độ ${p.value} nằm ngoài Việt Nam: kinh độ phải từ ${p.min} đến ${p.max}.`, fix: () => 'Hãy lấy lại tọa độ trên bản đồ: số thứ hai Google Maps hiện ra là kinh độ (lng).' },
	'coordinates-swapped': { message: (p) => `Vĩ độ ${p.lat} và kinh độ ${p.lng} nằm ngoài Việt Nam.`, fix: (p) => `Có vẻ vĩ độ và kinh độ bị đổi chỗ cho nhau. Hãy thử:\n    lat: ${p.lng}\n    lng: ${p.lat}` },
	'coordinates-outside-vietnam': {
		message: (p) => `Điểm ${p.lat}, ${p.lng} có vẻ nằm ngoài Việt Nam: không thuộc đất liền, vùng ven biển hay các đảo của Việt Nam.`,
		fix: (p) => `Hãy xem điểm này trên bản đồ (https://www.google.com/maps/search/?api=1&query=${p.lat},${p.lng}). Nếu đó không phải là di tích, hãy lấy lại tọa độ: nhấn giữ vào đúng chỗ di tích trên Google Maps rồi chép hai số hiện ra. Nếu điểm đã đúng, hãy giữ nguyên: đây chỉ là cảnh báo.`,
	},
	'decimal-comma': { message: (p) => `Số ${p.value} được viết với dấu phẩy. Trong tệp này, phần thập phân phải đặt sau dấu chấm.`, fix: (p) => `Hãy viết: ${p.key}: ${p.fixed}` },
	'photo-missing': { message: (p) => `Không tìm thấy ảnh "${p.src}" trong thư mục ${p.dir}.`, fix: () => 'Hãy kiểm tra tên tệp (chữ hoa và chữ thường là khác nhau) hoặc chép ảnh vào thư mục này.' },
	'photo-outside-site-folder': { message: (p) => `Ảnh "${p.src}" nằm ngoài thư mục ${p.dir}. Ảnh của một di tích phải nằm ngay trong thư mục của di tích đó.`, fix: () => 'Hãy chép ảnh vào thư mục của di tích và chỉ ghi tên tệp, ví dụ cover.jpg.' },
	'photo-unreadable': { message: (p) => `Tệp "${p.src}" không mở được như một ảnh. Trang chỉ nhận ảnh JPEG, PNG hoặc WebP.`, fix: () => 'Hãy mở ảnh trên máy tính (ví dụ bằng Paint), chọn "Lưu dưới dạng" (Save as) JPEG, rồi ghi tên tệp mới vào đây, ví dụ cover.jpg. Nếu ảnh không mở được ở đâu cả, hãy chép lại ảnh từ điện thoại: tệp có thể đã hỏng khi chép.' },
	'alt-missing': { message: (p) => `${p.which === 'cover' ? 'Ảnh bìa' : 'Ảnh'} chưa có mô tả (alt).`, fix: () => 'Hãy viết một câu ngắn tả những gì có trong ảnh, cho người không nhìn thấy ảnh.' },
	'duplicate-trail-position': { message: (p) => `Thứ tự ${p.position} trên tuyến đã được dùng ở ${p.otherFile}.`, fix: () => 'Hãy đặt cho mỗi di tích một số thứ tự khác nhau.' },
	'unsafe-link': { message: (p) => `Liên kết "${p.url}" không an toàn nên đã bị bỏ đi. Chỉ dùng liên kết bắt đầu bằng https://, http://, mailto: hoặc tel:.`, fix: () => 'Hãy thay bằng một địa chỉ https:// hoặc xóa liên kết.' },
	'glyph-missing': { message: (p) => `Phông chữ của bảng in không có ký tự ${p.chars} trong "${p.text}", nên ký tự đó sẽ bị mất khi in.`, fix: () => 'Hãy kiểm tra ký tự lạ (có thể do dán từ Word hay Facebook) và gõ lại bằng Unikey.' },
	'plaque-text-overflow': { message: (p) => `Trên bảng ${p.code} khổ ${p.size}, dòng chữ "${p.text}" không vừa dù đã thu nhỏ hết mức: thừa ${p.byMm} mm.`, fix: () => 'Hãy rút gọn tên, ví dụ bỏ phần phụ đề, hoặc chọn khổ bảng lớn hơn (trường plaque.size).' },
	'logo-missing': { message: (p) => `Không tìm thấy biểu trưng "${p.src}" trong thư mục ${p.dir}.`, fix: () => 'Hãy kiểm tra tên tệp (chữ hoa và chữ thường là khác nhau) hoặc chép tệp PNG vào thư mục này.' },
	'logo-outside-content-folder': { message: (p) => `Biểu trưng "${p.src}" nằm ngoài thư mục ${p.dir}. Biểu trưng phải nằm trong thư mục nội dung.`, fix: () => 'Hãy chép tệp vào thư mục nội dung và chỉ ghi tên tệp, ví dụ logo.png.' },
	'logo-unreadable': { message: (p) => `Tệp "${p.src}" không mở được như một ảnh PNG, SVG hay JPEG.`, fix: () => 'Hãy lưu biểu trưng dạng SVG hoặc PNG rồi ghi đúng tên tệp, ví dụ logo.svg.' },
	'qr-too-small-for-distance': { message: (p) => `Mã QR trên bảng ${p.code} khổ ${p.size} chỉ rộng ${p.symbolMm} mm. Để quét được từ khoảng ${p.distanceCm} cm, mã cần rộng ít nhất ${p.neededMm} mm.`, fix: () => 'Hãy chọn khổ bảng lớn hơn (trường plaque.size), hoặc rút gọn tên trên bảng để mã QR có thêm chỗ.' },
	'audio-format': { message: (p) => `Tệp thuyết minh ${p.value} không phải tệp âm thanh mà điện thoại mở được. Chỉ dùng tệp ${list(p.formats.map((f) => `.${f}`))}.`, fix: () => 'Hãy lưu lại bản ghi dạng MP3 (ví dụ thuyet-minh.mp3) rồi ghi đúng tên tệp.' },
	'audio-missing': { message: (p) => `Không tìm thấy tệp thuyết minh "${p.src}" trong thư mục ${p.dir}.`, fix: () => 'Hãy kiểm tra tên tệp (chữ hoa và chữ thường là khác nhau) hoặc chép tệp âm thanh vào thư mục này.' },
	'audio-outside-site-folder': { message: (p) => `Tệp thuyết minh "${p.src}" nằm ngoài thư mục ${p.dir}. Tệp của một di tích phải nằm ngay trong thư mục của di tích đó.`, fix: () => 'Hãy chép tệp vào thư mục của di tích và chỉ ghi tên tệp, ví dụ thuyet-minh.mp3.' },
	'inscription-incomplete': { message: (p) => `Khối văn khắc (inscription) thiếu phần: ${list(p.missing.map((part) => PARTS[part]))}. Mỗi khối cần đủ ba phần, mỗi phần bắt đầu bằng một dòng tên phần.`, fix: () => 'Hãy viết lần lượt các dòng "Nguyên văn:", "Phiên âm:", "Dịch nghĩa:", mỗi dòng tên phần có nội dung ngay bên dưới.' },
	'inscription-glyph-missing': { message: (p) => `Phông chữ Hán Nôm của trang không có ký tự ${p.chars}, nên ký tự đó sẽ hiện bằng phông khác hoặc thành ô trống.`, fix: () => 'Hãy kiểm tra lại ký tự (có thể do dán nhầm); nếu đó là chữ Nôm hiếm, hãy ghi chú cách đọc trong phần Phiên âm.' },
	'photo-too-large': { message: (p) => `Ảnh "${p.src}" nặng ${p.sizeMb} MB, quá giới hạn ${p.maxMb} MB, nên chưa được đọc.`, fix: () => SMALLER_PHOTO },
	'photo-too-many-pixels': { message: (p) => `Ảnh "${p.src}" có ${p.widthPx} × ${p.heightPx} điểm ảnh (${p.megapixels} triệu điểm ảnh), quá giới hạn ${p.maxMegapixels} triệu điểm ảnh, nên chưa được đọc.`, fix: () => SMALLER_PHOTO },
	'photo-empty': { message: (p) => `Tệp ảnh "${p.src}" trống (0 byte): trong tệp không có ảnh nào.`, fix: () => 'Hãy chép lại ảnh từ điện thoại hoặc máy ảnh vào thư mục này: lần chép trước có thể chưa xong.' },
	'photo-truncated': { message: (p) => `Ảnh "${p.src}" bị cắt cụt hoặc bị hỏng: chỉ đọc được phần đầu của tệp. Có thể tệp chưa được chép xong.`, fix: () => 'Hãy chép lại ảnh từ điện thoại hoặc máy ảnh và chờ đến khi chép xong; nếu ảnh vẫn không mở được, hãy chọn một ảnh khác.' },
	'photo-not-an-image': {
		message: (p) => `Tệp "${p.src}" không phải là ảnh mà là ${FILE_KINDS[p.kind]}. Trang chỉ nhận ảnh JPEG, PNG hoặc WebP.`,
		fix: () => 'Hãy lưu riêng tấm ảnh thành tệp JPEG (trên trình duyệt: nhấn chuột phải vào ảnh, chọn "Lưu hình ảnh thành…" (Save image as); trong tài liệu: chép ảnh ra rồi lưu lại), rồi ghi tên tệp mới vào đây, ví dụ cover.jpg.',
	},
	'photo-heic': {
		message: (p) => `Ảnh "${p.src}" ở dạng HEIC (dạng ảnh mặc định của iPhone), chương trình chưa đọc được dạng này. Trang chỉ nhận ảnh JPEG, PNG hoặc WebP.`,
		fix: () =>
			'Hãy chuyển ảnh sang JPEG rồi ghi tên tệp mới (đuôi .jpg) vào đây.\n' +
			'- Ảnh chụp từ nay: trên iPhone vào Cài đặt → Camera → Định dạng → Tương thích nhất, ảnh mới sẽ là JPEG (điện thoại Android: tắt lưu ảnh HEIF trong cài đặt Camera).\n' +
			'- Ảnh đã chụp: trước khi chép ảnh sang máy tính bằng cáp, bật Cài đặt → Ảnh → Truyền sang máy Mac hoặc PC → Tự động; hoặc chia sẻ hay xuất ảnh dạng JPEG; hoặc mở ảnh bằng một chương trình chuyển HEIC sang JPEG rồi lưu lại.',
	},
	'location-from-photo': {
		message: (p) => `Vị trí của di tích vẫn là tọa độ tạm, còn ảnh "${p.src}" có ghi nơi chụp: ${p.lat}, ${p.lng}.`,
		fix: (p) => `Hãy xem điểm này trên bản đồ (https://www.google.com/maps/search/?api=1&query=${p.lat},${p.lng}); nếu ảnh được chụp ngay tại di tích, hãy thay cả nhóm location bằng dòng:\n    location: { lat: ${p.lat}, lng: ${p.lng} }`,
	},
	'printed-code-gone': { message: (p) => `Bảng ${p.code} đã in (ngày ${p.date}) nhưng không còn di tích nào mang mã này, nên ai quét bảng sẽ gặp trang lỗi.`, fix: (p) => `Hãy trả lại thư mục của di tích (với code: ${p.code}) nếu di tích vẫn còn. Nếu di tích đã đóng cửa, nhập vào nơi khác hoặc chuyển đi, hãy ghi nó vào content/retired.yaml (xem hướng dẫn) để bảng dẫn tới trang giải thích.` },
	'printed-url-changed': { message: (p) => `Bảng ${p.code} đã in với địa chỉ ${p.printed}, nhưng địa chỉ trang web bây giờ cho ra ${p.current}. Bảng đã in sẽ không dẫn tới trang này nữa.`, fix: () => 'Hãy để baseUrl trong settings.yaml như lúc in bảng. Nếu thật sự phải đổi tên miền, hãy giữ tên miền cũ và cho nó chuyển hướng sang tên miền mới, rồi mới sửa sổ bảng đã in.' },
	'printed-folder-renamed': { message: (p) => `Bảng ${p.code} được in khi di tích ở thư mục ${p.folder}; nay thư mục là ${p.current}, nên địa chỉ trang cũ (…/vi/${p.folder}/) sẽ không còn.`, fix: (p) => `Hãy thêm vào ${p.file} dòng "formerFolders: [${p.folder}]" để địa chỉ cũ tự chuyển sang địa chỉ mới.` },
	'retired-code-in-use': { message: (p) => `Mã ${p.code} được ghi là đã thôi giới thiệu, nhưng ${p.otherFile} vẫn dùng mã này.`, fix: () => 'Hãy xóa mục này khỏi retired.yaml nếu di tích vẫn còn trên tuyến, hoặc xóa thư mục của di tích nếu đã thôi giới thiệu.' },
	'retired-duplicate': { message: (p) => `Mã ${p.code} đã được ghi ở dòng ${p.otherLine} của tệp này.`, fix: () => 'Hãy gộp hai mục làm một: mỗi mã chỉ ghi một lần.' },
	'retired-goto-missing': { message: (p) => `Di tích có lý do "${p.reason}" cần cho biết khách nên đến đâu thay thế.`, fix: () => 'Hãy thêm dòng "goTo:" với mã bảng của di tích thay thế (ví dụ DH04) hoặc một địa chỉ https://.' },
	'retired-goto-unknown': { message: (p) => `Không có di tích nào đang giới thiệu mang mã ${p.goTo}.`, fix: () => 'Hãy ghi mã bảng của một di tích còn trên tuyến, hoặc một địa chỉ https://.' },
	'folder-name-invalid': { message: (p) => `${q(p.value)} không phải tên thư mục của một di tích: tên thư mục chỉ có chữ thường không dấu, chữ số và dấu gạch ngang.`, fix: (p) => `Hãy ghi đúng tên thư mục, đúng như nó có (hoặc đã từng có) trong content/sites/${p.suggestion ? `, ví dụ ${p.suggestion}` : ''}.` },
	'folder-name-taken': { message: (p) => `Tên thư mục ${p.folder} đã thuộc về ${p.otherFile}, nên địa chỉ …/vi/${p.folder}/ không thể dẫn tới hai nơi.`, fix: () => 'Hãy xóa tên này khỏi danh sách, hoặc chọn tên thư mục khác cho di tích mới.' },
} satisfies ProblemMessages;
