/** Media types worth compressing: text. Photos, fonts and PDFs are compressed already. */
export const COMPRESSIBLE_TYPES: readonly string[] = ['text/html', 'text/css', 'application/javascript', 'text/javascript', 'application/json', 'application/manifest+json', 'application/xml', 'text/xml', 'image/svg+xml', 'application/gpx+xml', 'text/plain'];

/** File name endings of the same kinds, for writing `.br` and `.gz` copies at build time. */
export const COMPRESSIBLE_EXTENSIONS: readonly string[] = ['.html', '.css', '.js', '.json', '.webmanifest', '.xml', '.svg', '.gpx', '.txt'];

/** Smaller than this, compression saves less than a packet. */
export const MIN_COMPRESS_BYTES = 512;
