import { runInNewContext } from 'node:vm';
import { describe, expect, test } from 'vitest';
import { LANGUAGE_CHOICE_SCRIPT, LANGUAGE_SWITCH_SCRIPT } from '../../../src/core/i18n/client-scripts.ts';
import { pickLanguage } from '../../../src/core/i18n/negotiate.ts';
import { SERVICE_WORKER_SCRIPT } from '../../../src/core/offline/register-script.ts';

// The scripts run here against a fake of the few browser objects they touch; the browser test
// (tests/e2e/browser.test.ts) runs them for real in Chromium.

const TAGS = { vi: 'vi', en: 'en', zh: 'zh-Hans', ko: 'ko' } as const;
const HOST = 'damha.example.vn';

interface Visit {
	/** `location.pathname`. */
	at: string;
	/** `<html lang>`. */
	lang?: string;
	/** The slug of the page's alternates; none on the 404 page. */
	slug?: string | null;
	languages?: string[] | undefined;
	language?: string;
	cookie?: string;
	stored?: string | null;
	storageThrows?: boolean;
	referrer?: string;
	navigationType?: string;
	hash?: string;
}

interface Outcome {
	replacedWith: string | undefined;
	offer: string | undefined;
}

function runSwitch(visit: Visit): Outcome {
	const slug = visit.slug === undefined ? 'dinh-dam-ha' : visit.slug;
	const links = slug === null ? [] : [...Object.values(TAGS), 'x-default'].map((tag) => ({
		getAttribute: (name: string) => (name === 'hreflang' ? tag : `https://${HOST}/${tag === 'x-default' ? 'vi' : tag.split('-')[0]}/${slug ? `${slug}/` : ''}`),
	}));
	const outcome: Outcome = { replacedWith: undefined, offer: undefined };
	const storage = {
		getItem: (key: string) => {
			if (visit.storageThrows) throw new Error('SecurityError');
			return key === 'lang' ? (visit.stored ?? null) : null;
		},
	};
	const context: Record<string, unknown> = {
		document: {
			documentElement: { lang: visit.lang ?? 'vi', setAttribute: (name: string, value: string) => name === 'data-offer' && (outcome.offer = value) },
			querySelectorAll: (selector: string) => (selector === 'link[rel=alternate][hreflang]' ? links : []),
			cookie: visit.cookie ?? '',
			referrer: visit.referrer ?? '',
		},
		location: { pathname: visit.at, host: HOST, hash: visit.hash ?? '', replace: (to: string) => (outcome.replacedWith = to) },
		navigator: { languages: 'languages' in visit ? visit.languages : ['vi-VN'], language: visit.language ?? 'vi-VN' },
		performance: { getEntriesByType: (type: string) => (type === 'navigation' ? [{ type: visit.navigationType ?? 'navigate' }] : []) },
		localStorage: storage,
	};
	context['window'] = context;
	runInNewContext(LANGUAGE_SWITCH_SCRIPT, context);
	return outcome;
}

const none: Outcome = { replacedWith: undefined, offer: undefined };

