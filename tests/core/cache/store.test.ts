import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, onTestFinished, test } from 'vitest';
import { cacheKey, createCacheStore } from '../../../src/core/cache/store.ts';

async function tempDir(): Promise<string> {
	const dir = await mkdtemp(path.join(tmpdir(), 'ditichso-cache-'));
	onTestFinished(() => rm(dir, { recursive: true, force: true }));
	return dir;
}

describe('cacheKey', () => {
	test('the same parts give the same key, any other part another', () => {
		expect(cacheKey('v1', 'a', 'b')).toBe(cacheKey('v1', 'a', 'b'));
		expect(cacheKey('v1', 'a', 'b')).not.toBe(cacheKey('v2', 'a', 'b'));
		expect(cacheKey('v1', 'a', 'b')).not.toBe(cacheKey('v1', 'b', 'a'));
		expect(cacheKey('v1', new Uint8Array([1, 2]))).not.toBe(cacheKey('v1', new Uint8Array([1, 3])));
	});

	test('parts are not run together: ("ab", "c") and ("a", "bc") differ', () => {
		expect(cacheKey('ab', 'c')).not.toBe(cacheKey('a', 'bc'));
	});
});

describe('createCacheStore', () => {
	test('keeps bytes by kind and key, and copies them out', async () => {
		const dir = await tempDir();
		const store = createCacheStore(path.join(dir, 'cache'));
		const key = cacheKey('x');
		expect(await store.has('pages', key)).toBe(false);
		expect(await store.copyOut('pages', key, path.join(dir, 'out', 'a.html'))).toBe(false);
		await store.write('pages', key, 'Đình');
		expect(await store.has('pages', key)).toBe(true);
		expect(await store.has('photos', key)).toBe(false);
		expect((await store.read('pages', key))?.toString('utf8')).toBe('Đình');
		expect(await store.copyOut('pages', key, path.join(dir, 'out', 'deep', 'a.html'))).toBe(true);
		expect(await readFile(path.join(dir, 'out', 'deep', 'a.html'), 'utf8')).toBe('Đình');
	});

	test('keeps a copy of a finished file, not a link: editing the file later does not change the cache', async () => {
		const dir = await tempDir();
		const store = createCacheStore(path.join(dir, 'cache'));
		const file = path.join(dir, 'page.html');
		await writeFile(file, 'first');
		await store.copyIn('pages', 'k1', file);
		await writeFile(file, 'edited');
		expect((await store.read('pages', 'k1'))?.toString('utf8')).toBe('first');
	});

	test('leaves no temporary file behind, and a failed copy leaves no entry', async () => {
		const dir = await tempDir();
		const store = createCacheStore(path.join(dir, 'cache'));
		await store.write('share', 'abcd', 'x');
		await expect(store.copyIn('share', 'efgh', path.join(dir, 'missing.jpg'))).rejects.toThrow();
		expect(await store.has('share', 'efgh')).toBe(false);
		const files = await readdir(path.join(dir, 'cache'), { recursive: true });
		expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
	});

	test('without a folder it keeps nothing', async () => {
		const store = createCacheStore(undefined);
		await store.write('pages', 'k', 'x');
		expect(await store.has('pages', 'k')).toBe(false);
		expect(await store.read('pages', 'k')).toBeUndefined();
	});
});
