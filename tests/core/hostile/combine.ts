import { createHash } from 'node:crypto';
import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { trailCopy, type TrailCopy } from '../../helpers/trail-copy.ts';
import { prepareCase, type HostileCase } from './corpus.ts';

/**
 * One trail holding many cases, so a single build covers them all: each case's changed site
 * folders are added as a site of their own, named after the case, with a plaque code and trail
 * position of their own (the file's encoding, BOM and line ends kept). A changed settings.yaml
 * replaces the trail's; so at most one case may change it.
 */
export async function combineCases(cases: readonly HostileCase[]): Promise<{ copy: TrailCopy; sites: Record<string, string[]> }> {
	const combined = await trailCopy('minimal');
	const base = await folderHashes(combined.content);
	const sites: Record<string, string[]> = {};
	for (const [i, c] of cases.entries()) {
		const one = await prepareCase(c);
		const changed = Object.entries(await folderHashes(one.content)).filter(([folder, hash]) => base[folder] !== hash).map(([folder]) => folder);
		sites[c.name] = [];
		for (const folder of changed) {
			if (folder === 'settings.yaml') {
				await cp(path.join(one.content, folder), path.join(combined.content, folder));
				continue;
			}
			const name = changed.length > 1 ? `${c.name}-${sites[c.name]!.length + 1}` : c.name;
			const target = path.join(combined.content, 'sites', name);
			await cp(path.join(one.content, folder), target, { recursive: true });
			await renumber(path.join(target, 'vi.md'), `H${String(i).padStart(2, '0')}${sites[c.name]!.length}`);
			sites[c.name]!.push(name);
		}
	}
	return { copy: combined, sites };
}

/** settings.yaml and each site folder, by a hash of their bytes (names included). */
async function folderHashes(content: string): Promise<Record<string, string>> {
	const out: Record<string, string> = { 'settings.yaml': hash([await readFile(path.join(content, 'settings.yaml')).catch(() => Buffer.alloc(0))]) };
	for (const folder of await readdir(path.join(content, 'sites'))) {
		const dir = path.join(content, 'sites', folder);
		const files = (await readdir(dir, { recursive: true })).sort();
		out[`sites/${folder}`] = hash([Buffer.from(files.join('\n')), ...(await Promise.all(files.map((f) => readFile(path.join(dir, f)).catch(() => Buffer.alloc(0)))))]);
	}
	return out;
}

function hash(parts: Buffer[]): string {
	const h = createHash('sha256');
	for (const part of parts) h.update(part).update('\0');
	return h.digest('hex');
}

/** A new plaque code and no trail position, written back in the file's own encoding. */
async function renumber(file: string, code: string): Promise<void> {
	const bytes = await readFile(file).catch(() => undefined);
	if (!bytes) return;
	const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe;
	const text = utf16 ? bytes.toString('utf16le') : bytes.toString('utf8');
	const next = text.replace(/^code: .*$/m, `code: ${code}`).replace(/^trail: \d+\r?\n/m, '');
	await writeFile(file, utf16 ? Buffer.from(next, 'utf16le') : Buffer.from(next, 'utf8'));
}
