import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, test } from 'vitest';
import { loadTrail } from '../../../src/core/content/load-trail.ts';
import { writePhotos } from '../../../src/core/publish/photos.ts';
import { trailCopy } from '../../helpers/trail-copy.ts';

describe('writePhotos', () => {
	test('writes every variant of every photo at the paths the pages link to', async () => {
		const copy = await trailCopy('minimal');
		const { trail } = await loadTrail({ contentDir: copy.content, cwd: copy.root });
		if (!trail) throw new Error('The minimal fixture does not load');
		const out = path.join(copy.root, 'dist');
		expect(await writePhotos(trail, out)).toBe(6);
		const hashes = Object.fromEntries(trail.sites.map((s) => [s.slug, Object.values(s.photos)[0]?.hash]));
		const names = (slug: string, widthPx: number) => ['avif', 'jpg', 'webp'].map((ext) => `cover-${hashes[slug]}-${widthPx}.${ext}`);
		expect((await readdir(path.join(out, 'anh', 'dinh-mau'))).sort()).toEqual(names('dinh-mau', 480));
		expect((await readdir(path.join(out, 'anh', 'den-cap'))).sort()).toEqual(names('den-cap', 400));
		const file = (slug: string, name: string) => readFile(path.join(out, 'anh', slug, name));
		expect(await sharp(await file('dinh-mau', `cover-${hashes['dinh-mau']}-480.jpg`)).metadata()).toMatchObject({ format: 'jpeg', width: 480, height: 300 });
		expect(await sharp(await file('den-cap', `cover-${hashes['den-cap']}-400.webp`)).metadata()).toMatchObject({ format: 'webp', width: 400, height: 300 });
		expect(await sharp(await file('den-cap', `cover-${hashes['den-cap']}-400.avif`)).metadata()).toMatchObject({ format: 'heif', compression: 'av1', width: 400, height: 300 });
	});
});
