import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';

export interface RawResponse {
	status: number;
	headers: Record<string, string>;
	/** The body as sent: not decompressed. */
	body: Buffer;
	text: string;
}

export interface GetOptions {
	headers?: Record<string, string>;
	/** Accept a certificate no authority signed (a staging server, a test). */
	insecure?: boolean;
	timeoutMs?: number;
}

/** One GET, with no redirect followed and nothing decompressed, as node:http gives it. */
export function httpGet(url: string, { headers = {}, insecure = false, timeoutMs = 15_000 }: GetOptions = {}): Promise<RawResponse> {
	const request = url.startsWith('https:') ? httpsRequest : httpRequest;
	return new Promise((resolve, reject) => {
		const req = request(url, { method: 'GET', headers, rejectUnauthorized: !insecure, timeout: timeoutMs }, (res) => {
			const chunks: Buffer[] = [];
			res.on('data', (chunk: Buffer) => chunks.push(chunk));
			res.on('end', () => {
				const body = Buffer.concat(chunks);
				const flat = Object.fromEntries(Object.entries(res.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : (v ?? '')]));
				resolve({ status: res.statusCode ?? 0, headers: flat, body, text: body.toString('utf8') });
			});
			res.on('error', reject);
		});
		req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs / 1000} s`)));
		req.on('error', reject);
		req.end();
	});
}
