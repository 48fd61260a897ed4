/**
 * The trail map, drawn at build time from the coordinates alone: no tiles, no requests, no script.
 * Plain data in SVG user units (about one CSS pixel each on a 360 px phone); a component turns it
 * into inline SVG and the page adds the words.
 */
import type { Location } from '../schema/location.ts';
import { EARTH_RADIUS_KM } from './distance.ts';
import { spreadOverlapping, type MapPoint } from './spread.ts';

export type { MapPoint } from './spread.ts';

/** Width of the map in SVG units: a 360 px phone less the page's 1 rem margins. */
export const MAP_WIDTH_UNITS = 328;
export const MARKER_RADIUS_UNITS = 12;
const MARKER_GAP_UNITS = 2;
const PADDING_UNITS = 8;
/** Room under the drawing for the scale bar and the north arrow. */
const FOOTER_UNITS = 30;
/** A tall trail is shrunk rather than pushing the list off the screen. */
const MAX_DRAWING_HEIGHT_UNITS = 400;
/** The smallest stretch of ground the map shows, so one site (or a few at one spot) is not a blow-up of metres. */
const MIN_SPAN_KM = 1;
const KM_PER_DEGREE = (Math.PI * EARTH_RADIUS_KM) / 180;

export interface MapMarker extends MapPoint {
	/** 1-based trail position: the number printed on the marker and in the list. */
	position: number;
	placeholder: boolean;
	/** Where the site really is; differs from x, y when markers at one spot are spread apart. */
	at: MapPoint;
}

export interface TrailMap {
	widthUnits: number;
	heightUnits: number;
	markerRadiusUnits: number;
	/** In trail order. */
	markers: MapMarker[];
	/**
	 * SVG path data: legs between two surveyed points, drawn solid. Legs join the markers as drawn,
	 * so the line follows the numbers even where markers at one spot are spread apart.
	 */
	measuredPath: string;
	/** Legs that touch a placeholder position, drawn dashed. */
	unsurePath: string;
	scaleBar: { path: string; lengthKm: number; labelX: number; labelY: number };
	north: MapPoint;
}

/**
 * The map of stops given in trail order. Equirectangular with the longitude scaled by the cosine
 * of the middle latitude: true to within a fraction of a percent over a district. North is up.
 * Returns `undefined` for no stops.
 */
export function trailMapModel(stops: readonly Location[]): TrailMap | undefined {
	if (stops.length === 0) return undefined;
	const projected = project(stops);
	const spread = spreadOverlapping(projected.points, 2 * MARKER_RADIUS_UNITS + MARKER_GAP_UNITS);
	const shift = fitShift([...projected.points, ...spread]);
	const moved = (p: MapPoint): MapPoint => ({ x: round(p.x + shift.x), y: round(p.y + shift.y) });
	const markers = stops.map((stop, i): MapMarker => ({ position: i + 1, placeholder: stop.placeholder, ...moved(spread[i]!), at: moved(projected.points[i]!) }));
	const heightUnits = round(shift.drawingHeight + FOOTER_UNITS);
	return {
		widthUnits: shift.width,
		heightUnits,
		markerRadiusUnits: MARKER_RADIUS_UNITS,
		markers,
		...legPaths(markers),
		scaleBar: scaleBar(projected.unitsPerKm, heightUnits),
		north: { x: round(shift.width - PADDING_UNITS - 10), y: heightUnits - 10 },
	};
}

function round(value: number): number {
	return Math.round(value * 10) / 10;
}

function project(stops: readonly Location[]): { points: MapPoint[]; unitsPerKm: number } {
	const lats = stops.map((s) => s.lat);
	const lngs = stops.map((s) => s.lng);
	const [latMin, latMax, lngMin, lngMax] = [Math.min(...lats), Math.max(...lats), Math.min(...lngs), Math.max(...lngs)];
	const kmPerLngDegree = KM_PER_DEGREE * Math.cos((((latMin + latMax) / 2) * Math.PI) / 180);
	const spanXKm = Math.max((lngMax - lngMin) * kmPerLngDegree, MIN_SPAN_KM);
	const spanYKm = Math.max((latMax - latMin) * KM_PER_DEGREE, MIN_SPAN_KM);
	// Markers may stick out of the points' box by a radius, and spread markers by more; fitShift makes room.
	const inner = MAP_WIDTH_UNITS - 2 * (PADDING_UNITS + 2 * MARKER_RADIUS_UNITS);
	const unitsPerKm = Math.min(inner / spanXKm, MAX_DRAWING_HEIGHT_UNITS / spanYKm);
	const points = stops.map((s) => ({ x: (s.lng - lngMin) * kmPerLngDegree * unitsPerKm, y: (latMax - s.lat) * KM_PER_DEGREE * unitsPerKm }));
	return { points, unitsPerKm };
}

/**
 * Moves the drawing so every marker sits inside the map, centred across, and gives the map's
 * size: the standard width, or a little more when spread markers reach past it (the SVG scales).
 */
function fitShift(points: readonly MapPoint[]): { x: number; y: number; width: number; drawingHeight: number } {
	const margin = PADDING_UNITS + MARKER_RADIUS_UNITS;
	const xs = points.map((p) => p.x);
	const ys = points.map((p) => p.y);
	const [xMin, xMax, yMin, yMax] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
	const width = round(Math.max(MAP_WIDTH_UNITS, xMax - xMin + 2 * margin));
	return { x: (width - (xMax - xMin)) / 2 - xMin, y: margin - yMin, width, drawingHeight: yMax - yMin + 2 * margin };
}

function legPaths(markers: readonly MapMarker[]): Pick<TrailMap, 'measuredPath' | 'unsurePath'> {
	const paths = { measuredPath: '', unsurePath: '' };
	let previous: { kind: keyof typeof paths; to: MapPoint } | undefined;
	for (let i = 1; i < markers.length; i++) {
		const [from, to] = [markers[i - 1]!, markers[i]!];
		const kind = from.placeholder || to.placeholder ? 'unsurePath' : 'measuredPath';
		// A run of legs of one kind is one polyline: fewer bytes, and joins drawn as joins.
		const continues = previous?.kind === kind && previous.to === from;
		paths[kind] += `${continues ? '' : `M${from.x} ${from.y}`}L${to.x} ${to.y}`;
		previous = { kind, to };
	}
	return paths;
}

/** A round length (1, 2 or 5 times a power of ten km) no wider than a third of the map, bottom left. */
function scaleBar(unitsPerKm: number, heightUnits: number): TrailMap['scaleBar'] {
	const maxKm = MAP_WIDTH_UNITS / 3 / unitsPerKm;
	const power = 10 ** Math.floor(Math.log10(maxKm));
	const lengthKm = [5, 2, 1].map((f) => f * power).find((km) => km <= maxKm) ?? power;
	const width = round(lengthKm * unitsPerKm);
	const [x, y] = [PADDING_UNITS, heightUnits - 8];
	return { path: `M${x} ${y - 5}V${y}H${round(x + width)}V${y - 5}`, lengthKm: Number(lengthKm.toPrecision(12)), labelX: x, labelY: y - 9 };
}
