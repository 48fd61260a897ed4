/**
 * Where a photo was taken, from its EXIF GPS tags: the one piece of a photo's metadata ditichso
 * reads, so that `check` can suggest a site's position (issue #6). It is never published
 * (images/process.ts writes no metadata). EXIF is a small TIFF structure: a header naming the byte
 * order, a first directory (IFD0) pointing to the GPS directory, and four tags there. Reading them
 * takes this file rather than a dependency.
 */

export interface GpsPoint {
	/** Decimal degrees, north positive. */
	lat: number;
	/** Decimal degrees, east positive. */
	lng: number;
}

const GPS_IFD_POINTER = 0x8825;
const TAG = { latRef: 1, lat: 2, lngRef: 3, lng: 4 } as const;
const TYPE = { ascii: 2, long: 4, rational: 5, srational: 10, ifd: 13 } as const;
/** Bytes per value of each TIFF type; a value that fits in 4 bytes is stored in the entry itself. */
const TYPE_BYTES: Record<number, number> = { 1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 6: 1, 7: 1, 8: 2, 9: 4, 10: 8, 11: 4, 12: 8, 13: 4 };
const EXIF_PREFIX = [0x45, 0x78, 0x69, 0x66, 0, 0]; // "Exif\0\0", as sharp's metadata().exif starts

interface Entry {
	type: number;
	count: number;
	/** Offset of the value from the TIFF header. */
	at: number;
}

/**
 * The GPS position in an EXIF block, as sharp's `metadata().exif` gives it ("Exif\0\0" then the
 * TIFF header) or from the TIFF header on. Both byte orders; degrees, minutes and seconds as
 * rationals (or fewer parts, e.g. decimal degrees alone); S and W make the value negative, and a
 * missing reference is read as N or E. Undefined when there is no usable position: no GPS
 * directory, a latitude or longitude missing, a zero denominator, an unknown reference, a value
 * beyond ±90 or ±180, or a broken or cut-short block. Never throws, whatever the bytes.
 */
export function readExifGps(exif: Uint8Array): GpsPoint | undefined {
	const start = EXIF_PREFIX.every((byte, i) => exif[i] === byte) ? EXIF_PREFIX.length : 0;
	const view = new DataView(exif.buffer, exif.byteOffset + start, exif.byteLength - start);
	try {
		return readGps(view);
	} catch {
		// DataView checks every read: a RangeError means an offset past the end of the block.
		return undefined;
	}
}

function readGps(view: DataView): GpsPoint | undefined {
	const order = view.getUint16(0);
	if (order !== 0x4949 && order !== 0x4d4d) return undefined; // "II" little-endian, "MM" big-endian
	const little = order === 0x4949;
	const u16 = (at: number) => view.getUint16(at, little);
	const u32 = (at: number) => view.getUint32(at, little);
	if (u16(2) !== 42) return undefined;

	const directory = (offset: number): Map<number, Entry> => {
		const entries = new Map<number, Entry>();
		for (let i = 0, n = u16(offset); i < n; i++) {
			const at = offset + 2 + i * 12;
			const type = u16(at + 2);
			const count = u32(at + 4);
			entries.set(u16(at), { type, count, at: (TYPE_BYTES[type] ?? 0) * count <= 4 ? at + 8 : u32(at + 8) });
		}
		return entries;
	};
	const pointer = directory(u32(4)).get(GPS_IFD_POINTER);
	if (!pointer || (pointer.type !== TYPE.long && pointer.type !== TYPE.ifd)) return undefined;
	const gps = directory(u32(pointer.at));

	const degrees = (entry: Entry | undefined): number | undefined => {
		if (!entry || (entry.type !== TYPE.rational && entry.type !== TYPE.srational) || entry.count < 1 || entry.count > 3) return undefined;
		let value = 0;
		for (let i = 0; i < entry.count; i++) {
			const at = entry.at + i * 8;
			const [num, den] = entry.type === TYPE.rational ? [u32(at), u32(at + 4)] : [view.getInt32(at, little), view.getInt32(at + 4, little)];
			if (den === 0) return undefined;
			value += num / den / 60 ** i;
		}
		return value;
	};
	const sign = (entry: Entry | undefined, positive: string, negative: string): number | undefined => {
		if (!entry) return 1;
		const ref = entry.type === TYPE.ascii && entry.count >= 1 ? String.fromCharCode(view.getUint8(entry.at)).toUpperCase() : '';
		return ref === positive ? 1 : ref === negative ? -1 : undefined;
	};

	const lat = degrees(gps.get(TAG.lat));
	const lng = degrees(gps.get(TAG.lng));
	const latSign = sign(gps.get(TAG.latRef), 'N', 'S');
	const lngSign = sign(gps.get(TAG.lngRef), 'E', 'W');
	if (lat === undefined || lng === undefined || latSign === undefined || lngSign === undefined) return undefined;
	if (!(Math.abs(lat) <= 90 && Math.abs(lng) <= 180)) return undefined;
	return { lat: latSign * lat, lng: lngSign * lng };
}
