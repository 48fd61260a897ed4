import { httpGet as get, type RawResponse } from '../../scripts/lib/http-get.ts';

export type { RawResponse };

/**
 * One GET, as a phone's browser sends it: no redirect followed, no decompression, and a test
 * server's self-signed certificate accepted (fetch can do neither of the last two per request).
 */
export function httpGet(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
	return get(url, { headers, insecure: true });
}
