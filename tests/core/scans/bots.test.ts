import { describe, expect, test } from 'vitest';
import { isBot } from '../../../src/core/scans/bots.ts';

describe('isBot', () => {
	test.each([
		['Googlebot', 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)'],
		['bingbot', 'Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)'],
		['Cốc Cốc search', 'Mozilla/5.0 (compatible; coccocbot-web/1.0; +http://help.coccoc.com/searchengine)'],
		['Baidu', 'Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)'],
		['a crawler without "bot"', 'Mozilla/5.0 (compatible; SeznamCrawler/1.0)'],
		['Facebook link preview', 'facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)'],
		['Zalo link preview (no in-app markers)', 'Mozilla/5.0 (compatible; Zalo/1.0; +https://zalo.me)'],
		['WhatsApp link preview', 'WhatsApp/2.23.20.0 A'],
		['Telegram link preview', 'TelegramBot (like TwitterBot)'],
		['Slack link preview', 'Slackbot-LinkExpanding 1.0 (+https://api.slack.com/robots)'],
		['Twitter link preview', 'Twitterbot/1.0'],
		['curl', 'curl/8.5.0'],
		['wget', 'Wget/1.21.4'],
		['python-requests', 'python-requests/2.31.0'],
		['Go', 'Go-http-client/1.1'],
		['Headless Chrome', 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/124.0.0.0 Safari/537.36'],
		['Lighthouse', 'Mozilla/5.0 (Linux; Android 11; moto g power (2022)) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36 Chrome-Lighthouse'],
		['UptimeRobot', 'Mozilla/5.0+(compatible; UptimeRobot/2.0; http://www.uptimerobot.com/)'],
		['Uptime Kuma', 'Uptime-Kuma/1.23.11'],
		['Pingdom', 'Pingdom.com_bot_version_1.4_(http://www.pingdom.com/)'],
		["the project's live checker", 'ditichso-verify-live/1.0 (+https://damha.example.vn)'],
		['an empty user agent', ''],
		['a "-" user agent', '-'],
		['blanks only', '   '],
	])('%s is a bot', (_name, ua) => {
		expect(isBot(ua)).toBe(true);
	});

	test.each([
		['Safari on an iPhone', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1'],
		['Chrome on Android', 'Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36'],
		["Zalo's in-app browser on iOS", 'Mozilla/5.0 (iPhone; CPU iPhone OS 16_0_2 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 Zalo iOS/502 ZaloTheme/light ZaloLanguage/vn'],
		["Zalo's in-app browser on Android", 'Mozilla/5.0 (Linux; Android 12; SM-A125F; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/120.0.6099.230 Mobile Safari/537.36 Zalo android/12100 ZaloTheme/dark ZaloLanguage/vi'],
		["Facebook's in-app browser", 'Mozilla/5.0 (Linux; Android 13; SM-A146P; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/122.0.6261.119 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/452.0.0.44.109;]'],
		['the Cốc Cốc browser', 'Mozilla/5.0 (Linux; Android 11; Redmi Note 8) AppleWebKit/537.36 (KHTML, like Gecko) coc_coc_browser/130.0.0.0 Mobile Safari/537.36'],
		['a Cubot phone', 'Mozilla/5.0 (Linux; Android 9; CUBOT X19) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/118.0.0.0 Mobile Safari/537.36'],
		['Samsung Internet', 'Mozilla/5.0 (Linux; Android 14; SM-A155F) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36'],
	])('%s is a visitor', (_name, ua) => {
		expect(isBot(ua)).toBe(false);
	});
});
