/** schema.org PostalAddress, as much of it as a Vietnamese address line tells. */
export interface PostalAddress {
	'@type': 'PostalAddress';
	streetAddress?: string;
	addressLocality: string;
	addressRegion: string;
	addressCountry: 'VN';
}

// Since 1 July 2025 an address has two levels: commune (xã, phường, đặc khu) and province.
const REGION = /^(?:tỉnh|thành phố|tp\.)\s+(.+)$/iu;
const LOCALITY = /^(?:xã|phường|đặc khu|thị trấn)\s/iu;

/**
 * Splits "Phố Hà Quang Vóc, xã Đầm Hà, tỉnh Quảng Ninh" into street, commune and province. The
 * commune keeps its "xã"/"phường" (two communes may share a name); the province drops "tỉnh".
 * An address that does not end with a commune and a province is returned as written: a wrong
 * split would be worse than plain text, which schema.org also accepts.
 */
export function toPostalAddress(address: string): PostalAddress | string {
	const parts = address.split(',').map((part) => part.trim()).filter(Boolean);
	const region = REGION.exec(parts.at(-1) ?? '')?.[1];
	const locality = parts.at(-2);
	if (!region || !locality || !LOCALITY.test(locality)) return address;
	const street = parts.slice(0, -2).join(', ');
	return { '@type': 'PostalAddress', ...(street ? { streetAddress: street } : {}), addressLocality: locality, addressRegion: region, addressCountry: 'VN' };
}
