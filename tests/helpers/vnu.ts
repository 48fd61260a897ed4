import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The Nu Html Checker jar shipped by the `vnu-jar` package (its main export is the jar's path). */
export const VNU_JAR: string = String(createRequire(import.meta.url)('vnu-jar'));

/** One message of `vnu --format json`. */
export interface VnuMessage {
	type: string;
	subType?: string;
	url?: string;
	firstLine?: number;
	lastLine?: number;
	firstColumn?: number;
	lastColumn?: number;
	message: string;
	extract?: string;
}

/**
 * Checks HTML files with the Nu Html Checker in one Java run (`--errors-only --format json`) and
 * returns its messages; an empty list means every file is valid. Throws when Java or the jar is
 * missing, or when the checker's output is not the JSON report, so a broken setup never passes.
 */
export function checkHtml(files: readonly string[]): VnuMessage[] {
	if (files.length === 0) throw new Error('checkHtml was given no files: the build produced no HTML?');
	if (!existsSync(VNU_JAR)) throw new Error(`The Nu Html Checker jar is missing at ${VNU_JAR}: run npm ci.`);
	const result = spawnSync('java', ['-jar', VNU_JAR, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
	if (result.error) throw new Error(`Could not run java (${result.error.message}). Install default-jre-headless: .ci/run does this.`);
	// The report goes to stderr; exit status 1 only says that there were errors.
	const report = [result.stderr, result.stdout].map((text) => text.trim()).find((text) => text.startsWith('{'));
	if (!report || (result.status !== 0 && result.status !== 1)) {
		throw new Error(`The Nu Html Checker failed (exit ${result.status}):\n${result.stderr}\n${result.stdout}`);
	}
	const parsed = JSON.parse(report) as { messages?: VnuMessage[] };
	if (!Array.isArray(parsed.messages)) throw new Error(`The Nu Html Checker printed no message list:\n${report}`);
	return parsed.messages;
}

/** One readable line a message: `vi/dinh-dam-ha/index.html:2:2457 error: The heading …`, paths relative to `root`. */
export function formatVnuMessage(message: VnuMessage, root: string): string {
	const file = message.url?.startsWith('file:') ? path.relative(root, fileURLToPath(message.url)) : (message.url ?? '?');
	const where = `${file}:${message.lastLine ?? message.firstLine ?? '?'}:${message.firstColumn ?? message.lastColumn ?? '?'}`;
	const extract = message.extract ? `  «${message.extract.replace(/\s+/g, ' ')}»` : '';
	return `${where} ${message.type}${message.subType ? `/${message.subType}` : ''}: ${message.message}${extract}`;
}
