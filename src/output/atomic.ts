// Files presslens writes (exports, cache entries) appear whole or not at all, and an existing
// file is replaced only when asked.
import {closeSync, linkSync, openSync, renameSync, unlinkSync, writeSync} from 'node:fs';
import {assertReplaceable} from './replace.js';

export class FileExistsError extends Error {
	constructor(readonly path: string) {
		super(`${path} already exists (use --force to replace it)`);
	}
}

/**
 * Writes through a temporary file in the same folder. Without `overwrite`, the final step is a
 * hard link, which fails if the target appeared meanwhile, so no check-then-write race loses data.
 */
export function writeFileAtomic(path: string, content: string | Uint8Array, options: {overwrite?: boolean} = {}): void {
	if (options.overwrite) assertReplaceable(path);
	const temp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
	const fd = openSync(temp, 'wx');
	// From here on the temporary file exists: whatever fails (a full disk while writing, the close,
	// the link), the finally below removes it.
	try {
		try {
			const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
			for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
		} finally {
			closeSync(fd);
		}
		if (options.overwrite) {
			renameSync(temp, path);
			return;
		}
		try {
			linkSync(temp, path);
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw new FileExistsError(path);
			// File systems without hard links: fall back to a rename after a last check.
			if ((error as NodeJS.ErrnoException).code !== 'EPERM' && (error as NodeJS.ErrnoException).code !== 'ENOTSUP') throw error;
			renameSync(temp, path);
			return;
		}
		unlinkSync(temp);
	} finally {
		try {
			unlinkSync(temp);
		} catch {
			// already renamed or removed
		}
	}
}
