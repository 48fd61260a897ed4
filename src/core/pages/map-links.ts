/** Links that open the site's position in a map app: navigations, never requests from the page. */
export interface MapLinks {
	google: string;
	apple: string;
	osm: string;
	/** Android hands a geo: URI to whichever map app the visitor uses. */
	geo: string;
}

/** Map links for a point, with `name` as the pin's label where the app takes one. */
export function mapLinks(location: { lat: number; lng: number }, name: string): MapLinks {
	const { lat, lng } = location;
	return {
		google: `https://www.google.com/maps/search/?api=1&query=${lat},${lng}`,
		apple: `https://maps.apple.com/?ll=${lat},${lng}&q=${encodeURIComponent(name)}`,
		osm: `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lng}#map=17/${lat}/${lng}`,
		geo: `geo:${lat},${lng}`,
	};
}
