import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { Io } from './io.ts';

export type ReportLang = 'vi' | 'en';

export interface CommonOptions {
	contentDir: string;
	lang: ReportLang;
	json: boolean;
	help: boolean;
}

const COMMON = {
	content: { type: 'string' },
	lang: { type: 'string' },
	json: { type: 'boolean' },
	help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

export type ArgsResult<T> = { ok: true; options: T } | { ok: false; error: string };

/**
 * Parses the flags every command shares, plus `extra`. The content folder comes from `--content`,
 * then DITICHSO_CONTENT, then `content/`, resolved once here so core only ever sees a path.
 */
export function parseCommonArgs(argv: string[], io: Io, extra: NonNullable<ParseArgsConfig['options']>, { positionals = false } = {}) {
	try {
		const parsed = parseArgs({ args: argv, options: { ...COMMON, ...extra }, strict: true, allowPositionals: positionals });
		const values = parsed.values as Record<string, string | boolean | undefined>;
		const lang = (values.lang as string | undefined) ?? 'vi';
		if (lang !== 'vi' && lang !== 'en') return fail(`Giá trị "--lang ${lang}" không hợp lệ. Chọn một trong: vi, en.\nThe value "--lang ${lang}" is not valid. Choose one of: vi, en.`);
		const content = (values.content as string | undefined) ?? io.env['DITICHSO_CONTENT'] ?? 'content';
		const options: CommonOptions = { contentDir: path.resolve(io.cwd, content), lang, json: Boolean(values.json), help: Boolean(values.help) };
		return { ok: true as const, options, values, positionals: parsed.positionals };
	} catch (error) {
		const message = (error as Error).message;
		return fail(`Lệnh có tham số không hợp lệ: ${message}\nThe command has an invalid argument: ${message}`);
	}
}

function fail(error: string): { ok: false; error: string } {
	return { ok: false, error };
}
