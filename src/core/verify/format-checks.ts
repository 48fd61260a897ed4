import type { PlaqueCheck } from './verify-plaque.ts';

const OK = '✓';
const WRONG = '✗';

/**
 * One table per plaque (rows: degradations; columns: the two decoders), then a bilingual summary.
 * A wrong read shows what the decoder did read, so a swapped or stale file names itself.
 */
export function formatPlaqueChecks(checks: readonly PlaqueCheck[], skipped: readonly string[] = []): string {
	const tables = checks.map(formatOne).join('\n');
	const notChecked = skipped.length ? `Không kiểm tra / not checked (not named after a code): ${skipped.join(', ')}\n` : '';
	return `${tables}\n${notChecked}${summary(checks)}`;
}

function formatOne(check: PlaqueCheck): string {
	const scale = check.pxPerModule === undefined ? '' : ` · ${check.pxPerModule.toFixed(1)} px/module at ${check.dpi} dpi`;
	const head = `${check.file} · ${check.code} → ${check.expected ?? '?'}${scale}`;
	if (check.problem && check.rows.length === 0) return `${head}\n  ${WRONG} ${check.problem}\n`;
	const width = Math.max(11, ...check.rows.map((row) => row.label.length));
	const lines = check.rows.map((row) => {
		const wrong = [row.zxing, row.jsqr].filter((text) => text !== check.expected).map(describe);
		const got = wrong.length ? `  read: ${[...new Set(wrong)].join(' / ')}` : '';
		return `  ${row.label.padEnd(width)}  ${mark(row.zxing, check.expected)}      ${mark(row.jsqr, check.expected)}${got}`;
	});
	const problem = check.problem ? [`  ${WRONG} ${check.problem}`] : [];
	return [head, `  ${'degradation'.padEnd(width)}  zxing  jsQR`, ...lines, ...problem, ''].join('\n');
}

function mark(text: string | undefined, expected: string | undefined): string {
	return text !== undefined && text === expected ? OK : WRONG;
}

function describe(text: string | undefined): string {
	return text === undefined ? 'nothing' : `"${text}"`;
}

function summary(checks: readonly PlaqueCheck[]): string {
	const failed = checks.filter((check) => !check.ok).length;
	const decodes = checks.reduce((sum, check) => sum + 2 * check.rows.length, 0);
	const wrong = checks.reduce((sum, check) => sum + check.rows.reduce((n, row) => n + [row.zxing, row.jsqr].filter((t) => t !== check.expected).length, 0), 0);
	return (
		`Bảng QR: ${checks.length - failed}/${checks.length} đọc đúng; ${decodes - wrong}/${decodes} lần giải mã đúng.\n` +
		`QR plaques: ${checks.length - failed} of ${checks.length} read right; ${decodes - wrong} of ${decodes} decodes right.\n`
	);
}
