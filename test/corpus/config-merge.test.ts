// The user's settings for every corpus (config.json) under a corpus's presslens.json: the corpus
// wins, rule lists add up, and the merge knows no key by name (a key presslens.json gains merges too).
import {afterEach, describe, expect, it} from 'vitest';
import {loadConfig} from '../../src/corpus/config.js';
import {canonicalJson, mergeSettings} from '../../src/corpus/config-merge.js';
import {makeCorpus, removeCorpus} from '../helpers.js';

const USER = '/home/u/.config/presslens/config.json';
const folders: string[] = [];
const corpusWith = (presslens?: unknown) => {
	const dir = makeCorpus(presslens === undefined ? {'a.txt': 'Title\n\nBody.'} : {'a.txt': 'Title\n\nBody.', 'presslens.json': JSON.stringify(presslens)});
	folders.push(dir);
	return dir;
};
afterEach(() => {
	for (const dir of folders.splice(0)) removeCorpus(dir);
});

describe('mergeSettings', () => {
	it('merges objects key by key with the corpus winning, and joins lists without repeats', () => {
		const user = {maxRecords: 10, outlets: {rename: {A: 'User A', B: 'User B'}}, entities: {ignore: ['Share', 'Menu']}};
		const corpus = {maxRecords: 20, outlets: {rename: {A: 'Corpus A'}}, entities: {ignore: ['Menu', 'Subscribe']}};
		expect(mergeSettings(user, corpus)).toEqual({maxRecords: 20, outlets: {rename: {A: 'Corpus A', B: 'User B'}}, entities: {ignore: ['Menu', 'Subscribe', 'Share']}});
	});
	it('merges keys it has never heard of in the same way', () => {
		const user = {outlets: {groups: {left: ['Outlet One'], right: ['Outlet Two']}}};
		const corpus = {outlets: {groups: {left: ['Outlet Three']}}};
		expect(mergeSettings(user, corpus)).toEqual({outlets: {groups: {left: ['Outlet Three', 'Outlet One'], right: ['Outlet Two']}}});
	});
	it('takes a corpus value of another kind whole', () => {
		expect(mergeSettings({a: {b: 1}}, {a: 'x'})).toEqual({a: 'x'});
		expect(mergeSettings({a: [1]}, {})).toEqual({a: [1]});
	});
	it('writes equal settings as equal text whatever their key order', () => {
		expect(canonicalJson({b: 1, a: {d: 2, c: 3}})).toBe(canonicalJson({a: {c: 3, d: 2}, b: 1}));
	});
});

describe('loadConfig with the user\'s defaults', () => {
	const defaults = {settings: {maxFileSize: '1MB', outlets: {domains: {'user.example': 'User News'}, rename: {Same: 'From user'}}}, source: USER};

	it('uses the defaults alone when the corpus has no presslens.json', () => {
		const config = loadConfig(corpusWith(), defaults);
		expect(config.maxBytes).toBe(1024 ** 2);
		expect(config.outlets.domains['user.example']).toBe('User News');
		expect(config.outletRename).toEqual({Same: 'From user'});
	});
	it('puts presslens.json over them', () => {
		const config = loadConfig(corpusWith({maxFileSize: '2MB', outlets: {domains: {'corpus.example': 'Corpus News'}, rename: {Same: 'From corpus'}}}), defaults);
		expect(config.maxBytes).toBe(2 * 1024 ** 2);
		expect(config.outlets.domains['user.example']).toBe('User News');
		expect(config.outlets.domains['corpus.example']).toBe('Corpus News');
		expect(config.outletRename).toEqual({Same: 'From corpus'});
	});
	it('names presslens.json for its own mistakes, even with defaults', () => {
		const dir = corpusWith({maxFileSize: 'lots'});
		expect(() => loadConfig(dir, defaults)).toThrow(new RegExp(`${dir}/presslens\\.json: maxFileSize`));
	});
});
