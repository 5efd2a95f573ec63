// Finds the article files under the paths a user gives, in a stable order, without following
// symlink loops, descending forever or stopping at the first entry that misbehaves: every entry
// that cannot be used becomes a warning naming it and saying why.
import type {Dirent, Stats} from 'node:fs';
import {lstat, readdir, realpath, stat} from 'node:fs/promises';
import {basename, extname, join, relative} from 'node:path';
import {ioReason} from './read.js';
import type {ArticleFormat, LoadWarning} from './types.js';

export const CONFIG_FILE = 'presslens.json';
/** Deeper than any archive layout (site/yyyy/mm/dd/slug is 5); a tree this deep is generated. */
export const MAX_DEPTH = 100;

export interface FoundFile {
	/** Path to open. */
	path: string;
	/** Path relative to the root the user gave: the base of article ids. */
	rel: string;
	root: string;
	format: ArticleFormat | null;
	gzip: boolean;
}

export interface WalkOptions {
	maxDepth?: number;
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
	return {format: Object.hasOwn(FORMATS, ext) ? FORMATS[ext] : null, gzip};
}

interface WalkState {
	out: FoundFile[];
	warnings: LoadWarning[];
	maxDepth: number;
	/** Real path of every folder entered, and the path it was first reached by. */
	dirs: Map<string, string>;
	/** Real path of every file found: a file reached twice (symlinks, repeated roots) loads once. */
	files: Map<string, string>;
}

export async function walk(paths: string[], warnings: LoadWarning[], options: WalkOptions = {}): Promise<FoundFile[]> {
	const state: WalkState = {out: [], warnings, maxDepth: options.maxDepth ?? MAX_DEPTH, dirs: new Map(), files: new Map()};
	for (const root of paths) {
		let info: Stats;
		try {
			info = await stat(root);
		} catch (error) {
			throw new UsageError(`cannot read ${root}: ${ioReason(error)}`);
		}
		if (info.isFile()) {
			if (!(await firstSighting(state, root, root))) continue;
			state.out.push({path: root, rel: basename(root), root, ...formatOf(root)});
			continue;
		}
		if (!info.isDirectory()) throw new UsageError(`${root} is neither a file nor a folder`);
		await walkDir(state, root, root, 0, []);
	}
	return state.out;
}

/** Records a file's real path; false (with a warning) when the same file was already found. */
async function firstSighting(state: WalkState, path: string, real: string | null): Promise<boolean> {
	let key = real;
	if (key === null) {
		try {
			key = await realpath(path);
		} catch {
			key = path;
		}
	}
	const first = state.files.get(key);
	if (first !== undefined) {
		state.warnings.push({file: path, skipped: true, message: `same file as ${first} (reached twice through a symbolic link or a repeated path)`});
		return false;
	}
	state.files.set(key, path);
	return true;
}

async function walkDir(state: WalkState, root: string, dir: string, depth: number, ancestors: string[]): Promise<void> {
	let real: string;
	try {
		real = await realpath(dir);
	} catch (error) {
		state.warnings.push({file: dir, skipped: true, message: `folder unreadable: ${ioReason(error)}`});
		return;
	}
	if (ancestors.includes(real)) {
		state.warnings.push({file: dir, skipped: true, message: `symbolic link loop: leads back to ${state.dirs.get(real) ?? real}`});
		return;
	}
	const first = state.dirs.get(real);
	if (first !== undefined) {
		state.warnings.push({file: dir, skipped: true, message: `folder already read as ${first} (symbolic link)`});
		return;
	}
	state.dirs.set(real, dir);
	if (depth > state.maxDepth) {
		state.warnings.push({file: dir, skipped: true, message: `folder nested deeper than ${state.maxDepth} levels: not read`});
		return;
	}
	let entries: Dirent[];
	try {
		entries = await readdir(dir, {withFileTypes: true});
	} catch (error) {
		if (depth === 0) throw new UsageError(`cannot read folder ${dir}: ${ioReason(error)}`);
		state.warnings.push({file: dir, skipped: true, message: `folder unreadable: ${ioReason(error)}`});
		return;
	}
	entries = entries.filter(e => !e.name.startsWith('.') && e.name !== CONFIG_FILE).sort((a, b) => compareNames(a.name, b.name));
	const chain = [...ancestors, real];
	for (const entry of entries) {
		const path = join(dir, entry.name);
		let kind = direntKind(entry);
		let viaLink = false;
		if (kind === 'link' || kind === 'unknown') {
			viaLink = kind === 'link';
			try {
				kind = statKind(await stat(path));
			} catch (error) {
				state.warnings.push({file: path, skipped: true, message: await linkProblem(path, error)});
				continue;
			}
		}
		if (kind === 'dir') {
			await walkDir(state, root, path, depth + 1, chain);
		} else if (kind === 'file') {
			const type = formatOf(entry.name);
			if (!type.format) {
				state.warnings.push({file: path, skipped: true, message: `not an article format (${extname(entry.name) || 'no extension'})`});
				continue;
			}
			// A plain entry's real path is its folder's real path plus its name: no extra syscall.
			if (!(await firstSighting(state, path, viaLink ? null : join(real, entry.name)))) continue;
			state.out.push({path, rel: relative(root, path).split('\\').join('/'), root, ...type});
		} else {
			state.warnings.push({file: path, skipped: true, message: `not a regular file (${kind})`});
		}
	}
}

type Kind = 'file' | 'dir' | 'link' | 'named pipe' | 'socket' | 'device' | 'unknown';

function direntKind(e: Dirent): Kind {
	if (e.isFile()) return 'file';
	if (e.isDirectory()) return 'dir';
	if (e.isSymbolicLink()) return 'link';
	if (e.isFIFO()) return 'named pipe';
	if (e.isSocket()) return 'socket';
	if (e.isCharacterDevice() || e.isBlockDevice()) return 'device';
	return 'unknown'; // some file systems do not report entry types
}

function statKind(s: Stats): Kind {
	if (s.isFile()) return 'file';
	if (s.isDirectory()) return 'dir';
	if (s.isFIFO()) return 'named pipe';
	if (s.isSocket()) return 'socket';
	if (s.isCharacterDevice() || s.isBlockDevice()) return 'device';
	return 'unknown';
}

/** Why an entry listed a moment ago cannot be followed: a broken link, a loop, or it vanished. */
async function linkProblem(path: string, error: unknown): Promise<string> {
	const code = (error as NodeJS.ErrnoException)?.code;
	if (code === 'ENOENT') {
		try {
			if ((await lstat(path)).isSymbolicLink()) return 'broken symbolic link: its target does not exist';
		} catch {
			// gone altogether
		}
		return 'vanished during the load (no such file or folder)';
	}
	return `unreadable: ${ioReason(error)}`;
}

/** Code-point order: the same on every machine and locale. */
const compareNames = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A mistake in how presslens was called: reported in one line with exit status 2. */
export class UsageError extends Error {}