describe('LANGUAGE_SWITCH_SCRIPT', () => {
	test.each<[string, Visit, Outcome]>([
		['a Korean phone scanning a plaque opens the Korean page', { at: '/DH01/', languages: ['ko-KR', 'en-US'] }, { replacedWith: '/ko/dinh-dam-ha/', offer: undefined }],
		['the scan without a trailing slash does the same', { at: '/DH01', languages: ['ko-KR'] }, { replacedWith: '/ko/dinh-dam-ha/', offer: undefined }],
		['the first offered language of the phone counts, not only the first', { at: '/DH01/', languages: ['fr-FR', 'de', 'en-GB'] }, { replacedWith: '/en/dinh-dam-ha/', offer: undefined }],
		['a Traditional Chinese phone gets the Chinese page', { at: '/DH01/', languages: ['zh-TW'] }, { replacedWith: '/zh/dinh-dam-ha/', offer: undefined }],
		['a Vietnamese phone stays', { at: '/DH01/', languages: ['vi-VN', 'en-US'] }, none],
		['a phone in a language not offered stays, with no offer', { at: '/DH01/', languages: ['fr-FR', 'de'] }, none],
		['the bare address is language-neutral too', { at: '/', slug: '', languages: ['en-US'] }, { replacedWith: '/en/', offer: undefined }],
		['a remembered choice wins over the phone', { at: '/DH01/', languages: ['ko-KR'], cookie: 'lang=en' }, { replacedWith: '/en/dinh-dam-ha/', offer: undefined }],
		['a remembered Vietnamese keeps the plaque page', { at: '/DH01/', languages: ['ko-KR'], stored: 'vi' }, none],
		['a choice kept only in localStorage counts', { at: '/DH01/', stored: 'zh' }, { replacedWith: '/zh/dinh-dam-ha/', offer: undefined }],
		['a remembered choice moves a visitor from outside on any page', { at: '/vi/dinh-dam-ha/', cookie: 'a=1; lang=ko', referrer: 'https://www.google.com/' }, { replacedWith: '/ko/dinh-dam-ha/', offer: undefined }],
		['but never one who came from a page of the site', { at: '/vi/dinh-dam-ha/', cookie: 'lang=ko', referrer: `https://${HOST}/ko/dinh-dam-ha/` }, none],
		['nor on Back or Forward', { at: '/vi/dinh-dam-ha/', cookie: 'lang=ko', navigationType: 'back_forward' }, none],
		['nor when the page is already in the remembered language', { at: '/ko/dinh-dam-ha/', lang: 'ko', cookie: 'lang=ko' }, none],
		['a language page is not moved by the phone language: it offers it', { at: '/vi/dinh-dam-ha/', languages: ['en-US'] }, { replacedWith: undefined, offer: 'en' }],
		['a typed page address without the slash is still a language page', { at: '/vi/dinh-dam-ha', languages: ['en-US'] }, { replacedWith: undefined, offer: 'en' }],
		['the offer names the tag of the page it offers', { at: '/en/dinh-dam-ha/', lang: 'en', languages: ['zh-CN'] }, { replacedWith: undefined, offer: 'zh-Hans' }],
		['an English page offers Vietnamese to a Vietnamese phone', { at: '/en/dinh-dam-ha/', lang: 'en', languages: ['vi'] }, { replacedWith: undefined, offer: 'vi' }],
		['no offer in the language of the page', { at: '/en/dinh-dam-ha/', lang: 'en', languages: ['en-US'] }, none],
		['no offer over a remembered choice', { at: '/en/dinh-dam-ha/', lang: 'en', languages: ['ko'], cookie: 'lang=en' }, none],
		['an unknown remembered value is ignored', { at: '/DH01/', languages: ['ko'], cookie: 'lang=fr' }, { replacedWith: '/ko/dinh-dam-ha/', offer: undefined }],
		['a remembered value named like an object property is ignored', { at: '/DH01/', languages: ['vi'], cookie: 'lang=constructor' }, none],
		['storage that throws is skipped', { at: '/DH01/', languages: ['ko'], storageThrows: true }, { replacedWith: '/ko/dinh-dam-ha/', offer: undefined }],
		['navigator.language serves when navigator.languages is missing', { at: '/DH01/', languages: undefined, language: 'ko-KR' }, { replacedWith: '/ko/dinh-dam-ha/', offer: undefined }],
		['the fragment is kept', { at: '/DH01/', languages: ['en'], hash: '#anh' }, { replacedWith: '/en/dinh-dam-ha/#anh', offer: undefined }],
		['the 404 page, with no alternates, does nothing', { at: '/DH99/', slug: null, languages: ['ko'], cookie: 'lang=en' }, none],
	])('%s', (_name, visit, expected) => {
		expect(runSwitch(visit)).toEqual(expected);
	});

	test.each([[['ko-KR', 'en']], [['fr', 'zh-HK', 'en']], [['de', 'fr']], [['en-GB', 'ko']], [['vi', 'en']], [['zh-Hant-TW']], [['yue-HK']], [['cmn']], [['FR_fr', 'EN_us']], [[]]])(
		'on a plaque page, %j chooses what pickLanguage chooses for the same header',
		(languages) => {
			const chosen = runSwitch({ at: '/DH02/', languages }).replacedWith?.split('/')[1] ?? 'vi';
			expect(chosen).toBe(pickLanguage(languages.join(', '), ['vi', 'en', 'zh', 'ko']));
		},
	);

	test('does not throw in a browser without querySelectorAll', () => {
		expect(() => runInNewContext(LANGUAGE_SWITCH_SCRIPT, { document: {}, location: {}, navigator: {} })).not.toThrow();
	});
});

