// What `--force` (and the app's "replace?") may replace: a regular file, nothing else. Renaming
// over a device node, a pipe or a socket would put a regular file in its place (as root, over
// /dev/full or /dev/null), and renaming over a symbolic link replaces the link, not the file it
// points to, which is never what was meant. So a link is refused too: name the file itself.
import {lstatSync} from 'node:fs';
import {UsageError} from '../corpus/walk.js';

export class NotReplaceableError extends UsageError {}

function kindOf(info: ReturnType<typeof lstatSync> & object): string {
	if (info.isSymbolicLink()) return 'a symbolic link; name the file it points to';
	if (info.isDirectory()) return 'a folder';
	if (info.isFIFO()) return 'a named pipe';
	if (info.isSocket()) return 'a socket';
	if (info.isCharacterDevice() || info.isBlockDevice()) return 'a device';
	return 'not a regular file';
}

/** Throws NotReplaceableError unless nothing is at `path` or it is a regular file. */
export function assertReplaceable(path: string): void {
	const info = lstatSync(path, {throwIfNoEntry: false});
	if (!info || info.isFile()) return;
	throw new NotReplaceableError(`${path} is ${kindOf(info)}: --force replaces only regular files`);
}
