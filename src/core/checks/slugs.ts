import type { Problem } from '../problems/problem.ts';
import { isValidSlug, slugify } from '../slug.ts';
import { folderOf, type Check } from './context.ts';

/** The folder name is the page address: it must be plain lower-case ASCII to survive every host. */
export const checkSlugs: Check = ({ sites }) =>
	sites.filter((s) => !isValidSlug(s.slug)).map((site): Problem => ({
		code: 'invalid-slug',
		severity: 'error',
		file: folderOf(site),
		params: { slug: site.slug, suggestion: slugify(site.slug) || 'di-tich' },
	}));
