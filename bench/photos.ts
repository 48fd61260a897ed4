import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import sharp, { type OutputInfo, type Sharp } from 'sharp';

// Cover photos for the synthetic trails: a busy outdoor-like picture (noise over a sky-to-grass
// gradient, so JPEG sizes are those of real photos) with the site's number drawn on it, so that
// every site's photo has its own bytes and no cache can share one site's work with another.
// Made once per size and index, and kept in `cacheDir` between runs.

export interface PhotoSize {
	widthPx: number;
	heightPx: number;
}

/** The sample's placeholder covers are 640×480; a phone's camera gives 4000×3000 (12 MP). */
export const SMALL_PHOTO: PhotoSize = { widthPx: 640, heightPx: 480 };
export const PHONE_PHOTO: PhotoSize = { widthPx: 4000, heightPx: 3000 };

export function photoMaker(size: PhotoSize, cacheDir: string): (index: number) => Promise<Buffer> {
	let base: Promise<{ data: Buffer; info: OutputInfo }> | undefined;
	return async (index) => {
		const file = path.join(cacheDir, `${size.widthPx}x${size.heightPx}-${index}.jpg`);
		const kept = await readFile(file).catch(() => undefined);
		if (kept) return kept;
		base ??= outdoorLike(size).then((image) => image.raw().toBuffer({ resolveWithObject: true }));
		const { data, info } = await base;
		const label = Buffer.from(
			`<svg xmlns="http://www.w3.org/2000/svg" width="${info.width}" height="${info.height}"><text x="50%" y="55%" font-size="${Math.round(info.height / 6)}" text-anchor="middle" font-family="sans-serif" fill="#fff" fill-opacity="0.6">${index + 1}</text></svg>`,
		);
		const jpeg = await sharp(data, { raw: { width: info.width, height: info.height, channels: info.channels } })
			.composite([{ input: label }])
			.jpeg({ quality: 90 })
			.toBuffer();
		await mkdir(cacheDir, { recursive: true });
		await writeFile(file, jpeg);
		return jpeg;
	};
}

async function outdoorLike({ widthPx, heightPx }: PhotoSize): Promise<Sharp> {
	const layers = await Promise.all(
		[
			[1, 0],
			[8, 2],
			[64, 10],
		].map(([scale, blur]) => noise(widthPx, heightPx, scale!, blur!).toColourspace('srgb').png({ compressionLevel: 1 }).toBuffer()),
	);
	const gradient = `<svg xmlns="http://www.w3.org/2000/svg" width="${widthPx}" height="${heightPx}"><defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#6fa8dc"/><stop offset="0.5" stop-color="#d9ead3"/><stop offset="1" stop-color="#38761d"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/></svg>`;
	return sharp(Buffer.from(gradient)).composite(layers.map((input, k) => ({ input, blend: k === 2 ? 'overlay' : 'soft-light' })));
}

function noise(widthPx: number, heightPx: number, scale: number, blurSigma: number): Sharp {
	const w = Math.ceil(widthPx / scale);
	const h = Math.ceil(heightPx / scale);
	const grey = Buffer.alloc(w * h);
	let seed = 12345 + scale;
	for (let i = 0; i < grey.length; i++) {
		seed = (seed * 1103515245 + 12345) & 0x7fffffff;
		grey[i] = 64 + (seed >> 24);
	}
	const layer = sharp(grey, { raw: { width: w, height: h, channels: 1 } }).resize(widthPx, heightPx, { kernel: 'cubic' });
	return blurSigma ? layer.blur(blurSigma) : layer;
}
