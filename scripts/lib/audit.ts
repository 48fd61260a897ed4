/**
 * What `npm audit --omit=dev --json` answered (issue #8: no high or critical advisory in a
 * production dependency). Reads npm's report (auditReportVersion 2, npm 7 and later; the npm 6
 * form with `advisories` too) and npm's JSON error, and tells a registry that cannot answer from
 * a report: a mirror without the audit endpoint answers 404 or 405, an outage is a network error.
 * No process is run here; `scripts/audit-deps.ts` runs npm and prints what this returns.
 */

export const SEVERITIES = ['info', 'low', 'moderate', 'high', 'critical'] as const;
export type AuditSeverity = (typeof SEVERITIES)[number];

/** Severities that fail the audit. */
export const BLOCKING_SEVERITIES: readonly AuditSeverity[] = ['high', 'critical'];

/** Exit codes of `audit:deps`: 0, 1, 3 as for the project's other commands (2 is wrong usage), and one of its own. */
export const AUDIT_EXIT = { ok: 0, blocking: 1, failure: 3, unavailable: 4 } as const;

/**
 * What a registry that gives no answer means: `fail` (every time: what a real registry's CI wants),
 * `warn-unsupported` (let through only a registry that says it has no audit endpoint, such as a
 * mirror; one that cannot be reached still fails), `warn` (let through either).
 */
export const UNAVAILABLE_POLICIES = ['fail', 'warn-unsupported', 'warn'] as const;
export type UnavailablePolicy = (typeof UNAVAILABLE_POLICIES)[number];

export function isUnavailablePolicy(value: string): value is UnavailablePolicy {
	return (UNAVAILABLE_POLICIES as readonly string[]).includes(value);
}

/** True when `policy` lets this unanswered audit through. */
export function letThrough(reading: Extract<AuditReading, { kind: 'unavailable' }>, policy: UnavailablePolicy): boolean {
	return policy === 'warn' || (policy === 'warn-unsupported' && reading.reason === 'unsupported');
}

/** The exit code for a reading under `policy`. */
export function auditExitCode(reading: AuditReading, policy: UnavailablePolicy): number {
	if (reading.kind === 'report') return hasBlocking(reading) ? AUDIT_EXIT.blocking : AUDIT_EXIT.ok;
	if (reading.kind === 'unavailable') return letThrough(reading, policy) ? AUDIT_EXIT.ok : AUDIT_EXIT.unavailable;
	return AUDIT_EXIT.failure;
}

export interface Advisory {
	title: string;
	url: string;
	severity: AuditSeverity;
	/** Affected versions, e.g. `<0.2.4`. */
	range: string;
}

/** One vulnerable package of the report. */
export interface VulnerablePackage {
	name: string;
	severity: AuditSeverity;
	/** Installed versions in the affected range, e.g. `<=0.2.3`. */
	range: string;
	/** Listed in package.json, not pulled in by another package. */
	direct: boolean;
	/** Its own advisories (empty when it is vulnerable only through a dependency). */
	advisories: Advisory[];
	/** The vulnerable packages it depends on, when that is how it is vulnerable. */
	through: string[];
	/** What npm proposes: `npm audit fix`, an upgrade that breaks semver, or nothing. */
	fix: { kind: 'audit-fix' } | { kind: 'upgrade'; name: string; version: string; major: boolean } | { kind: 'none' };
}

export type AuditCounts = Record<AuditSeverity, number> & { total: number };

export type AuditReading =
	/** The registry answered with a report. */
	| { kind: 'report'; counts: AuditCounts; vulnerable: VulnerablePackage[]; dependencies: number | undefined }
	/**
	 * The registry did not answer: `unsupported` when it says it has no audit endpoint (404, 405,
	 * 501), `unreachable` for network errors, time-outs and other HTTP failures (5xx, 429 …).
	 */
	| { kind: 'unavailable'; reason: 'unsupported' | 'unreachable'; detail: string; statusCode?: number }
	/** npm failed for another reason (no lockfile, output that is not an audit report). */
	| { kind: 'failed'; detail: string };

