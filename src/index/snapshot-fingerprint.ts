// Which saved index belongs to a corpus, and whether it still stands for it: one file per corpus (its
// paths and size limit) and code version, valid while every file of the corpus keeps its size,
// modification time and inode.
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
 * What the corpus looks like on disk now: every file found with its size, time and inode, the
 * config files, and the user's settings for every corpus (config.json) when there are any.
 */
export async function fingerprint(paths: string[], defaults?: ConfigDefaults): Promise<string> {
	const warnings: LoadWarning[] = [];
	const files = await walk(paths, warnings);
	const hash = createHash('sha256');
	// Paths made absolute: the same corpus named from another folder (or relatively) is the same corpus.
	// A file is looked at by its raw name (`raw`): the shown one escapes bytes that are not UTF-8.
	const add = (path: string, raw?: Buffer) => {
		const full = resolve(path);
		try {
			const s = statSync(raw ?? full);
			hash.update(`${full}\u0000${s.size}\u0000${s.mtimeMs}\u0000${s.ino}\n`);
		} catch {
			hash.update(`${full}\u0000missing\n`);
		}
	};
	for (const file of files) add(file.path, file.raw);
	for (const root of paths) {
		let folder = root;
		try {
			if (!statSync(root).isDirectory()) folder = dirname(root);
		} catch {
			// walk() has already refused a missing root.
		}
		add(join(folder, CONFIG_FILE));
	}
	for (const w of warnings) hash.update(`warning ${w.file} ${w.message}\n`);
	// Their content, not the file's time: the keys and theme in the same file do not change an index.
	if (defaults) hash.update(`defaults ${canonicalJson(defaults.settings)}\n`);
	return hash.digest('hex');
}
