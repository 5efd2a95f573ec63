// Finds the article files under the paths a user gives, in a stable order, without following
// symlink loops or descending forever.
import {readdir, realpath, stat} from 'node:fs/promises';
import {basename, extname, join, relative} from 'node:path';
import type {ArticleFormat, LoadWarning} from './types.js';

export const CONFIG_FILE = 'presslens.json';
const MAX_DEPTH = 40;

export interface FoundFile {
	/** Path to open. */
	path: string;
	/** Path relative to the root the user gave: the base of article ids. */
	rel: string;
	root: string;
	format: ArticleFormat | null;
	gzip: boolean;
}

const FORMATS: Record<string, ArticleFormat> = {
	'.txt': 'text',
	'.text': 'text',
	'': 'text',
	'.md': 'markdown',
	'.markdown': 'markdown',
	'.html': 'html',
	'.htm': 'html',
	'.xhtml': 'html',
	'.json': 'json',
	'.jsonl': 'jsonl',
	'.ndjson': 'jsonl',
};

export function formatOf(name: string): {format: ArticleFormat | null; gzip: boolean} {
	const gzip = /\.gz$/i.test(name);
	const base = gzip ? name.slice(0, -3) : name;
	const ext = extname(base).toLowerCase();
	return {format: ext in FORMATS ? FORMATS[ext] : null, gzip};
}

export async function walk(paths: string[], warnings: LoadWarning[]): Promise<FoundFile[]> {
	const found: FoundFile[] = [];
	for (const root of paths) {
		let info;
		try {
			info = await stat(root);
		} catch (error) {
			throw new UsageError(`cannot read ${root}: ${reason(error)}`);
		}
		if (info.isFile()) {
			found.push({path: root, rel: basename(root), root, ...formatOf(root)});
			continue;
		}
		if (!info.isDirectory()) throw new UsageError(`${root} is neither a file nor a folder`);
		const seen = new Set<string>();
		await walkDir(root, root, 0, seen, found, warnings);
	}
	return found;
}

async function walkDir(root: string, dir: string, depth: number, seen: Set<string>, out: FoundFile[], warnings: LoadWarning[]) {
	let real: string;
	try {
		real = await realpath(dir);
	} catch (error) {
		warnings.push({file: dir, skipped: true, message: `folder unreadable: ${reason(error)}`});
		return;
	}
	if (seen.has(real)) {
		warnings.push({file: dir, skipped: true, message: 'folder already visited (symlink loop)'});
		return;
	}
	seen.add(real);
	if (depth > MAX_DEPTH) {
		warnings.push({file: dir, skipped: true, message: `folder nested deeper than ${MAX_DEPTH} levels`});
		return;
	}
	let entries;
	try {
		entries = await readdir(dir, {withFileTypes: true});
	} catch (error) {
		if (depth === 0) throw new UsageError(`cannot read folder ${dir}: ${reason(error)}`);
		warnings.push({file: dir, skipped: true, message: `folder unreadable: ${reason(error)}`});
		return;
	}
	const names = entries.map(e => e.name).filter(n => !n.startsWith('.') && n !== CONFIG_FILE).sort(compareNames);
	for (const name of names) {
		const path = join(dir, name);
		let info;
		try {
			info = await stat(path);
		} catch (error) {
			warnings.push({file: path, skipped: true, message: `unreadable: ${reason(error)}`});
			continue;
		}
		if (info.isDirectory()) {
			await walkDir(root, path, depth + 1, seen, out, warnings);
		} else if (info.isFile()) {
			const kind = formatOf(name);
			if (!kind.format) {
				warnings.push({file: path, skipped: true, message: `not an article format (${extname(name) || 'no extension'})`});
				continue;
			}
			out.push({path, rel: relative(root, path).split('\\').join('/'), root, ...kind});
		}
	}
}

/** Code-point order: the same on every machine and locale. */
const compareNames = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function reason(error: unknown): string {
	const e = error as NodeJS.ErrnoException;
	switch (e?.code) {
		case 'ENOENT':
			return 'no such file or folder';
		case 'EACCES':
		case 'EPERM':
			return 'permission denied';
		case 'ELOOP':
			return 'too many symbolic links (loop)';
		case 'EISDIR':
			return 'is a folder';
		default:
			return e?.message ?? String(error);
	}
}

/** A mistake in how presslens was called: reported in one line with exit status 2. */
export class UsageError extends Error {}
