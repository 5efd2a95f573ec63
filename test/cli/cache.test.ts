import {mkdtempSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {jsonLines, makeCorpus, removeCorpus, runCli} from '../helpers.js';

const made: string[] = [];
afterEach(() => {
	for (const dir of made.splice(0)) removeCorpus(dir);
});

interface Entry {
	roots: string[] | null;
	exists: boolean;
	articles: number | null;
	bytes: number;
	opened: string;
	index: {bytes: number; written: string; current: boolean} | null;
	analyses: {bytes: number} | null;
	reason?: string;
}

const text = (who: string) => `Ferry fares rise\n\nThe ferry line raised its fares on Monday. "We had no other way to keep the boats running," ${who} said at the harbour office.`;

describe('presslens cache', () => {
	it('lists what is cached per corpus and prunes the entries of corpora that are gone', () => {
		const kept = makeCorpus({'a.txt': text('Ilse Varga')});
		const gone = makeCorpus({'b.txt': text('Tomas Brill')});
		const cache = mkdtempSync(join(tmpdir(), 'presslens-cache-'));
		made.push(kept, gone, cache);
		const args = ['--cache-dir', cache];
		expect(runCli(['statements', kept, ...args]).status).toBe(0);
		expect(runCli(['statements', gone, ...args]).status).toBe(0);

		const listed = jsonLines<Entry>(runCli(['cache', '--json', ...args]).stdout);
		expect(listed.map((e) => e.roots)).toEqual([[gone], [kept]]);
		for (const e of listed) {
			expect(e.exists).toBe(true);
			expect(e.articles).toBe(1);
			expect(e.index?.current).toBe(true);
			expect(e.analyses!.bytes).toBeGreaterThan(0);
			expect(Number.isNaN(Date.parse(e.opened))).toBe(false);
		}
		const table = runCli(['cache', ...args]);
		expect(table.status).toBe(0);
		expect(table.stdout).toMatch(/2 entries/);
		expect(table.stdout).toContain(kept);

		rmSync(gone, {recursive: true});
		const dry = runCli(['cache', '--prune', '--dry-run', '--json', ...args]);
		expect(jsonLines<Entry>(dry.stdout).map((e) => [e.roots, e.exists, e.reason])).toEqual([[[gone], false, 'missing']]);
		expect(jsonLines<Entry>(runCli(['cache', '--json', ...args]).stdout)).toHaveLength(2);

		const pruned = runCli(['cache', '--prune', ...args]);
		expect(pruned.status).toBe(0);
		expect(pruned.stdout).toMatch(/^Removed 1 entry/);
		expect(jsonLines<Entry>(runCli(['cache', '--json', ...args]).stdout).map((e) => e.roots)).toEqual([[kept]]);
		// --older-than 0: everything not opened this very moment.
		expect(jsonLines<Entry>(runCli(['cache', '--prune', '--older-than', '0', '--json', ...args]).stdout).map((e) => e.reason)).toEqual(['old']);
		expect(runCli(['cache', '--json', ...args]).stdout).toBe('');
	});

	it('evicts the least recently opened corpus when a write takes the cache over --cache-limit', () => {
		const first = makeCorpus({'a.txt': text('Ilse Varga')});
		const second = makeCorpus({'b.txt': text('Tomas Brill')});
		const cache = mkdtempSync(join(tmpdir(), 'presslens-cache-'));
		made.push(first, second, cache);
		expect(runCli(['statements', first, '--cache-dir', cache]).status).toBe(0);
		// A limit under two corpora: the one written stays, the other goes.
		expect(runCli(['statements', second, '--cache-dir', cache, '--cache-limit', '1']).status).toBe(0);
		expect(jsonLines<Entry>(runCli(['cache', '--json', '--cache-dir', cache]).stdout).map((e) => e.roots)).toEqual([[second]]);
		// The same through the environment.
		expect(runCli(['statements', first, '--cache-dir', cache], {env: {PRESSLENS_CACHE_LIMIT: '1'}}).status).toBe(0);
		expect(jsonLines<Entry>(runCli(['cache', '--json', '--cache-dir', cache]).stdout).map((e) => e.roots)).toEqual([[first]]);
	});

	it('refuses flags that belong to --prune without it, a PATH, and a bad limit', () => {
		for (const args of [['cache', '--dry-run'], ['cache', '--older-than', '3'], ['cache', 'data'], ['cache', '--prune', '--older-than', 'soon'], ['cache', '--cache-limit', '0']]) {
			const {status, stderr} = runCli(args);
			expect(status).toBe(2);
			expect(stderr).toMatch(/^presslens: /);
		}
		const {status, stderr} = runCli(['cache'], {env: {PRESSLENS_CACHE_LIMIT: 'lots'}});
		expect(status).toBe(2);
		expect(stderr).toMatch(/PRESSLENS_CACHE_LIMIT/);
	});
});
