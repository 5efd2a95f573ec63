// Opening a corpus for the CLI and the app: load, analyse, index.
import {loadCorpus, type LoadOptions} from '../corpus/load.js';
import {loadConfig} from '../corpus/config.js';
import {buildIndex} from './build.js';
import type {CorpusIndex} from './types.js';
import {statSync} from 'node:fs';
import {dirname} from 'node:path';

export interface OpenOptions extends LoadOptions {}

export async function openIndex(paths: string[], options: OpenOptions = {}): Promise<CorpusIndex> {
	const corpus = await loadCorpus(paths, options);
	// The entity alias rules live in the first corpus folder's presslens.json.
	const root = corpus.roots[0];
	const folder = statSync(root).isDirectory() ? root : dirname(root);
	return buildIndex(corpus, {entityConfig: loadConfig(folder).entities});
}
