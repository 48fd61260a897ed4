import { z } from 'zod';
import { field } from './meta.ts';

/** 2–8 capital letters and digits: short enough for a plaque, and QR alphanumeric-mode friendly. */
export const CODE_PATTERN = /^[A-Z0-9]{2,8}$/;

/** The permanent plaque code, printed on the plaque and encoded in its QR code. */
export const CodeSchema = z
	.string()
	.regex(CODE_PATTERN)
	.meta(
		field('mã bảng', 'plaque code', {
			vi: '2 đến 8 chữ in hoa hoặc chữ số, ví dụ DH01. Đã in lên bảng thì không bao giờ đổi.',
			en: '2 to 8 capital letters or digits, for example DH01. Never change it once printed.',
		}),
	);
