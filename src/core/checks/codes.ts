import { isReservedCode } from '../links/page-path.ts';
import type { Problem } from '../problems/problem.ts';
import { at, type Check } from './context.ts';

/** A code such as `EN` would be served at `/en/`, the English trail, instead of the site's page. */
export const checkReservedCodes: Check = ({ sites }) =>
	sites.filter((s) => isReservedCode(s.data.code)).map((site): Problem => ({
		code: 'code-reserved',
		severity: 'error',
		file: site.file,
		...at(site, 'code'),
		params: { code: site.data.code, path: `/${site.data.code.toLowerCase()}/` },
	}));
