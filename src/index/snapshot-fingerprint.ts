// Which saved index belongs to a corpus, and whether it still stands for it: one file per corpus (its
// paths and size limit) and code version, valid while every file of the corpus keeps its size,
// modification time and inode. The state is kept file by file, so that a saved index of a corpus
// with a few files added, changed or removed can be updated rather than rebuilt (update.ts).
import {createHash} from 'node:crypto';
import {statSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import {canonicalJson, type ConfigDefaults} from '../corpus/config-merge.js';
import {CONFIG_FILE, walk} from '../corpus/walk.js';
import type {LoadWarning} from '../corpus/types.js';
import {codeVersion} from './cache.js';

/** Code that shapes an index: reading, analysis, indexing. */
export function indexVersion(): string {
	return codeVersion(['corpus', 'analysis', 'text', 'index']);
}

/**
 * Names a corpus in the cache (its saved index, its analyses, its record in cache-entries.ts): its
 * paths made absolute and its size limit, the same whatever the code version.
 */
export function corpusKey(paths: string[], maxBytes: number | undefined): string {
	return createHash('sha256')
		.update(JSON.stringify({roots: paths.map((p) => resolve(p)), maxBytes: maxBytes ?? null}))
		.digest('hex')
		.slice(0, 24);
}

export function snapshotPath(cacheRoot: string, paths: string[], maxBytes: number | undefined, version = indexVersion()): string {
	return join(cacheRoot, `index-${version}`, `${corpusKey(paths, maxBytes)}.idx`);
}

/**
 * What the corpus looks like on disk now, file by file, so that a saved index can tell which files
 * changed since (update.ts): every file found, as shown and with its size, time and inode; and
 * apart from them what shapes every article (the config files, the folder walk's warnings, the
 * user's settings for every corpus), which, changed, calls for a full rebuild.
 */
export interface CorpusState {
	/** One line for everything but the article files: equal lines, equal settings. */
	settings: string;
	/** Per article file: [the path as the loader shows it, its identity on disk]. */
	files: Array<[string, string]>;
}

/** The file's identity: its absolute path, size, modification time and inode. */
function fileIdentity(path: string, raw?: Buffer): string {
	const full = resolve(path);
	try {
		const s = statSync(raw ?? full);
		return `${full}\u0000${s.size}\u0000${s.mtimeMs}\u0000${s.ino}`;
	} catch {
		return `${full}\u0000missing`;
	}
}

export async function corpusState(paths: string[], defaults?: ConfigDefaults): Promise<CorpusState> {
	const warnings: LoadWarning[] = [];
	const found = await walk(paths, warnings);
	// A file is looked at by its raw name (`raw`): the shown one escapes bytes that are not UTF-8.
	const files = found.map((file): [string, string] => [file.path, fileIdentity(file.path, file.raw)]);
	const settings = createHash('sha256');
	for (const root of paths) {
		let folder = root;
		try {
			if (!statSync(root).isDirectory()) folder = dirname(root);
		} catch {
			// walk() has already refused a missing root.
		}
		settings.update(`${fileIdentity(join(folder, CONFIG_FILE))}\n`);
	}
	for (const w of warnings) settings.update(`warning ${w.file} ${w.message}\n`);
	// Their content, not the file's time: the keys and theme in the same file do not change an index.
	if (defaults) settings.update(`defaults ${canonicalJson(defaults.settings)}\n`);
	return {settings: settings.digest('hex'), files};
}

/**
 * The saved index's key to the state: paths made absolute (the same corpus named from another
 * folder, or relatively, is the same corpus), so the shown paths do not enter it.
 */
export function statePrint(state: CorpusState): string {
	const hash = createHash('sha256').update(`settings ${state.settings}\n`);
	for (const [, identity] of state.files) hash.update(`${identity}\n`);
	return hash.digest('hex');
}

/** The print of the corpus at `paths` now (statePrint of corpusState). */
export async function fingerprint(paths: string[], defaults?: ConfigDefaults): Promise<string> {
	return statePrint(await corpusState(paths, defaults));
}
