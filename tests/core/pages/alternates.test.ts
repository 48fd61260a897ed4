import { describe, expect, test } from 'vitest';
import { alternatesOf } from '../../../src/core/pages/alternates.ts';

describe('alternatesOf', () => {
	test('gives every offered language its BCP-47 tag (zh → zh-Hans), in the order offered', () => {
		expect(alternatesOf('https://damha.example.vn', ['vi', 'en', 'zh', 'ko'], (lang) => `/${lang}/dinh-dam-ha/`)).toEqual([
			{ lang: 'vi', tag: 'vi', path: '/vi/dinh-dam-ha/', href: 'https://damha.example.vn/vi/dinh-dam-ha/' },
			{ lang: 'en', tag: 'en', path: '/en/dinh-dam-ha/', href: 'https://damha.example.vn/en/dinh-dam-ha/' },
			{ lang: 'zh', tag: 'zh-Hans', path: '/zh/dinh-dam-ha/', href: 'https://damha.example.vn/zh/dinh-dam-ha/' },
			{ lang: 'ko', tag: 'ko', path: '/ko/dinh-dam-ha/', href: 'https://damha.example.vn/ko/dinh-dam-ha/' },
		]);
	});

	test('keeps a base address with a sub-folder', () => {
		expect(alternatesOf('https://x.vn/damha', ['vi'], () => '/vi/')[0]?.href).toBe('https://x.vn/damha/vi/');
	});

	test('gives nothing for no languages', () => {
		expect(alternatesOf('https://x.vn', [], () => '/')).toEqual([]);
	});
});
