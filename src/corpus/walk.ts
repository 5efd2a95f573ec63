// Finds the article files under the paths a user gives, in a stable order, without following
// symlink loops, descending forever or stopping at the first entry that misbehaves: every entry
// that cannot be used becomes a warning naming it and saying why.
import type {Dirent, Stats} from 'node:fs';
import {lstat, readdir, realpath, stat} from 'node:fs/promises';
import {basename, extname, join, relative, sep} from 'node:path';
import {escapeUnsafe} from '../text/sanitize.js';
import {displayName, joinRaw} from './names.js';
import {ioReason} from './read.js';
import type {ArticleFormat, LoadWarning} from './types.js';

export const CONFIG_FILE = 'presslens.json';
const CONFIG_NAME = Buffer.from(CONFIG_FILE);
/** Deeper than any archive layout (site/yyyy/mm/dd/slug is 5); a tree this deep is generated. */
export const MAX_DEPTH = 100;

export interface FoundFile {
	/** The path as shown and written out: undecodable bytes and unsafe characters escaped (names.ts). */
	path: string;
	/** The path as the file system has it: what is opened. */
	raw: Buffer;
	/** Path relative to the root the user gave, shown as `path` is: the base of article ids. */
	rel: string;
	/** The root as the user gave it. */
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
	/** Real path of every folder entered (its bytes as Latin-1), and the path it was first reached by. */
	dirs: Map<string, string>;
	/** Real path of every file found: a file reached twice (symlinks, repeated roots) loads once. */
	files: Map<string, string>;
}

/** A path both ways: as shown, and as the file system has it. */
interface Place {
	shown: string;
	raw: Buffer;
}

/** Map key for a raw path: one character per byte, so no two paths share one. */
const keyOf = (raw: Buffer) => raw.toString('latin1');

export async function walk(paths: string[], warnings: LoadWarning[], options: WalkOptions = {}): Promise<FoundFile[]> {
	const state: WalkState = {out: [], warnings, maxDepth: options.maxDepth ?? MAX_DEPTH, dirs: new Map(), files: new Map()};
	for (const root of paths) {
		let info: Stats;
		try {
			info = await stat(root);
		} catch (error) {
			throw new UsageError(`cannot read ${root}: ${ioReason(error)}`);
		}
		const place = {shown: escapeUnsafe(root), raw: Buffer.from(root)};
		if (info.isFile()) {
			if (!(await firstSighting(state, place, null))) continue;
			state.out.push({path: place.shown, raw: place.raw, rel: basename(place.shown), root, ...formatOf(root)});
			continue;
		}
		if (!info.isDirectory()) throw new UsageError(`${root} is neither a file nor a folder`);
		await walkDir(state, root, place, place, 0, []);
	}
	return state.out;
}

/** Records a file's real path; false (with a warning) when the same file was already found. */
async function firstSighting(state: WalkState, file: Place, real: Buffer | null): Promise<boolean> {
	let key: string;
	try {
		key = keyOf(real ?? (await realpath(file.raw, {encoding: 'buffer'})));
	} catch {
		key = keyOf(file.raw);
	}
	const first = state.files.get(key);
	if (first !== undefined) {
		state.warnings.push({file: file.shown, skipped: true, message: `same file as ${first} (reached twice through a symbolic link or a repeated path)`});
		return false;
	}
	state.files.set(key, file.shown);
	return true;
}

/** `given`: the root as the user named it; `root`: the same as a Place. */
async function walkDir(state: WalkState, given: string, root: Place, dir: Place, depth: number, ancestors: string[]): Promise<void> {
	let realRaw: Buffer;
	try {
		realRaw = await realpath(dir.raw, {encoding: 'buffer'});
	} catch (error) {
		state.warnings.push({file: dir.shown, skipped: true, message: `folder unreadable: ${ioReason(error)}`});
		return;
	}
	const real = keyOf(realRaw);
	if (ancestors.includes(real)) {
		state.warnings.push({file: dir.shown, skipped: true, message: `symbolic link loop: leads back to ${state.dirs.get(real) ?? displayName(realRaw)}`});
		return;
	}
	const first = state.dirs.get(real);
	if (first !== undefined) {
		state.warnings.push({file: dir.shown, skipped: true, message: `folder already read as ${first} (symbolic link)`});
		return;
	}
	state.dirs.set(real, dir.shown);
	if (depth > state.maxDepth) {
		state.warnings.push({file: dir.shown, skipped: true, message: `folder nested deeper than ${state.maxDepth} levels: not read`});
		return;
	}
	// Listed as bytes: a name that is not UTF-8 is opened by its own bytes, not by a lossy decoding.
	let entries: Dirent<Buffer>[];
	try {
		entries = await readdir(dir.raw, {withFileTypes: true, encoding: 'buffer'});
	} catch (error) {
		if (depth === 0) throw new UsageError(`cannot read folder ${dir.shown}: ${ioReason(error)}`);
		state.warnings.push({file: dir.shown, skipped: true, message: `folder unreadable: ${ioReason(error)}`});
		return;
	}
	// Byte order is code-point order for UTF-8: the same on every machine and locale.
	entries = entries.filter(e => e.name[0] !== 0x2e && !e.name.equals(CONFIG_NAME)).sort((a, b) => Buffer.compare(a.name, b.name));
	const chain = [...ancestors, real];
	for (const entry of entries) {
		const name = displayName(entry.name);
		const place: Place = {shown: join(dir.shown, name), raw: joinRaw(dir.raw, entry.name)};
		const path = place.shown;
		let kind = direntKind(entry);
		let viaLink = false;
		if (kind === 'link' || kind === 'unknown') {
			viaLink = kind === 'link';
			try {
				kind = statKind(await stat(place.raw));
			} catch (error) {
				state.warnings.push({file: path, skipped: true, message: await linkProblem(place.raw, error)});
				continue;
			}
		}
		if (kind === 'dir') {
			await walkDir(state, given, root, place, depth + 1, chain);
		} else if (kind === 'file') {
			const type = formatOf(name);
			if (!type.format) {
				state.warnings.push({file: path, skipped: true, message: `not an article format (${extname(name) || 'no extension'})`});
				continue;
			}
			// A plain entry's real path is its folder's real path plus its name: no extra syscall.
			if (!(await firstSighting(state, place, viaLink ? null : joinRaw(realRaw, entry.name)))) continue;
			state.out.push({path, raw: place.raw, rel: relative(root.shown, path).split(sep).join('/'), root: given, ...type});
		} else {
			state.warnings.push({file: path, skipped: true, message: `not a regular file (${kind})`});
		}
	}
}

type Kind = 'file' | 'dir' | 'link' | 'named pipe' | 'socket' | 'device' | 'unknown';

function direntKind(e: Dirent<Buffer>): Kind {
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
async function linkProblem(path: Buffer, error: unknown): Promise<string> {
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

/**
 * A mistake in how presslens was called: reported in one line with exit status 2. The message
 * often quotes a path or a piece of a config file, so its unsafe characters are escaped here,
 * once for every such message.
 */
export class UsageError extends Error {
	constructor(message: string) {
		super(escapeUnsafe(message));
	}
}
