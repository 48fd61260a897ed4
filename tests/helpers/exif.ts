/**
 * EXIF blocks written by hand, in either byte order: sharp writes little-endian EXIF only ("II"),
 * while iPhones write big-endian ("MM"), and the GPS reader must read both. A block is a TIFF
 * structure: the header, IFD0 (orientation and the pointer to the GPS directory), the GPS
 * directory, then the values too long to sit in their entries.
 */

export type ByteOrder = 'II' | 'MM';
/** Numerator and denominator, as EXIF stores degrees, minutes and seconds. */
export type Rational = readonly [number, number];

export interface ExifTags {
	orientation?: number;
	gps?: { latRef?: string; lat?: readonly Rational[]; lngRef?: string; lng?: readonly Rational[] };
}

interface Field {
	tag: number;
	type: number;
	count: number;
	data: Buffer;
}

/** A TIFF block (no "Exif\0\0" prefix) holding `tags`. */
export function exifBlock(tags: ExifTags, order: ByteOrder = 'MM'): Buffer {
	const little = order === 'II';
	const u16 = (value: number) => withBytes(2, (b) => (little ? b.writeUInt16LE(value) : b.writeUInt16BE(value)));
	const u32 = (value: number) => withBytes(4, (b) => (little ? b.writeUInt32LE(value) : b.writeUInt32BE(value)));
	const ascii = (tag: number, text: string): Field => ({ tag, type: 2, count: text.length + 1, data: Buffer.from(`${text}\0`, 'latin1') });
	const rationals = (tag: number, values: readonly Rational[]): Field => ({ tag, type: 5, count: values.length, data: Buffer.concat(values.flatMap(([n, d]) => [u32(n), u32(d)])) });

	const { gps } = tags;
	const gpsFields: Field[] = gps
		? [
				{ tag: 0, type: 1, count: 4, data: Buffer.from([2, 3, 0, 0]) }, // GPSVersionID 2.3
				...(gps.latRef === undefined ? [] : [ascii(1, gps.latRef)]),
				...(gps.lat ? [rationals(2, gps.lat)] : []),
				...(gps.lngRef === undefined ? [] : [ascii(3, gps.lngRef)]),
				...(gps.lng ? [rationals(4, gps.lng)] : []),
			]
		: [];
	const ifd0Size = 2 + 12 * ((tags.orientation === undefined ? 0 : 1) + (gps ? 1 : 0)) + 4;
	const gpsOffset = 8 + ifd0Size;
	const ifd0: Field[] = [
		...(tags.orientation === undefined ? [] : [{ tag: 0x0112, type: 3, count: 1, data: u16(tags.orientation) }]),
		...(gps ? [{ tag: 0x8825, type: 4, count: 1, data: u32(gpsOffset) }] : []),
	];

	const ifds = [ifd0, ...(gps ? [gpsFields] : [])];
	let dataOffset = 8 + ifds.reduce((sum, fields) => sum + 2 + 12 * fields.length + 4, 0);
	const directories: Buffer[] = [];
	const values: Buffer[] = [];
	for (const fields of ifds) {
		const entries = fields.map((field) => {
			const inline = field.data.length <= 4;
			const value = inline ? Buffer.concat([field.data, Buffer.alloc(4 - field.data.length)]) : u32(dataOffset);
			if (!inline) {
				const padded = field.data.length % 2 ? Buffer.concat([field.data, Buffer.alloc(1)]) : field.data;
				values.push(padded);
				dataOffset += padded.length;
			}
			return Buffer.concat([u16(field.tag), u16(field.type), u32(field.count), value]);
		});
		directories.push(Buffer.concat([u16(fields.length), ...entries, u32(0)]));
	}
	return Buffer.concat([Buffer.from(order, 'latin1'), u16(42), u32(8), ...directories, ...values]);
}

/** `jpeg` with an APP1 EXIF segment holding `tiff` right after its start marker. */
export function withExifSegment(jpeg: Uint8Array, tiff: Buffer): Buffer {
	const payload = Buffer.concat([Buffer.from('Exif\0\0', 'latin1'), tiff]);
	const header = withBytes(4, (b) => {
		b.writeUInt16BE(0xffe1);
		b.writeUInt16BE(payload.length + 2, 2);
	});
	return Buffer.concat([Buffer.from(jpeg.subarray(0, 2)), header, payload, Buffer.from(jpeg.subarray(2))]);
}

function withBytes(size: number, write: (bytes: Buffer) => unknown): Buffer {
	const bytes = Buffer.alloc(size);
	write(bytes);
	return bytes;
}
