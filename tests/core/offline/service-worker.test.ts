import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import type { OfflinePlan } from '../../../src/core/offline/plan.ts';
import { serviceWorkerSource } from '../../../src/core/offline/service-worker.ts';

// The generated worker runs here against a small fake of the service-worker globals (caches,
// fetch, events); tests/e2e/browser.test.ts runs it in Chromium, offline for real.

const ORIGIN = 'https://damha.example.vn';
const plan: OfflinePlan = {
	cacheName: 'ditichso-new',
	precache: ['/', '/vi/', '/vi/dinh-dam-ha/', '/DH02/', '/404.html', '/anh/dinh-dam-ha/cover-abc-480.webp'],
	photoFallbacks: { '/anh/dinh-dam-ha/cover-abc-960.webp': '/anh/dinh-dam-ha/cover-abc-480.webp' },
	notFoundPath: '/404.html',
};

type Network = (url: URL) => Response | 'offline' | 'hang';

function basic(body: string, status = 200): Response {
	const response = new Response(body, { status, headers: { 'Content-Type': 'text/html' } });
	Object.defineProperty(response, 'type', { value: 'basic' });
	return response;
}

const online: Network = (url) => basic(`online ${url.pathname}`);

function createWorker(network: { current: Network }, existingCaches: string[] = []) {
	const stores = new Map<string, Map<string, Response>>(existingCaches.map((name) => [name, new Map()]));
	const fetched: string[] = [];
	const key = (input: string | { url: string }, ignoreSearch = false) => {
		const url = new URL(typeof input === 'string' ? input : input.url, ORIGIN);
		if (ignoreSearch) url.search = '';
		return url.href;
	};
	const open = async (name: string) => {
		const store = stores.get(name) ?? new Map<string, Response>();
		stores.set(name, store);
		return {
			match: async (input: string | { url: string }, options: { ignoreSearch?: boolean } = {}) => store.get(key(input, options.ignoreSearch))?.clone(),
			put: async (input: string | { url: string }, response: Response) => void store.set(key(input), response),
			addAll: async (requests: { url: string }[]) => {
				for (const request of requests) {
					const response = await fakeFetch(request);
					if (!response.ok) throw new TypeError(`addAll: ${request.url} answered ${response.status}`);
					store.set(key(request), response);
				}
			},
		};
	};
	const fakeFetch = async (request: { url: string }): Promise<Response> => {
		const url = new URL(request.url, ORIGIN);
		fetched.push(url.pathname);
		const answer = network.current(url);
		if (answer === 'offline') throw new TypeError('Failed to fetch');
		if (answer === 'hang') return new Promise(() => undefined);
		return answer;
	};
	const listeners: Record<string, (event: unknown) => void> = {};
	const context = {
		self: { addEventListener: (type: string, fn: (event: unknown) => void) => (listeners[type] = fn), location: new URL(`${ORIGIN}/sw.js`), skipWaiting: async () => undefined, clients: { claim: async () => undefined } },
		caches: { open, keys: async () => [...stores.keys()], delete: async (name: string) => stores.delete(name) },
		fetch: fakeFetch,
		Request: function FakeRequest(url: string, init: { cache?: string }) {
			return { url: new URL(url, ORIGIN).href, cache: init.cache };
		},
		Response,
		URL,
		Set,
		Promise,
		setTimeout: (fn: () => void) => setTimeout(fn, 5),
	};
	runInNewContext(serviceWorkerSource(plan), context);
	const lifecycle = async (type: string) => {
		const waits: Promise<unknown>[] = [];
		listeners[type]?.({ waitUntil: (p: Promise<unknown>) => waits.push(p) });
		await Promise.all(waits);
	};
	const request = async (path: string, mode = 'navigate'): Promise<Response | undefined> => {
		let answer: Promise<Response> | undefined;
		const waits: Promise<unknown>[] = [];
		const event = { request: { url: new URL(path, ORIGIN).href, method: 'GET', mode }, respondWith: (p: Promise<Response>) => (answer = p), waitUntil: (p: Promise<unknown>) => waits.push(p) };
		listeners['fetch']?.(event);
		const response = await answer;
		// A hanging network never settles its waitUntil; the browser would end it, the test stops waiting.
		await Promise.race([Promise.all(waits), new Promise((resolve) => setTimeout(resolve, 50))]);
		return response;
	};
	return { stores, fetched, lifecycle, request };
}

