/**
 * The two inline scripts behind the language choice, as text. They are the same bytes on every
 * page (a Content-Security-Policy can then allow them by hash) and read what differs from the
 * DOM: `<html lang>` and the `<link rel="alternate" hreflang>` tags. Reading never depends on
 * them: each is wrapped in try/catch and does nothing where a feature is missing (in-app
 * browsers of Zalo or Facebook, old WebViews, storage blocked). ES5 only, for those browsers.
 *
 * Language keys are the primary subtag of a tag (`zh-Hans` → `zh`), as in `rangeToLang`.
 */
import { LANG_COOKIE, LANG_COOKIE_ATTRIBUTES, LANG_STORAGE_KEY } from './choice.ts';

const join = (lines: readonly string[]) => lines.join('');

/**
 * In `<head>`, after the alternate links, because it must run before the first paint: sent on
 * after the body is drawn, a visitor on weak signal would watch the Vietnamese page flash and its
 * cover photo start to download first. It:
 * - sends a visitor with a remembered choice to that language's page, on any page;
 * - sends a visitor without one who opened a language-neutral address (a plaque's `/DH01`, the
 *   bare `/`) to the first language of `navigator.languages` that the page is offered in;
 * - otherwise, when the phone's language is offered and is not the page's, marks
 *   `<html data-offer="<tag>">` for `LANGUAGE_CHOICE_SCRIPT` to offer it in one tap.
 * It never moves a visitor who came from a page of this site (the switcher, a link: that was a
 * choice), nor on Back or Forward, so it cannot loop: the page it opens came from this site.
 */
export const LANGUAGE_SWITCH_SCRIPT = join([
	'(function(){try{',
	'var d=document,h=d.documentElement,l=location,n=navigator,A={},i,t,k,m,b,e=1,',
	"key=function(s){return(s+'').toLowerCase().split(/[-_]/)[0]},",
	"path=function(u){return u.replace(/^\\w+:\\/\\/[^\\/]*/,'').replace(/\\/?$/,'/')},",
	"here=path(l.pathname),s=d.querySelectorAll('link[rel=alternate][hreflang]');",
	"for(i=0;i<s.length;i++){t=s[i].getAttribute('hreflang');if(t!='x-default'){A[key(t)]={t:t,p:path(s[i].getAttribute('href'))};if(A[key(t)].p==here)e=0}}",
	`m=(/(?:^|;\\s*)${LANG_COOKIE.name}=([a-z]+)/.exec(d.cookie)||[])[1];`,
	`if(!m)try{m=localStorage.getItem('${LANG_STORAGE_KEY}')}catch(x){}`,
	'if(!A.hasOwnProperty(m))m=0;',
	't=n.languages||[n.language];',
	"for(i=0;i<t.length&&!b;i++){k=key(t[i]);if(k=='cmn'||k=='yue')k='zh';if(A.hasOwnProperty(k))b=k}",
	'k=key(h.lang);t=m||(e&&b);',
	"try{i=performance.getEntriesByType('navigation')[0].type}catch(x){}",
	"if(t&&t!=k&&d.referrer.split('/')[2]!=l.host&&i!='back_forward'){l.replace(A[t].p+l.hash);return}",
	"if(!m&&b&&b!=k)h.setAttribute('data-offer',A[b].t)",
	'}catch(x){}})()',
]);

/**
 * At the end of `<body>`: shows the one-tap offer that `LANGUAGE_SWITCH_SCRIPT` chose, and
 * remembers the language of a switcher or offer link when it is clicked, before the browser
 * follows it (cookie and localStorage; either may fail, and the link still works).
 */
export const LANGUAGE_CHOICE_SCRIPT = join([
	'(function(){try{',
	"var d=document,o=d.documentElement.getAttribute('data-offer'),e;",
	"if(o){e=d.querySelector('.lang-offer[lang=\"'+o+'\"]');if(e)e.hidden=false}",
	"d.addEventListener('click',function(v){try{",
	"var a=v.target.closest('.languages a[hreflang],.lang-offer a[hreflang]'),",
	"k=a&&a.getAttribute('hreflang').toLowerCase().split('-')[0];",
	'if(!k)return;',
	`try{localStorage.setItem('${LANG_STORAGE_KEY}',k)}catch(x){}`,
	`d.cookie='${LANG_COOKIE.name}='+k+'${LANG_COOKIE_ATTRIBUTES}'`,
	'}catch(x){}})',
	'}catch(x){}})()',
]);
