/** Where the build writes the service worker: at the root, so its scope is the whole site. */
export const SERVICE_WORKER_PATH = '/sw.js';

/**
 * The inline script, at the end of `<body>`, that registers the service worker. Byte-identical on
 * every page, for a Content-Security-Policy hash. It waits for `load`, so keeping the trail for
 * offline never competes with the first page for a weak signal; where service workers are
 * missing or blocked (in-app browsers, private modes) it does nothing.
 */
export const SERVICE_WORKER_SCRIPT = [
	'(function(){try{',
	'var s=navigator.serviceWorker;',
	`if(s)addEventListener('load',function(){try{s.register('${SERVICE_WORKER_PATH}').catch(function(){})}catch(x){}})`,
	'}catch(x){}})()',
].join('');
