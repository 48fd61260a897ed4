/** `npm audit` readings (audit.ts) as lines for the terminal, in the words of the project's other commands. */
import { blockingPackages, hasBlocking, SEVERITIES, type AuditReading, type VulnerablePackage } from './audit.ts';

/** Lines for the terminal: the counts, then each high or critical package with its advisories and fix. */
export function formatAuditReport(reading: Extract<AuditReading, { kind: 'report' }>): string {
	const { counts } = reading;
	const found = SEVERITIES.filter((s) => counts[s] > 0).reverse().map((s) => `${counts[s]} ${s}`);
	const deps = reading.dependencies === undefined ? '' : ` (${reading.dependencies} dependencies)`;
	const lines = [`npm audit --omit=dev${deps}: ${found.length ? found.join(', ') : 'no advisories'}.`];
	const blocking = blockingPackages(reading);
	if (hasBlocking(reading)) {
		const n = Math.max(blocking.length, counts.high + counts.critical);
		lines.push(`Có ${n} gói dùng khi chạy trang có lỗ hổng mức cao hoặc nghiêm trọng. / ${n} production ${n === 1 ? 'package has' : 'packages have'} a high or critical advisory.`);
	}
	for (const p of blocking) {
		lines.push(`  ${p.severity.padEnd(8)} ${p.name} ${p.range}${p.direct ? ' (direct)' : ''}${p.through.length ? ` via ${p.through.join(', ')}` : ''}`);
		for (const a of p.advisories) lines.push(`           ${a.title}${a.range ? ` (${a.range})` : ''}${a.url ? ` ${a.url}` : ''}`);
		lines.push(`           fix: ${fixText(p.fix)}`);
	}
	return `${lines.join('\n')}\n`;
}

/** The plain sentence for a registry that did not answer. */
export function formatUnavailable(reading: Extract<AuditReading, { kind: 'unavailable' }>): string {
	const why =
		reading.reason === 'unsupported'
			? 'Máy chủ gói không có dịch vụ kiểm tra lỗ hổng. / The package registry does not offer the audit endpoint'
			: 'Không hỏi được máy chủ gói. / The package registry could not be reached';
	return `${why}${reading.statusCode ? ` (HTTP ${reading.statusCode})` : ''}: ${reading.detail}\nnpm audit --omit=dev: no answer, so no advisory was checked.\n`;
}

function fixText(fix: VulnerablePackage['fix']): string {
	if (fix.kind === 'audit-fix') return 'npm audit fix';
	if (fix.kind === 'upgrade') return `upgrade to ${fix.name}@${fix.version}${fix.major ? ' (a major version: check the changes)' : ''}`;
	return 'none available yet';
}
