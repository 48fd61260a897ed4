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
		expect(await writePhotos(trail, out)).toBe(4);
		const hashes = Object.fromEntries(trail.sites.map((s) => [s.slug, Object.values(s.photos)[0]?.hash]));
		expect((await readdir(path.join(out, 'anh', 'dinh-mau'))).sort()).toEqual([`cover-${hashes['dinh-mau']}-480.jpg`, `cover-${hashes['dinh-mau']}-480.webp`]);
		expect((await readdir(path.join(out, 'anh', 'den-cap'))).sort()).toEqual([`cover-${hashes['den-cap']}-400.jpg`, `cover-${hashes['den-cap']}-400.webp`]);
		const jpeg = await sharp(await readFile(path.join(out, 'anh', 'dinh-mau', `cover-${hashes['dinh-mau']}-480.jpg`))).metadata();
		expect(jpeg).toMatchObject({ format: 'jpeg', width: 480, height: 300 });
		const webp = await sharp(await readFile(path.join(out, 'anh', 'den-cap', `cover-${hashes['den-cap']}-400.webp`))).metadata();
		expect(webp).toMatchObject({ format: 'webp', width: 400, height: 300 });
	});
});