function runChoice(options: { offer?: string | null; closest?: boolean; storageThrows?: boolean }) {
	const offers: Record<string, { hidden: boolean }> = { en: { hidden: true }, 'zh-Hans': { hidden: true } };
	const state = { cookie: '', stored: undefined as string | undefined, clicks: [] as ((event: unknown) => void)[] };
	const document = {
		documentElement: { getAttribute: (name: string) => (name === 'data-offer' ? (options.offer ?? null) : null) },
		querySelector: (selector: string) => offers[/lang="([^"]+)"/.exec(selector)?.[1] ?? ''] ?? null,
		addEventListener: (type: string, listener: (event: unknown) => void) => type === 'click' && state.clicks.push(listener),
		set cookie(value: string) {
			state.cookie = value;
		},
	};
	const localStorage = {
		setItem: (key: string, value: string) => {
			if (options.storageThrows) throw new Error('QuotaExceededError');
			if (key === 'lang') state.stored = value;
		},
	};
	runInNewContext(LANGUAGE_CHOICE_SCRIPT, { document, localStorage });
	const click = (link: { hreflang: string } | null) => {
		const target = options.closest === false ? {} : { closest: (selector: string) => (link && selector.includes('a[hreflang]') ? { getAttribute: () => link.hreflang } : null) };
		for (const listener of state.clicks) listener({ target });
	};
	return { offers, state, click };
}

describe('LANGUAGE_CHOICE_SCRIPT', () => {
	test('shows the offer the head script chose, and only that one', () => {
		const { offers } = runChoice({ offer: 'zh-Hans' });
		expect(offers).toEqual({ en: { hidden: true }, 'zh-Hans': { hidden: false } });
	});

	test('shows nothing when no offer was chosen', () => {
		expect(runChoice({ offer: null }).offers).toEqual({ en: { hidden: true }, 'zh-Hans': { hidden: true } });
	});

	test('remembers the language of a clicked switcher link in a cookie and localStorage', () => {
		const { state, click } = runChoice({});
		click({ hreflang: 'zh-Hans' });
		expect(state.cookie).toBe('lang=zh; Path=/; Max-Age=31536000; SameSite=Lax');
		expect(state.stored).toBe('zh');
	});

	test('still sets the cookie when localStorage refuses', () => {
		const { state, click } = runChoice({ storageThrows: true });
		click({ hreflang: 'ko' });
		expect(state.cookie).toBe('lang=ko; Path=/; Max-Age=31536000; SameSite=Lax');
	});

	test('ignores clicks elsewhere, and browsers without Element.closest', () => {
		const elsewhere = runChoice({});
		elsewhere.click(null);
		expect(elsewhere.state).toMatchObject({ cookie: '', stored: undefined });
		const old = runChoice({ closest: false });
		expect(() => old.click({ hreflang: 'en' })).not.toThrow();
		expect(old.state.cookie).toBe('');
	});
});

describe('SERVICE_WORKER_SCRIPT', () => {
	test('registers /sw.js after the page has loaded', () => {
		const registered: string[] = [];
		const listeners: Record<string, () => void> = {};
		const serviceWorker = { register: (url: string) => (registered.push(url), Promise.resolve()) };
		runInNewContext(SERVICE_WORKER_SCRIPT, { navigator: { serviceWorker }, addEventListener: (type: string, fn: () => void) => (listeners[type] = fn) });
		expect(registered).toEqual([]);
		listeners['load']?.();
		expect(registered).toEqual(['/sw.js']);
	});

	test('does nothing where service workers are missing or registering throws', () => {
		expect(() => runInNewContext(SERVICE_WORKER_SCRIPT, { navigator: {}, addEventListener: () => undefined })).not.toThrow();
		const throwing = { register: () => { throw new Error('SecurityError'); } };
		expect(() => runInNewContext(SERVICE_WORKER_SCRIPT, { navigator: { serviceWorker: throwing }, addEventListener: (_: string, fn: () => void) => fn() })).not.toThrow();
	});
});

describe('the inline scripts', () => {
	test.each([
		['LANGUAGE_SWITCH_SCRIPT', LANGUAGE_SWITCH_SCRIPT],
		['LANGUAGE_CHOICE_SCRIPT', LANGUAGE_CHOICE_SCRIPT],
		['SERVICE_WORKER_SCRIPT', SERVICE_WORKER_SCRIPT],
	])('%s is small ES5 for old WebViews, with nothing page-specific in it', (_name, script) => {
		expect(script).not.toMatch(/=>|`|\blet\b|\bconst\b|\bclass\b|\.\.\./);
		expect(script).not.toMatch(/<\/script|damha|DH\d\d/i);
		expect(script.length).toBeLessThan(1400);
	});
});
