import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { isBlank, readContentText } from '../../../src/core/content/read-text.ts';

let dir: string;
beforeAll(async () => {
	dir = await mkdtemp(path.join(tmpdir(), 'ditichso-read-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

async function read(bytes: Uint8Array) {
	const file = path.join(dir, `f-${Math.random().toString(36).slice(2)}.md`);
	await writeFile(file, bytes);
	return readContentText(file);
}

describe('readContentText', () => {
	test('gives UTF-8 text normalised: no BOM, LF line ends, NFC', async () => {
		expect(await read(Buffer.from('\uFEFFtitle: Đền Cấp\r\n'.normalize('NFD')))).toEqual({ text: 'title: Đền Cấp\n' });
	});

	test('reads UTF-16 with a byte-order mark as the same text', async () => {
		expect(await read(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a: Đình\r\n', 'utf16le')]))).toEqual({ text: 'a: Đình\n' });
	});

	test('refuses bytes that are not UTF-8 at the line of the first one, keeping what reads for the code frame', async () => {
		expect(await read(Buffer.from([...Buffer.from('---\ntitle: '), 0xd0, 0xec, 0x6e, 0x68, 0x0a]))).toEqual({
			problem: { code: 'not-utf8', severity: 'error', line: 2, params: {} },
			lossy: '---\ntitle: \uFFFD\uFFFDnh\n',
		});
	});

	test('names TCVN3 when the bytes read as TCVN3', async () => {
		const tcvn3 = Buffer.from('---\ntitle: §×nh MÉu\n', 'latin1');
		expect(await read(tcvn3)).toMatchObject({ problem: { code: 'not-utf8', line: 2, params: { legacy: 'tcvn3' } } });
	});

	test('a file that cannot be read is file-unreadable', async () => {
		expect(await readContentText(path.join(dir, 'missing.md'))).toEqual({ problem: { code: 'file-unreadable', severity: 'error', params: { reason: 'ENOENT' } } });
	});

	test('isBlank: nothing or only blank lines', () => {
		expect([isBlank(''), isBlank('\n \t\n'), isBlank('---')]).toEqual([true, true, false]);
	});
});
