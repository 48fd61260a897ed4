import type { PhotoRefusal } from '../images/accepted.ts';
import type { PlaqueLogo } from '../plaque/logo.ts';
import type { Lang, PrintedPlaque, RetiredSite, Settings, Site, Translation } from '../schema/index.ts';
import type { FieldPositions } from './front-matter.ts';

/** A photo file found inside a site's folder, with what the pages need to lay it out. */
export interface PhotoFile {
	/** As written in front matter (NFC). */
	src: string;
	/** Absolute path on disk. */
	path: string;
	widthPx: number;
	heightPx: number;
	format: string;
	/** First 12 hex digits of the SHA-256 of the bytes: names the published file, so caches never go stale. */
	hash: string;
	/** A tiny blurred preview as a `data:` URI, from `probeImage`; none for a photo with transparency. */
	placeholder?: string;
	/** Where the phone says the photo was taken (EXIF GPS), in decimal degrees: only `check` reads it, to suggest a location; it is never published. */
	gps?: { lat: number; lng: number };
}

/** Another file found inside a site's folder: an audio narration. */
export interface SiteFile {
	/** As written in front matter (NFC). */
	src: string;
	/** Absolute path on disk. */
	path: string;
	/** First 12 hex digits of the SHA-256 of the bytes: names the published file. */
	hash: string;
}

/** A translation of a site: title, summary and body; the facts stay in vi.md. */
export interface TranslationEntry {
	lang: Exclude<Lang, 'vi'>;
	/** Display path of the file (relative to the working directory). */
	file: string;
	data: Translation;
	/** Markdown body, NFC, line ends normalised. */
	body: string;
	/** 1-based line of the file where the body starts. */
	bodyLine: number;
	positions: FieldPositions;
}

/**
 * What became of a photo named in front matter, found by the one reader of the content folder.
 * 'too-large': over the size limit, so never read; the others of `PhotoRefusal` (images/accepted.ts):
 * read and refused ('heic': an iPhone's HEIC photo; 'empty', 'truncated', 'not-image', 'too-many-pixels').
 */
export type PhotoStatus = 'ok' | 'missing' | 'outside' | 'too-large' | PhotoRefusal['refused'];

/** One site: its folder, its facts, its Vietnamese text and its translations. */
export interface SiteEntry {
	/** Folder name: the site's public URL segment (`/vi/<slug>/`). */
	slug: string;
	/** Absolute path of the site folder. */
	dir: string;
	/** Display path of vi.md. */
	file: string;
	data: Site;
	body: string;
	bodyLine: number;
	translations: Partial<Record<Exclude<Lang, 'vi'>, TranslationEntry>>;
	positions: FieldPositions;
	/** Photo files that exist and are readable, keyed by `src`. */
	photos: Record<string, PhotoFile>;
	/** Every photo named in front matter, keyed by `src`. */
	photoStatus: Record<string, PhotoStatus>;
	/** Size in bytes of every photo file found inside the folder, read or not, keyed by `src`. */
	photoBytes: Record<string, number>;
	/** Why each photo found but not accepted was refused (what it really is, its size in pixels), keyed by `src`. */
	photoRefusals: Record<string, PhotoRefusal>;
	/** Audio narrations that exist and are readable, keyed by `src` (from vi.md and the translations). */
	audio: Record<string, SiteFile>;
	/** Every audio file named in front matter, keyed by `src`. */
	audioStatus: Record<string, PhotoStatus>;
}

/** One entry of a register file (`printed.yaml`, `retired.yaml`), with where it was written. */
export interface RegisterEntry<T> {
	data: T;
	/** Display path of the register file. */
	file: string;
	/** Position of the entry in the file's list, 0-based: `positions` are keyed `<index>.<field>`. */
	index: number;
	positions: FieldPositions;
}

export type PrintedEntry = RegisterEntry<PrintedPlaque>;
export type RetiredEntry = RegisterEntry<RetiredSite>;

/**
 * A vi.md whose information block did not pass the schema: not a site, but still checked where it
 * can be (its text's links, a position its photos suggest), so every problem is told at once.
 */
export interface UnloadedSite {
	file: string;
	/** The information block as written, not validated. */
	raw: unknown;
	positions: FieldPositions;
	body: string;
	bodyLine: number;
	/** The photos its `cover` and `photos` name, where those are readable. */
	photos: Record<string, PhotoFile>;
}

/** The whole content folder, parsed. Sites are in trail order. */
export interface Trail {
	contentDir: string;
	settings: Settings;
	sites: SiteEntry[];
	/** Every plaque printed so far (`printed.yaml`), in file order; empty before the first print. */
	printed: PrintedEntry[];
	/** Sites taken off the trail on purpose (`retired.yaml`), whose codes and addresses still answer. */
	retired: RetiredEntry[];
	/** The owner's logo for the plaques, read by validateContent when settings name one. */
	logo?: PlaqueLogo | undefined;
}
