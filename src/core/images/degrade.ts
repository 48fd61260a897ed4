import sharp, { type Sharp } from 'sharp';
import type { Degradation, ModuleRect } from '../verify/degradations.ts';
import { fillRects, type GreyImage, type PixelRect } from './grey-image.ts';

/** Where the symbol lies in the image: its module size and quiet zone, to turn modules into pixels. */
export interface SymbolScale {
	pxPerModule: number;
	quietModules: number;
}

const WHITE = { r: 255, g: 255, b: 255 };

/**
 * Applies one planned degradation to a grey image of a QR symbol with its quiet zone. The only
 * sharp importer for plaque checks; the plan and its reasons live in verify/degradations.ts.
 */
export async function degradeImage(image: GreyImage, degradation: Degradation, scale: SymbolScale): Promise<GreyImage> {
	const input = (): Sharp => sharp(image.pixels, { raw: { width: image.width, height: image.height, channels: 1 } });
	switch (degradation.kind) {
		case 'clean':
			return image;
		case 'blur':
			return toGrey(input().blur(Math.max(0.3, degradation.sigmaModules * scale.pxPerModule)));
		case 'downscale':
			// Lanczos (sharp's default) averages like a sensor's pixels and sharpens a little, as phone cameras do.
			return toGrey(input().resize({ width: Math.max(1, Math.round((image.width * degradation.pxPerModule) / scale.pxPerModule)) }));
		case 'rotate':
			return toGrey(input().rotate(degradation.degrees, { background: WHITE }));
		case 'contrast':
			return toGrey(input().linear((degradation.light - degradation.dark) / 255, degradation.dark));
		case 'jpeg': {
			const jpeg = await input().jpeg({ quality: degradation.quality }).toBuffer();
			return toGrey(sharp(jpeg));
		}
		case 'blot':
			return fillRects(image, [moduleRectToPixels(degradation.rect, scale)], degradation.fill);
	}
}

/** A rectangle in modules as whole pixels of the image, rounded outwards so the blot never shrinks. */
export function moduleRectToPixels(rect: ModuleRect, scale: SymbolScale): PixelRect {
	const at = (modules: number): number => (scale.quietModules + modules) * scale.pxPerModule;
	const x = Math.floor(at(rect.column));
	const y = Math.floor(at(rect.row));
	return { x, y, width: Math.ceil(at(rect.column + rect.widthModules)) - x, height: Math.ceil(at(rect.row + rect.heightModules)) - y };
}

async function toGrey(pipeline: Sharp): Promise<GreyImage> {
	const { data, info } = await pipeline.greyscale().raw().toBuffer({ resolveWithObject: true });
	if (info.channels === 1) return { width: info.width, height: info.height, pixels: new Uint8Array(data) };
	const pixels = new Uint8Array(info.width * info.height);
	for (let i = 0; i < pixels.length; i++) pixels[i] = data[i * info.channels]!;
	return { width: info.width, height: info.height, pixels };
}
