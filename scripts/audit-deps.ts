import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { AUDIT_EXIT, auditExitCode, isUnavailablePolicy, letThrough, readAudit, UNAVAILABLE_POLICIES } from './lib/audit.ts';
import { formatAuditReport, formatUnavailable } from './lib/audit-report.ts';
import { EXIT, nodeIo, type Io } from './lib/io.ts';
import { reportUsage } from './lib/report.ts';

const USAGE = `Cách dùng / Usage: npm run audit:deps -- [--if-unavailable fail|warn-unsupported|warn]
  Chạy / runs npm audit --omit=dev --json; an advisory of high or critical severity in a production dependency fails.
  --if-unavailable   khi máy chủ gói không trả lời / when the registry gives no answer (default: DITICHSO_AUDIT_IF_UNAVAILABLE, else fail):
                       fail              exit ${AUDIT_EXIT.unavailable}
                       warn-unsupported  exit 0 when the registry says it has no audit endpoint (404, 405, 501); exit ${AUDIT_EXIT.unavailable} when it cannot be reached
                       warn              exit 0 either way
  Mã thoát / exit codes: 0 no high or critical advisory, 1 some, 2 wrong arguments, 3 npm failed, ${AUDIT_EXIT.unavailable} the registry did not answer.
`;

export interface AuditRun {
	stdout: string;
	stderr: string;
	/** npm's exit code; null when it was killed (time-out). */
	code: number | null;
	/** Set when npm could not be started at all. */
	startError?: string;
}

/** Runs `npm audit --omit=dev --json` in `cwd` (the project folder). */
export async function runNpmAudit(cwd: string, env: Io['env']): Promise<AuditRun> {
	return new Promise((resolve) => {
		let stdout = '';
		let stderr = '';
		// The registry may hang rather than refuse; two minutes is far more than an answer takes.
		const child = spawn('npm', ['audit', '--omit=dev', '--json'], { cwd, env: { ...env }, stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
		child.stdout.on('data', (chunk: Buffer) => void (stdout += chunk.toString('utf8')));
		child.stderr.on('data', (chunk: Buffer) => void (stderr += chunk.toString('utf8')));
		child.on('error', (error) => resolve({ stdout, stderr, code: null, startError: error.message }));
		child.on('close', (code, signal) => resolve({ stdout, stderr: signal ? `${stderr}\nnpm audit was stopped (${signal}): ETIMEDOUT` : stderr, code }));
	});
}

/** `npm run audit:deps`: the production dependencies against the registry's advisories (issue #8). */
export async function main(argv: string[], io: Io, run: typeof runNpmAudit = runNpmAudit): Promise<number> {
	let values;
	try {
		values = parseArgs({ args: argv, options: { 'if-unavailable': { type: 'string' }, help: { type: 'boolean', short: 'h' } }, strict: true }).values;
	} catch (error) {
		return reportUsage(USAGE, (error as Error).message, io);
	}
	if (values.help) return io.stdout(USAGE), EXIT.ok;
	const policy = values['if-unavailable'] ?? io.env['DITICHSO_AUDIT_IF_UNAVAILABLE'] ?? 'fail';
	if (!isUnavailablePolicy(policy)) {
		const choices = UNAVAILABLE_POLICIES.join(', ');
		return reportUsage(USAGE, `Giá trị "--if-unavailable ${policy}" không hợp lệ. Chọn một trong: ${choices}.\nThe value "--if-unavailable ${policy}" is not valid. Choose one of: ${choices}.`, io);
	}
	const result = await run(io.cwd, io.env);
	if (result.startError) {
		io.stderr(`Không chạy được npm. / npm could not be run: ${result.startError}\n`);
		return AUDIT_EXIT.failure;
	}
	const reading = readAudit(result.stdout, result.stderr);
	if (reading.kind === 'report') io.stdout(formatAuditReport(reading));
	if (reading.kind === 'unavailable') {
		const verdict = letThrough(reading, policy) ? 'Cho qua / Let through' : 'Coi là lỗi / Counted as a failure';
		io.stderr(`${formatUnavailable(reading)}${verdict} (--if-unavailable ${policy}).\n`);
	}
	if (reading.kind === 'failed') io.stderr(`npm audit không cho kết quả. / npm audit gave no report (exit ${result.code ?? 'killed'}): ${reading.detail}\n`);
	return auditExitCode(reading, policy);
}

if (import.meta.main) process.exitCode = await main(process.argv.slice(2), nodeIo);