const UNSUPPORTED_STATUS = new Set([404, 405, 501]);
const NETWORK_CODES = /\b(?:ENOTFOUND|ECONNREFUSED|ECONNRESET|ETIMEDOUT|ESOCKETTIMEDOUT|EAI_AGAIN|ENETUNREACH|EHOSTUNREACH|ECONNABORTED|EPIPE|ERR_SOCKET_TIMEOUT|UND_ERR_CONNECT_TIMEOUT|FETCH_ERROR|EPROXY)\b/;

/**
 * Reads what `npm audit --json` printed. `stdout` is the JSON (a report or npm's error object);
 * `stderr` only helps to name the failure when stdout holds none. Never throws.
 */
export function readAudit(stdout: string, stderr = ''): AuditReading {
	const json = parseJson(stdout);
	if (json === undefined) return fromText(`${stdout}\n${stderr}`.trim());
	if (!isRecord(json)) return { kind: 'failed', detail: `npm audit printed JSON that is not an object: ${clip(stdout)}` };
	if (isRecord(json['metadata']) && isRecord(json['metadata']['vulnerabilities'])) return readReport(json);
	return readError(json, stderr);
}

/** The packages whose severity fails the audit, most severe first, then by name. */
export function blockingPackages(reading: Extract<AuditReading, { kind: 'report' }>): VulnerablePackage[] {
	return reading.vulnerable.filter((p) => BLOCKING_SEVERITIES.includes(p.severity)).sort((a, b) => SEVERITIES.indexOf(b.severity) - SEVERITIES.indexOf(a.severity) || a.name.localeCompare(b.name, 'en'));
}

/** True when the report has a high or critical advisory: by its counts or by any package, so a report that disagrees with itself still fails. */
export function hasBlocking(reading: Extract<AuditReading, { kind: 'report' }>): boolean {
	return BLOCKING_SEVERITIES.some((s) => reading.counts[s] > 0) || blockingPackages(reading).length > 0;
}

function readReport(json: Record<string, unknown>): AuditReading {
	const metadata = json['metadata'] as Record<string, unknown>;
	const raw = metadata['vulnerabilities'] as Record<string, unknown>;
	const counts = Object.fromEntries(SEVERITIES.map((s) => [s, count(raw[s])])) as AuditCounts;
	counts.total = typeof raw['total'] === 'number' ? count(raw['total']) : SEVERITIES.reduce((sum, s) => sum + counts[s], 0);
	const dependencies = readDependencies(metadata);
	const vulnerable = isRecord(json['vulnerabilities']) ? readPackages(json['vulnerabilities']) : isRecord(json['advisories']) ? readLegacyAdvisories(json['advisories']) : [];
	return { kind: 'report', counts, vulnerable, dependencies };
}

/** npm 7+: `vulnerabilities` by package name; `via` holds advisories (objects) and package names (strings). */
function readPackages(entries: Record<string, unknown>): VulnerablePackage[] {
	return Object.entries(entries).flatMap(([key, value]) => {
		if (!isRecord(value)) return [];
		const via = Array.isArray(value['via']) ? value['via'] : [];
		return [
			{
				name: text(value['name']) || key,
				severity: severity(value['severity']),
				range: text(value['range']),
				direct: value['isDirect'] === true,
				advisories: via.filter(isRecord).map((a) => ({ title: text(a['title']), url: text(a['url']), severity: severity(a['severity']), range: text(a['range']) })),
				through: via.filter((v): v is string => typeof v === 'string'),
				fix: readFix(value['fixAvailable']),
			},
		];
	});
}

/** npm 6: `advisories` by id, one per advisory, with `module_name`. */
function readLegacyAdvisories(entries: Record<string, unknown>): VulnerablePackage[] {
	return Object.values(entries).flatMap((value) => {
		if (!isRecord(value)) return [];
		const range = text(value['vulnerable_versions']);
		const advisory = { title: text(value['title']), url: text(value['url']), severity: severity(value['severity']), range };
		return [{ name: text(value['module_name']) || '(unknown)', severity: advisory.severity, range, direct: false, advisories: [advisory], through: [], fix: { kind: 'none' as const } }];
	});
}

