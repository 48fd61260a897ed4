// The browser side of /admin/: Decap CMS from npm (bundled by Vite into /_astro/, nothing from a
// CDN), started with the config that src/core/cms/decap-config.ts built into the page.
import CMS from 'decap-cms-app';

type CmsInit = NonNullable<Parameters<typeof CMS.init>[0]>;

const data = document.getElementById('cms-config')?.textContent;
if (!data) throw new Error('The editor page has no #cms-config block: rebuild the site.');
const config = JSON.parse(data) as CmsInit['config'];

// `?port=8082` looks for decap-server on another port of this computer (tests, a second
// `npm run edit`). Decap uses the local backend only when the page itself is on localhost.
const port = new URLSearchParams(location.search).get('port');
if (port && /^\d{2,5}$/.test(port)) config.local_backend = { url: `http://${location.hostname}:${port}/api/v1` };

/** An Immutable.js collection, as Decap hands entry data to event handlers (duck-typed: Immutable is Decap's, not ours). */
interface Collection {
	size: number;
	map(fn: (value: unknown) => unknown): Collection;
	filter(fn: (value: unknown) => boolean): Collection;
	toJS(): unknown;
}

const isCollection = (value: unknown): value is Collection => typeof value === 'object' && value !== null && typeof (value as Collection).toJS === 'function';
const isEmpty = (value: unknown) => value === '' || value === null || value === undefined || (isCollection(value) && value.size === 0);

/** Drops empty text, lists and groups: a field left blank is left out of the file, as the schema expects. */
function prune(value: unknown): unknown {
	return isCollection(value) ? value.map(prune).filter((v) => !isEmpty(v)) : value;
}

/** A backend implementation, as far as listing goes. */
interface Listing {
	entriesByFolder(folder: string, extension: string, depth: number): Promise<Array<{ file: { path: string } }>>;
	allEntriesByFolder?(folder: string, extension: string, depth: number, pathRegex?: RegExp): Promise<Array<{ file: { path: string } }>>;
}

// A site folder holds vi.md, en.md, zh.md, ko.md: each collection must list only its own file
// (its `path`, passed here as a pattern). GitHub's backend applies the pattern; decap-server's and
// Gitea's do not, so every backend gets it applied here.
for (const name of ['proxy', 'github', 'gitea']) {
	const registered = CMS.getBackend(name) as { init: (...args: unknown[]) => Listing } | undefined;
	if (!registered) continue;
	const init = registered.init;
	registered.init = (...args) => {
		const backend = init(...args);
		const listAll = backend.allEntriesByFolder?.bind(backend);
		backend.allEntriesByFolder = async (folder, extension, depth, pathRegex) => {
			const entries = listAll ? await listAll(folder, extension, depth, pathRegex) : await backend.entriesByFolder(folder, extension, depth);
			return pathRegex ? entries.filter((entry) => pathRegex.test(entry.file.path)) : entries;
		};
		return backend;
	};
}

CMS.registerEventListener({ name: 'preSave', handler: ({ entry }: { entry: { get(key: 'data'): unknown } }) => prune(entry.get('data')) });
CMS.init({ config });
