import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, test } from 'vitest';
import { main, type AuditRun } from '../../scripts/audit-deps.ts';
import { formatAuditReport } from '../../scripts/lib/audit-report.ts';
import { auditExitCode, blockingPackages, hasBlocking, readAudit, type AuditReading, type UnavailablePolicy } from '../../scripts/lib/audit.ts';
import { captureIo } from '../helpers/io.ts';
import { PROJECT_ROOT } from '../helpers/trail-copy.ts';

// Samples of `npm audit --omit=dev --json` (npm 11.19). RECORDED: printed by npm on this machine,
// against the workplace's registry (the 405) or a registry stand-in on loopback (the others; the
// advisory in REPORT_HIGH is made up, the shape is npm's). WRITTEN: npm's documented format.

/** RECORDED: the registry proxy here has no audit endpoint; npm exits 1. */
const ERROR_405 = JSON.stringify({
	message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
	method: 'POST',
	uri: 'https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
	headers: { allow: ['GET,HEAD'], date: ['Tue, 01 Dec 2026 15:38:29 GMT'], 'content-length': ['0'], 'x-fetch-attempts': ['1'] },
	statusCode: 405,
	body: '',
	error: { summary: '', detail: '' },
});
const STDERR_405 = 'npm warn audit 405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk\nnpm error audit endpoint returned an error\n';

/** RECORDED: a registry without the endpoint at all. */
const ERROR_404 = JSON.stringify({
	message: '404 Not Found - POST http://127.0.0.1:48744/-/npm/v1/security/advisories/bulk - Not found',
	method: 'POST',
	uri: 'http://127.0.0.1:48744/-/npm/v1/security/advisories/bulk',
	headers: { 'content-type': ['application/json'], 'x-fetch-attempts': ['1'] },
	statusCode: 404,
	body: { error: 'Not found' },
	error: { summary: '', detail: '' },
});

/** RECORDED: the registry is down for a while. */
const ERROR_503 = JSON.stringify({
	message: '503 Service Unavailable - POST http://127.0.0.1:48745/-/npm/v1/security/advisories/bulk - Service Unavailable',
	method: 'POST',
	uri: 'http://127.0.0.1:48745/-/npm/v1/security/advisories/bulk',
	statusCode: 503,
	body: { error: 'Service Unavailable' },
	error: { summary: '', detail: '' },
});

/** RECORDED: nothing listens at the registry's address. */
const ERROR_REFUSED = JSON.stringify({
	message: 'request to http://127.0.0.1:9/-/npm/v1/security/advisories/bulk failed, reason: connect ECONNREFUSED 127.0.0.1:9',
	error: { summary: '', detail: '' },
});

/** WRITTEN: npm's general error object, for a name that does not resolve. */
const ERROR_DNS = JSON.stringify({ error: { code: 'ENOTFOUND', summary: 'request to https://registry.npmjs.org/-/npm/v1/security/advisories/bulk failed, reason: getaddrinfo ENOTFOUND registry.npmjs.org', detail: 'This is a problem related to network connectivity.' } });

/** WRITTEN: an HTTP failure told by npm's error code. */
const ERROR_E404 = JSON.stringify({ error: { code: 'E404', summary: 'Not Found - POST https://npm.example/-/npm/v1/security/audits/quick', detail: '' } });

/** WRITTEN: no lockfile: not the registry's fault, and not a pass. */
const ERROR_NO_LOCK = JSON.stringify({ error: { code: 'ENOLOCK', summary: 'This command requires an existing lockfile.', detail: 'Try creating one first with: npm i --package-lock-only' } });

/** RECORDED: nothing to report. */
const REPORT_CLEAN = JSON.stringify({
	auditReportVersion: 2,
	vulnerabilities: {},
	metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0 }, dependencies: { prod: 833, dev: 258, optional: 114, peer: 1, peerOptional: 0, total: 1203 } },
});

