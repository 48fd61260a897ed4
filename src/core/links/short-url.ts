/**
 * The ten-year promise. A printed plaque encodes `<baseUrl>/<CODE>` in its QR code, and the plaque
 * stays on a wall for ten years or more. Nothing else may ever be encoded: no page path, no
 * language, no query string. Pages may move; the short address must always answer (the site
 * serves a redirect at `/<CODE>`). Changing anything in this file changes every plaque to come
 * and strands those already printed, so treat it as frozen.
 */
import { CODE_PATTERN } from '../schema/code.ts';
import { DitichsoError } from '../errors.ts';

/** `https://damha.example.vn` + `DH01` → `https://damha.example.vn/DH01`. Throws on a trailing slash or an invalid code (a program bug: settings and codes are validated before this). */
export function codeToShortUrl(baseUrl: string, code: string): string {
	assertParts(baseUrl, code);
	return `${baseUrl}/${code}`;
}

/**
 * The exact text the QR code encodes: `https://damha.example.vn` + `DH01` → `https://DAMHA.EXAMPLE.VN/DH01`.
 * Host names are case-insensitive, so capitals are free: they fit QR alphanumeric mode (5.5 bits a
 * character instead of 8), which gives a smaller symbol and so bigger modules at the same plaque size.
 * The scheme stays lower-case because some scanner apps do not recognise `HTTPS:` as a link.
 * A base path is kept exactly as written: paths are case-sensitive on most servers.
 */
export function codeToQrText(baseUrl: string, code: string): string {
	assertParts(baseUrl, code);
	const { scheme, authority, path } = splitBaseUrl(baseUrl);
	return `${scheme}://${authority.toUpperCase()}${path}/${code}`;
}

/** The short address printed under the QR code, for people typing it by hand: `damha.example.vn/DH01`. */
export function shortUrlToDisplay(baseUrl: string, code: string): string {
	return codeToShortUrl(baseUrl, code).replace(/^[a-z][a-z0-9+.-]*:\/\//i, '');
}

function splitBaseUrl(baseUrl: string): { scheme: string; authority: string; path: string } {
	const match = /^([a-z][a-z0-9+.-]*):\/\/([^/?#]+)(\/[^?#]*)?$/i.exec(baseUrl);
	if (!match?.[1] || !match[2]) {
		throw new DitichsoError(`The site address "${baseUrl}" is not an absolute http(s) address. The settings check should have refused it; please report this bug.`);
	}
	// An internationalised host becomes its ASCII (punycode) form, which QR alphanumeric mode can hold.
	const url = new URL(baseUrl);
	const authority = url.port ? `${url.hostname}:${url.port}` : url.hostname;
	return { scheme: match[1].toLowerCase(), authority, path: match[3] ?? '' };
}

function assertParts(baseUrl: string, code: string): void {
	if (baseUrl.endsWith('/')) {
		throw new DitichsoError(`The site address "${baseUrl}" ends with a slash, so the plaque address would contain "//". The settings schema removes it; pass the parsed settings.`);
	}
	if (!CODE_PATTERN.test(code)) {
		throw new DitichsoError(`The plaque code "${code}" is not 2–8 capital letters or digits. Codes are validated when content loads; pass the parsed site.`);
	}
}
