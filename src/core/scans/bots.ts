/**
 * Requests that are not a person holding a phone in front of a plaque. Each entry is one family,
 * matched anywhere in the user agent, case-insensitively.
 */
const BOTS: readonly RegExp[] = [
	// Search engines and crawlers name themselves ("Googlebot", "bingbot", "AhrefsBot", "coccocbot").
	// "Cubot" is a phone maker, not a bot.
	/(?<!cu)bot\b|crawl|spider|slurp|archiver|mediapartners-google|bingpreview/i,
	// Link previews: the site's address pasted into a chat or a post is fetched by the app's server.
	/facebookexternalhit|facebookcatalog|meta-external|facebot|whatsapp\/|telegrambot|slackbot|twitterbot|discordbot|linkedinbot|skypeuripreview|embedly|iframely|google-pagerenderer/i,
	// Command-line tools and HTTP libraries: scripts, not visitors.
	/\b(?:curl|wget|python-requests|python-urllib|python-httpx|aiohttp|go-http-client|java|okhttp|node-fetch|axios|undici|libwww-perl|httpie|apache-httpclient|scrapy|postmanruntime|guzzlehttp)\//i,
	// Headless browsers and page-speed tools.
	/headlesschrome|phantomjs|lighthouse|pagespeed|gtmetrix|puppeteer|playwright|selenium/i,
	// Uptime monitors.
	/uptime|pingdom|statuscake|site24x7|monitor|freshping|hetrixtools|nodeping|datadog|newrelicpinger|zabbix|nagios|check_http|jetpack/i,
	// This project's own live checker (its user agent starts with "ditichso-verify-live").
	/^ditichso-verify-live/i,
];

/**
 * Zalo is the exception that needs care. Its in-app browser also says "Zalo"
 * (`… Mobile/15E148 Zalo iOS/502 ZaloTheme/light ZaloLanguage/vn`), and that is a visitor who
 * scanned the plaque with Zalo's own QR reader, the most common way in Vietnam. Only a Zalo user
 * agent without the in-app markers is the link-preview fetcher.
 */
const ZALO = /zalo/i;
const ZALO_IN_APP = /zalotheme|zalolanguage|zalo (?:ios|android)\//i;

/** True for crawlers, link previewers, scripts, headless browsers, monitors, and an empty or "-" user agent. */
export function isBot(userAgent: string): boolean {
	const ua = userAgent.trim();
	if (ua === '' || ua === '-') return true;
	if (ZALO.test(ua) && !ZALO_IN_APP.test(ua)) return true;
	return BOTS.some((bot) => bot.test(ua));
}
