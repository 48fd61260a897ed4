import { z } from 'zod';
import { field } from './meta.ts';

/**
 * A site folder's name as it appears in page addresses (`/vi/<folder>/`): lower-case letters,
 * digits and single hyphens (`SLUG_PATTERN` of slug.ts; schemas import only zod). Used where
 * content names a folder that may no longer exist.
 */
export const FolderNameSchema = z
	.string()
	.trim()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
	.meta(field('thư mục di tích', 'site folder', { vi: 'Tên thư mục của di tích trong content/sites/, ví dụ dinh-dam-ha.', en: 'The name of the site folder in content/sites/, e.g. dinh-dam-ha.' }));

/** Earlier folder names of a site: each keeps its old page addresses alive as redirects. */
export const FormerFoldersSchema = z
	.array(FolderNameSchema)
	.min(1)
	.meta(field('tên thư mục cũ', 'former folder names', { vi: 'Các tên thư mục trước đây của di tích. Địa chỉ trang cũ sẽ tự chuyển sang địa chỉ mới.', en: "The site folder's earlier names. Old page addresses then lead to the new ones." }));