/** RECORDED (trimmed to two of its 39 entries; counts kept as npm gave them): one high advisory, in a direct dependency, reaching others through it. */
const REPORT_HIGH = JSON.stringify({
	auditReportVersion: 2,
	vulnerabilities: {
		cosmiconfig: { name: 'cosmiconfig', severity: 'high', isDirect: false, via: ['yaml'], effects: ['babel-plugin-macros'], range: '', nodes: ['node_modules/cosmiconfig'], fixAvailable: false },
		yaml: {
			name: 'yaml',
			severity: 'high',
			isDirect: true,
			via: [
				{
					source: 1101234,
					name: 'yaml',
					dependency: 'yaml',
					title: 'yaml Parser recursion on deep block nesting',
					url: 'https://github.com/advisories/GHSA-aaaa-bbbb-cccc',
					severity: 'high',
					cwe: ['CWE-674'],
					cvss: { score: 7.5, vectorString: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:N/I:N/A:H' },
					range: '<2.9.2',
				},
			],
			effects: ['cosmiconfig', 'decap-cms-core'],
			range: '2.9.1',
			nodes: ['node_modules/cosmiconfig/node_modules/yaml', 'node_modules/decap-cms-core/node_modules/yaml', 'node_modules/yaml'],
			fixAvailable: false,
		},
	},
	metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 39, critical: 0, total: 39 }, dependencies: { prod: 833, dev: 258, optional: 114, peer: 1, peerOptional: 0, total: 1203 } },
});

/** WRITTEN: a critical advisory with a fix behind a major version, and a moderate one that `npm audit fix` solves. */
const REPORT_CRITICAL = JSON.stringify({
	auditReportVersion: 2,
	vulnerabilities: {
		minimist: {
			name: 'minimist',
			severity: 'critical',
			isDirect: false,
			via: [{ source: 1096466, name: 'minimist', dependency: 'minimist', title: 'Prototype Pollution in minimist', url: 'https://github.com/advisories/GHSA-xvch-5gv4-984h', severity: 'critical', cwe: ['CWE-1321'], cvss: { score: 9.8, vectorString: 'CVSS:3.1/AV:N/AC:L/PR:N/UI:N/S:U/C:H/I:H/A:H' }, range: '<0.2.4' }],
			effects: ['mkdirp'],
			range: '<=0.2.3',
			nodes: ['node_modules/minimist'],
			fixAvailable: { name: 'mkdirp', version: '3.0.1', isSemVerMajor: true },
		},
		mkdirp: { name: 'mkdirp', severity: 'critical', isDirect: true, via: ['minimist'], effects: [], range: '0.4.1 - 0.5.1', nodes: ['node_modules/mkdirp'], fixAvailable: { name: 'mkdirp', version: '3.0.1', isSemVerMajor: true } },
		'postcss': { name: 'postcss', severity: 'moderate', isDirect: false, via: [{ source: 1094544, name: 'postcss', dependency: 'postcss', title: 'PostCSS line return parsing error', url: 'https://github.com/advisories/GHSA-7fh5-64p2-3v2j', severity: 'moderate', cwe: ['CWE-74'], cvss: { score: 5.3, vectorString: null }, range: '<8.4.31' }], effects: [], range: '<8.4.31', nodes: ['node_modules/postcss'], fixAvailable: true },
	},
	metadata: { vulnerabilities: { info: 0, low: 0, moderate: 1, high: 0, critical: 2, total: 3 }, dependencies: { prod: 120, dev: 0, optional: 2, peer: 0, peerOptional: 0, total: 121 } },
});

/** WRITTEN: only low and moderate advisories: reported, not a failure. */
const REPORT_MODERATE = JSON.stringify({
	auditReportVersion: 2,
	vulnerabilities: {
		'brace-expansion': { name: 'brace-expansion', severity: 'low', isDirect: false, via: [{ source: 1105443, name: 'brace-expansion', dependency: 'brace-expansion', title: 'brace-expansion Regular Expression Denial of Service vulnerability', url: 'https://github.com/advisories/GHSA-v6h2-p8h4-qcjw', severity: 'low', cwe: ['CWE-400'], cvss: { score: 3.1, vectorString: null }, range: '>=2.0.0 <=2.0.1' }], effects: [], range: '2.0.0 - 2.0.1', nodes: ['node_modules/brace-expansion'], fixAvailable: true },
	},
	metadata: { vulnerabilities: { info: 0, low: 1, moderate: 0, high: 0, critical: 0, total: 1 }, dependencies: { prod: 40, dev: 0, optional: 0, peer: 0, peerOptional: 0, total: 40 } },
});

