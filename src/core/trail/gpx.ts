/**
 * The trail as a GPX 1.1 file, for map and GPS apps (OsmAnd, Organic Maps, Garmin …): a waypoint
 * per stop and a route in trail order. Deterministic: the only date is one passed in.
 */
import type { Lang } from '../schema/language.ts';

/** Public path of the GPX file of the trail in one language: `/vi/tuyen.gpx`. */
export function trailGpxPath(lang: Lang): string {
	return `/${lang}/tuyen.gpx`;
}

export interface GpxStop {
	/** As the app should list it, e.g. "1. Đình Đầm Hà". */
	name: string;
	description: string;
	/** Absolute URL of the stop's page. */
	url: string;
	lat: number;
	lng: number;
	/** A classification some apps show or filter by, e.g. the category. */
	type: string;
}

export interface GpxTrail {
	name: string;
	description: string;
	/** Absolute URL of the trail page. */
	url: string;
	/** YYYY-MM-DD, e.g. the latest `updated` of the sites; no `<time>` when absent. */
	date?: string | undefined;
	/** In trail order. */
	stops: GpxStop[];
}

// XML 1.0 forbids these control characters even when escaped; drop them so the file always parses.
const FORBIDDEN_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text safe inside an XML element or a double-quoted attribute. */
export function escapeXml(text: string): string {
	return text.replace(FORBIDDEN_XML_CHARS, '').replace(/[&<>"']/g, (c) => XML_ENTITIES[c]!);
}

function element(name: string, text: string): string {
	return `<${name}>${escapeXml(text)}</${name}>`;
}

function link(url: string, text: string): string {
	return `<link href="${escapeXml(url)}">${element('text', text)}</link>`;
}

function waypoint(stop: GpxStop): string {
	const children = [element('name', stop.name), element('desc', stop.description), link(stop.url, stop.name), element('type', stop.type)];
	return `  <wpt lat="${stop.lat}" lon="${stop.lng}">\n${children.map((c) => `    ${c}\n`).join('')}  </wpt>\n`;
}

function routePoint(stop: GpxStop): string {
	return `    <rtept lat="${stop.lat}" lon="${stop.lng}">${element('name', stop.name)}</rtept>\n`;
}

/** The GPX document, UTF-8, children in the order the GPX 1.1 schema requires. */
export function trailToGpx(trail: GpxTrail): string {
	const metadata = [element('name', trail.name), element('desc', trail.description), link(trail.url, trail.name), ...(trail.date ? [element('time', `${trail.date}T00:00:00Z`)] : [])];
	return (
		'<?xml version="1.0" encoding="UTF-8"?>\n' +
		'<gpx version="1.1" creator="ditichso" xmlns="http://www.topografix.com/GPX/1/1" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.topografix.com/GPX/1/1 http://www.topografix.com/GPX/1/1/gpx.xsd">\n' +
		`  <metadata>\n${metadata.map((m) => `    ${m}\n`).join('')}  </metadata>\n` +
		trail.stops.map(waypoint).join('') +
		(trail.stops.length ? `  <rte>\n    ${element('name', trail.name)}\n${trail.stops.map(routePoint).join('')}  </rte>\n` : '') +
		'</gpx>\n'
	);
}