async function installed(network: { current: Network } = { current: online }, existing: string[] = []) {
	const worker = createWorker(network, existing);
	await worker.lifecycle('install');
	await worker.lifecycle('activate');
	worker.fetched.length = 0;
	return worker;
}

describe('serviceWorkerSource', () => {
	test('keeps every page of the plan when it installs, revalidating each with the server', async () => {
		const worker = createWorker({ current: online });
		await worker.lifecycle('install');
		expect([...(worker.stores.get('ditichso-new')?.keys() ?? [])]).toEqual(plan.precache.map((path) => `${ORIGIN}${path}`));
	});

	test('deletes the caches of earlier builds, and only those, when it takes over', async () => {
		const worker = await installed({ current: online }, ['ditichso-old', 'someone-else']);
		expect([...worker.stores.keys()].sort()).toEqual(['ditichso-new', 'someone-else']);
	});

	test('serves pages fresh from the network when online, and keeps the fresh copy', async () => {
		const network = { current: online };
		const worker = await installed(network);
		network.current = (url) => basic(`rebuilt ${url.pathname}`);
		expect(await (await worker.request('/vi/dinh-dam-ha/'))?.text()).toBe('rebuilt /vi/dinh-dam-ha/');
		network.current = () => 'offline';
		expect(await (await worker.request('/vi/dinh-dam-ha/'))?.text()).toBe('rebuilt /vi/dinh-dam-ha/');
	});

	test.each([
		['/DH02', '/DH02/'],
		['/DH02/', '/DH02/'],
		['/vi/dinh-dam-ha/?utm_source=qr', '/vi/dinh-dam-ha/'],
	])('offline, %s opens the kept %s', async (asked, kept) => {
		const network = { current: online };
		const worker = await installed(network);
		network.current = () => 'offline';
		const response = await worker.request(asked);
		expect(response?.status).toBe(200);
		expect(await response?.text()).toBe(`online ${kept}`);
	});

	test('on a network slower than the timeout, shows the kept page', async () => {
		const network = { current: online };
		const worker = await installed(network);
		network.current = () => 'hang';
		expect(await (await worker.request('/DH02'))?.text()).toBe('online /DH02/');
	});

	test('offline, a page that was never kept gets the 404 page, which lists the trail', async () => {
		const network = { current: online };
		const worker = await installed(network);
		network.current = () => 'offline';
		const response = await worker.request('/DH77/');
		expect(response?.status).toBe(404);
		expect(await response?.text()).toBe('online /404.html');
	});

	test('never keeps a redirect or an error page', async () => {
		const network: { current: Network } = { current: online };
		const worker = await installed(network);
		network.current = () => basic('gone', 500);
		await worker.request('/vi/');
		network.current = () => 'offline';
		expect(await (await worker.request('/vi/'))?.text()).toBe('online /vi/');
	});

	test('serves a kept photo from the cache without asking the network', async () => {
		const worker = await installed();
		const response = await worker.request('/anh/dinh-dam-ha/cover-abc-480.webp', 'no-cors');
		expect(await response?.text()).toBe('online /anh/dinh-dam-ha/cover-abc-480.webp');
		expect(worker.fetched).toEqual([]);
	});

	test('offline, a larger photo than the one kept is replaced by the kept one', async () => {
		const network = { current: online };
		const worker = await installed(network);
		network.current = () => 'offline';
		const response = await worker.request('/anh/dinh-dam-ha/cover-abc-960.webp', 'no-cors');
		expect(await response?.text()).toBe('online /anh/dinh-dam-ha/cover-abc-480.webp');
	});

	test('leaves other origins and other methods to the browser', async () => {
		const worker = await installed();
		expect(await worker.request('https://tile.example.org/1/2/3.png', 'no-cors')).toBeUndefined();
		expect(await worker.request('/plaques/DH01.pdf', 'no-cors')).toBeUndefined();
	});

	test('is one deterministic text per plan', () => {
		expect(serviceWorkerSource(plan)).toBe(serviceWorkerSource(structuredClone(plan)));
		expect(serviceWorkerSource(plan)).toContain('const CACHE = "ditichso-new";');
	});
});