function readFix(value: unknown): VulnerablePackage['fix'] {
	if (value === true) return { kind: 'audit-fix' };
	if (isRecord(value) && typeof value['name'] === 'string' && typeof value['version'] === 'string') return { kind: 'upgrade', name: value['name'], version: value['version'], major: value['isSemVerMajor'] === true };
	return { kind: 'none' };
}

/** npm 7+ counts dependencies by kind with a total; npm 6 gives `dependencies` as a number. */
function readDependencies(metadata: Record<string, unknown>): number | undefined {
	const deps = metadata['dependencies'];
	if (typeof deps === 'number') return deps;
	if (isRecord(deps)) {
		if (typeof deps['prod'] === 'number') return deps['prod'];
		if (typeof deps['total'] === 'number') return deps['total'];
	}
	return undefined;
}

/**
 * npm's error, in either of its JSON forms: the registry's answer spread at the top
 * (`{ message, statusCode, uri, … }`, as for a 405) or `{ error: { code, summary, detail } }`.
 */
function readError(json: Record<string, unknown>, stderr: string): AuditReading {
	const error = isRecord(json['error']) ? json['error'] : {};
	const statusCode = typeof json['statusCode'] === 'number' ? json['statusCode'] : statusFromCode(text(error['code']) || text(json['code']));
	const words = [text(json['message']), text(error['summary']), text(error['detail'])].filter(Boolean);
	const detail = words.join(' ') || text(error['code']) || text(json['code']) || firstLine(stderr) || clip(JSON.stringify(json));
	if (statusCode !== undefined) return { kind: 'unavailable', reason: UNSUPPORTED_STATUS.has(statusCode) ? 'unsupported' : 'unreachable', detail, statusCode };
	const codes = [text(error['code']), text(json['code']), text(json['errno']), ...words, stderr].join(' ');
	if (NETWORK_CODES.test(codes)) return { kind: 'unavailable', reason: 'unreachable', detail };
	return { kind: 'failed', detail };
}

/** No JSON at all: npm died before printing, or printed only text. */
function fromText(output: string): AuditReading {
	const status = /\b([1-5]\d\d) [A-Z][A-Za-z ]+ - (?:GET|POST)\b/.exec(output);
	const statusCode = status ? Number(status[1]) : undefined;
	const detail = firstLine(output) || 'npm audit printed nothing';
	if (statusCode !== undefined && statusCode >= 400) return { kind: 'unavailable', reason: UNSUPPORTED_STATUS.has(statusCode) ? 'unsupported' : 'unreachable', detail, statusCode };
	if (NETWORK_CODES.test(output)) return { kind: 'unavailable', reason: 'unreachable', detail };
	return { kind: 'failed', detail: `npm audit printed no JSON: ${clip(output) || '(nothing)'}` };
}

/** npm names HTTP failures `E404`, `E405`, `E503` …. */
function statusFromCode(code: string): number | undefined {
	const match = /^E([1-5]\d\d)$/.exec(code);
	return match ? Number(match[1]) : undefined;
}

function parseJson(stdout: string): unknown {
	const trimmed = stdout.trim();
	if (!trimmed) return undefined;
	try {
		return JSON.parse(trimmed);
	} catch {
		return undefined;
	}
}

function severity(value: unknown): AuditSeverity {
	// An unknown word is taken as the worst: a new severity name must not let an advisory through.
	return (SEVERITIES as readonly unknown[]).includes(value) ? (value as AuditSeverity) : 'critical';
}

function count(value: unknown): number {
	return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
}

function text(value: unknown): string {
	return typeof value === 'string' ? value.trim() : '';
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function firstLine(output: string): string {
	return output.split('\n').map((l) => l.trim()).find(Boolean) ?? '';
}

function clip(value: string): string {
	const flat = value.replace(/\s+/g, ' ').trim();
	return flat.length > 300 ? `${flat.slice(0, 300)}…` : flat;
}