/** WRITTEN: npm 6's form (auditReportVersion 1, `advisories` by id). */
const REPORT_NPM6 = JSON.stringify({
	actions: [],
	advisories: { '1179': { id: 1179, module_name: 'minimist', severity: 'high', title: 'Prototype Pollution', url: 'https://npmjs.com/advisories/1179', vulnerable_versions: '<0.2.1 || >=1.0.0 <1.2.3', findings: [{ version: '1.2.0', paths: ['mkdirp>minimist'] }] } },
	muted: [],
	metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 1, critical: 0 }, dependencies: 31, devDependencies: 0, optionalDependencies: 0, totalDependencies: 31 },
});

const report = (json: string) => {
	const reading = readAudit(json);
	if (reading.kind !== 'report') throw new Error(`not a report: ${JSON.stringify(reading)}`);
	return reading;
};

describe('readAudit', () => {
	test.each([
		['405 from a registry without the audit endpoint (this machine)', ERROR_405, STDERR_405, { kind: 'unavailable', reason: 'unsupported', statusCode: 405 }],
		['404 from a registry without the audit endpoint', ERROR_404, '', { kind: 'unavailable', reason: 'unsupported', statusCode: 404 }],
		['E404 in npm’s error object', ERROR_E404, '', { kind: 'unavailable', reason: 'unsupported', statusCode: 404 }],
		['503 from a registry that is down', ERROR_503, '', { kind: 'unavailable', reason: 'unreachable', statusCode: 503 }],
		['a refused connection', ERROR_REFUSED, '', { kind: 'unavailable', reason: 'unreachable' }],
		['a name that does not resolve', ERROR_DNS, '', { kind: 'unavailable', reason: 'unreachable' }],
		['no lockfile', ERROR_NO_LOCK, '', { kind: 'failed' }],
		['no output, a 405 on stderr', '', STDERR_405, { kind: 'unavailable', reason: 'unsupported', statusCode: 405 }],
		['no output, a time-out on stderr', '', '\nnpm audit was stopped (SIGTERM): ETIMEDOUT', { kind: 'unavailable', reason: 'unreachable' }],
		['no output at all', '', '', { kind: 'failed' }],
		['text that is not JSON', 'Segmentation fault', '', { kind: 'failed' }],
		['JSON that is not an audit', '[1, 2]', '', { kind: 'failed' }],
		['an object that is neither report nor error', '{"hello": "world"}', '', { kind: 'failed' }],
	])('tells %s', (_name, stdout, stderr, expected) => {
		expect(readAudit(stdout, stderr)).toMatchObject(expected);
	});

	test('quotes the registry’s own words for an unanswered audit', () => {
		expect(readAudit(ERROR_405)).toEqual({ kind: 'unavailable', reason: 'unsupported', statusCode: 405, detail: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk' });
	});

	test('reads a clean report: zero counts and the production dependencies', () => {
		expect(readAudit(REPORT_CLEAN)).toEqual({ kind: 'report', counts: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0 }, vulnerable: [], dependencies: 833 });
	});

	test('reads each vulnerable package: severity, range, advisories, the packages it is vulnerable through, the fix', () => {
		const { vulnerable, counts } = report(REPORT_CRITICAL);
		expect(counts).toEqual({ info: 0, low: 0, moderate: 1, high: 0, critical: 2, total: 3 });
		expect(vulnerable).toEqual([
			{ name: 'minimist', severity: 'critical', range: '<=0.2.3', direct: false, advisories: [{ title: 'Prototype Pollution in minimist', url: 'https://github.com/advisories/GHSA-xvch-5gv4-984h', severity: 'critical', range: '<0.2.4' }], through: [], fix: { kind: 'upgrade', name: 'mkdirp', version: '3.0.1', major: true } },
			{ name: 'mkdirp', severity: 'critical', range: '0.4.1 - 0.5.1', direct: true, advisories: [], through: ['minimist'], fix: { kind: 'upgrade', name: 'mkdirp', version: '3.0.1', major: true } },
			{ name: 'postcss', severity: 'moderate', range: '<8.4.31', direct: false, advisories: [{ title: 'PostCSS line return parsing error', url: 'https://github.com/advisories/GHSA-7fh5-64p2-3v2j', severity: 'moderate', range: '<8.4.31' }], through: [], fix: { kind: 'audit-fix' } },
		]);
	});

	test('reads npm 6’s advisories', () => {
		const reading = report(REPORT_NPM6);
		expect(reading.dependencies).toBe(31);
		expect(reading.counts.total).toBe(1);
		expect(blockingPackages(reading).map((p) => [p.name, p.severity, p.range])).toEqual([['minimist', 'high', '<0.2.1 || >=1.0.0 <1.2.3']]);
	});

	test('takes a severity it does not know as critical, so a new word cannot let an advisory through', () => {
		const json = JSON.parse(REPORT_MODERATE) as { vulnerabilities: Record<string, { severity: string }> };
		(json.vulnerabilities['brace-expansion'] as { severity: string }).severity = 'severe';
		expect(hasBlocking(report(JSON.stringify(json)))).toBe(true);
	});
});

describe('hasBlocking', () => {
	test.each([
		['a clean report', REPORT_CLEAN, false],
		['a high advisory', REPORT_HIGH, true],
		['two critical and a moderate', REPORT_CRITICAL, true],
		['low only', REPORT_MODERATE, false],
		['npm 6, high', REPORT_NPM6, true],
	])('%s → %s', (_name, json, expected) => {
		expect(hasBlocking(report(json))).toBe(expected);
	});

	test('fails on counts that name a high advisory even when no package is listed', () => {
		const json = JSON.parse(REPORT_CLEAN) as { metadata: { vulnerabilities: Record<string, number> } };
		json.metadata.vulnerabilities['high'] = 1;
		expect(hasBlocking(report(JSON.stringify(json)))).toBe(true);
	});
});

describe('auditExitCode', () => {
	const unsupported = readAudit(ERROR_405);
	const unreachable = readAudit(ERROR_REFUSED);
	const cases: Array<[string, AuditReading, UnavailablePolicy, number]> = [
		['clean', readAudit(REPORT_CLEAN), 'fail', 0],
		['high', readAudit(REPORT_HIGH), 'warn', 1],
		['unsupported', unsupported, 'fail', 4],
		['unsupported', unsupported, 'warn-unsupported', 0],
		['unsupported', unsupported, 'warn', 0],
		['unreachable', unreachable, 'fail', 4],
		['unreachable', unreachable, 'warn-unsupported', 4],
		['unreachable', unreachable, 'warn', 0],
		['failed', readAudit(ERROR_NO_LOCK), 'warn', 3],
	];
	test.each(cases)('%s under %s → %i', (_name, reading, policy, code) => {
		expect(auditExitCode(reading, policy)).toBe(code);
	});
});

describe('formatAuditReport', () => {
	test('names each high or critical package with its advisory and fix; moderate ones only in the counts', () => {
		expect(formatAuditReport(report(REPORT_CRITICAL))).toMatchInlineSnapshot(`
			"npm audit --omit=dev (120 dependencies): 2 critical, 1 moderate.
			Có 2 gói dùng khi chạy trang có lỗ hổng mức cao hoặc nghiêm trọng. / 2 production packages have a high or critical advisory.
			  critical minimist <=0.2.3
			           Prototype Pollution in minimist (<0.2.4) https://github.com/advisories/GHSA-xvch-5gv4-984h
			           fix: upgrade to mkdirp@3.0.1 (a major version: check the changes)
			  critical mkdirp 0.4.1 - 0.5.1 (direct) via minimist
			           fix: upgrade to mkdirp@3.0.1 (a major version: check the changes)
			"
		`);
	});

	test('says so in one line when there is nothing', () => {
		expect(formatAuditReport(report(REPORT_CLEAN))).toBe('npm audit --omit=dev (833 dependencies): no advisories.\n');
	});
});

/** A stand-in for npm: what it printed and its exit code. */
const npmSays = (stdout: string, code = 1, stderr = ''): (() => Promise<AuditRun>) => async () => ({ stdout, stderr, code });

describe('main', () => {
	test('prints the high advisories and exits 1', async () => {
		const io = captureIo(PROJECT_ROOT);
		expect(await main([], io, npmSays(REPORT_HIGH))).toBe(1);
		expect(io.out()).toContain('high     yaml 2.9.1 (direct)');
		expect(io.out()).toContain('yaml Parser recursion on deep block nesting (<2.9.2) https://github.com/advisories/GHSA-aaaa-bbbb-cccc');
	});

	test('exits 0 on a clean report and on low advisories', async () => {
		expect(await main([], captureIo(PROJECT_ROOT), npmSays(REPORT_CLEAN, 0))).toBe(0);
		expect(await main([], captureIo(PROJECT_ROOT), npmSays(REPORT_MODERATE))).toBe(0);
	});

	test('fails closed by default when the registry does not answer, and says so plainly', async () => {
		const io = captureIo(PROJECT_ROOT);
		expect(await main([], io, npmSays(ERROR_405, 1, STDERR_405))).toBe(4);
		expect(io.err()).toMatchInlineSnapshot(`
			"Máy chủ gói không có dịch vụ kiểm tra lỗ hổng. / The package registry does not offer the audit endpoint (HTTP 405): 405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk
			npm audit --omit=dev: no answer, so no advisory was checked.
			Coi là lỗi / Counted as a failure (--if-unavailable fail).
			"
		`);
	});

	test('lets a registry without the audit endpoint through with warn-unsupported, from the flag or DITICHSO_AUDIT_IF_UNAVAILABLE', async () => {
		expect(await main(['--if-unavailable', 'warn-unsupported'], captureIo(PROJECT_ROOT), npmSays(ERROR_405))).toBe(0);
		expect(await main([], captureIo(PROJECT_ROOT, { DITICHSO_AUDIT_IF_UNAVAILABLE: 'warn-unsupported' }), npmSays(ERROR_404))).toBe(0);
		// The flag wins over the environment.
		expect(await main(['--if-unavailable', 'fail'], captureIo(PROJECT_ROOT, { DITICHSO_AUDIT_IF_UNAVAILABLE: 'warn' }), npmSays(ERROR_405))).toBe(4);
	});

	test('still fails with warn-unsupported when the registry cannot be reached', async () => {
		expect(await main(['--if-unavailable', 'warn-unsupported'], captureIo(PROJECT_ROOT), npmSays(ERROR_REFUSED))).toBe(4);
		expect(await main(['--if-unavailable', 'warn-unsupported'], captureIo(PROJECT_ROOT), npmSays(ERROR_503))).toBe(4);
	});

	test('exits 3 when npm fails otherwise or cannot be started', async () => {
		expect(await main([], captureIo(PROJECT_ROOT), npmSays(ERROR_NO_LOCK))).toBe(3);
		expect(await main([], captureIo(PROJECT_ROOT), async () => ({ stdout: '', stderr: '', code: null, startError: 'spawn npm ENOENT' }))).toBe(3);
	});

	test('exits 2 on a wrong policy or an unknown flag, naming the choices', async () => {
		const io = captureIo(PROJECT_ROOT);
		expect(await main(['--if-unavailable', 'maybe'], io, npmSays(REPORT_CLEAN, 0))).toBe(2);
		expect(io.err()).toContain('Choose one of: fail, warn-unsupported, warn.');
		expect(await main(['--fix'], captureIo(PROJECT_ROOT), npmSays(REPORT_CLEAN, 0))).toBe(2);
	});

	test('runs as a script: --help prints the usage and exits 0', async () => {
		const { stdout } = await promisify(execFile)(process.execPath, [path.join(PROJECT_ROOT, 'scripts/audit-deps.ts'), '--help'], { cwd: PROJECT_ROOT });
		expect(stdout).toContain('Usage: npm run audit:deps');
	});
});
