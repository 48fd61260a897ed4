/** Replaces a temporary folder's path with `<root>` so snapshots do not depend on where tests ran. */
export function replaceRoot(text: string, root: string): string {
	return text.split(root).join('<root>');
}
