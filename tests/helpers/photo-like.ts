import sharp from 'sharp';

/**
 * A stand-in for a real outdoor photo, made in memory: a sky-to-grass gradient under grey noise
 * at four scales (fine texture like leaves, larger blotches like clouds). Plain-colour test images
 * compress to almost nothing, so byte budgets need something this busy. Deterministic (fixed seeds).
 */
export async function photoLike(widthPx = 1600, heightPx = 1200): Promise<Buffer> {
	const layers = await Promise.all(
		[
			[1, 0],
			[4, 1.5],
			[16, 4],
			[64, 10],
		].map(([scale, blur]) => noiseLayer(widthPx, heightPx, scale!, blur!)),
	);
	const gradient = `<svg xmlns="http://www.w3.org/2000/svg" width="${widthPx}" height="${heightPx}"><defs><linearGradient id="g" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#6fa8dc"/><stop offset="0.5" stop-color="#d9ead3"/><stop offset="1" stop-color="#38761d"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/></svg>`;
	return sharp(Buffer.from(gradient))
		.composite([
			{ input: layers[3]!, blend: 'overlay' },
			{ input: layers[2]!, blend: 'soft-light' },
			{ input: layers[1]!, blend: 'soft-light' },
			{ input: layers[0]!, blend: 'soft-light' },
		])
		.jpeg({ quality: 92 })
		.toBuffer();
}

async function noiseLayer(widthPx: number, heightPx: number, scale: number, blurSigma: number): Promise<Buffer> {
	const w = Math.ceil(widthPx / scale);
	const h = Math.ceil(heightPx / scale);
	const grey = Buffer.alloc(w * h);
	let seed = 12345 + scale;
	for (let i = 0; i < grey.length; i++) {
		seed = (seed * 1103515245 + 12345) & 0x7fffffff;
		grey[i] = 64 + (seed >> 24);
	}
	const layer = sharp(grey, { raw: { width: w, height: h, channels: 1 } }).resize(widthPx, heightPx, { kernel: 'cubic' });
	return (blurSigma ? layer.blur(blurSigma) : layer).toColourspace('srgb').png().toBuffer();
}
