import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, onTestFinished, test } from 'vitest';
import { cachedPhotoInspector } from '../../../src/core/cache/photo-info.ts';
import { createCacheStore, type CacheStore } from '../../../src/core/cache/store.ts';
import { inspectPhoto } from '../../../src/core/images/process.ts';

async function store(): Promise<{ cache: CacheStore; dir: string }> {
	const dir = await mkdtemp(path.join(tmpdir(), 'ditichso-photo-info-'));
	onTestFinished(() => rm(dir, { recursive: true, force: true }));
	return { cache: createCacheStore(dir), dir };
}

/** A store that counts what it is asked to keep. */
function counting(cache: CacheStore): { cache: CacheStore; writes: () => number } {
	let writes = 0;
	return { cache: { ...cache, write: (kind, key, bytes) => ((writes += 1), cache.write(kind, key, bytes)) }, writes: () => writes };
}

describe('cachedPhotoInspector', () => {
	test('gives what inspectPhoto gives, and the second time reads it from the cache', async () => {
		const { cache } = await store();
		const kept = counting(cache);
		const inspect = cachedPhotoInspector(kept.cache);
		const jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#a0522d' } }).jpeg().toBuffer();
		const first = await inspect(jpeg, 'cover.jpg');
		expect(first).toEqual(await inspectPhoto(jpeg, 'cover.jpg'));
		expect(await inspect(jpeg, 'cover.jpg')).toEqual(first);
		expect(kept.writes()).toBe(1);
	});

	test.each([
		['a web page', Buffer.from('<!DOCTYPE html><html></html>'), { refused: 'not-image', kind: 'html' }],
		['a JPEG cut short', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46]), { refused: 'truncated' }],
		['unknown bytes', Buffer.from([1, 2, 3, 4]), { refused: 'unreadable' }],
	])('remembers why %s was refused, not only that it was (issue #8)', async (_name, bytes, refusal) => {
		const { cache, dir } = await store();
		const kept = counting(cache);
		expect(await cachedPhotoInspector(kept.cache)(bytes, 'cover.jpg')).toEqual(refusal);
		expect(await readdir(path.join(dir, 'photo-info'))).toHaveLength(1);
		// A later build: read back from the cache, nothing written again.
		expect(await cachedPhotoInspector(kept.cache)(bytes, 'cover.jpg')).toEqual(refusal);
		expect(kept.writes()).toBe(1);
	});
});
