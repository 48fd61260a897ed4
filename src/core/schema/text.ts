import { z } from 'zod';
import { field } from './meta.ts';

/** Longest summary: it must fit under the title on a phone and, later, on a plaque. */
export const SUMMARY_MAX_CHARS = 200;

export const TitleSchema = z.string().trim().min(1).max(160).meta(field('tên di tích', 'title'));
export const SummarySchema = z
	.string()
	.trim()
	.min(1)
	.max(SUMMARY_MAX_CHARS)
	.meta(field('tóm tắt', 'summary', { vi: 'Một hoặc hai câu, tối đa 200 ký tự.', en: 'One or two sentences, at most 200 characters.' }));

/** A calendar date written as YYYY-MM-DD. */
export const DateSchema = z.iso.date().meta(field('ngày cập nhật', 'date updated', { vi: 'Viết theo dạng năm-tháng-ngày, ví dụ 2025-07-01.', en: 'Written as year-month-day, e.g. 2025-07-01.' }));
