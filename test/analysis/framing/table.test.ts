// The framing table over made-up uses: rows by any key, own and attributed counts, and columns
// ranked by how differently the rows use a label rather than by how often.
import {describe, expect, it} from 'vitest';
import {cellUses, framingTable} from '../../../src/analysis/framing/table.js';
import type {LabelUse} from '../../../src/analysis/framing/uses.js';
import type {Article} from '../../../src/corpus/types.js';
import {makeArticle} from '../../fixtures/article.js';

const article = (id: string, outlet: string | null): Article => makeArticle({id, outlet, body: `Body of ${id}.`});
const use = (label: string, a: Article, by: string | null = null): LabelUse => ({
	label,
	article: a.id,
	outlet: a.outlet,
	published: null,
	phrase: label,
	sentence: `A sentence with ${label}.`,
	at: 0,
	by,
	source: 'descriptor',
});

describe('framingTable', () => {
	const north = [article('n1', 'North Post'), article('n2', 'North Post'), article('n3', 'North Post')];
	const south = [article('s1', 'South Daily'), article('s2', 'South Daily')];
	const uses: LabelUse[] = [
		// Both outlets say "group" alike; only North says "militia", only South "resistance".
		...north.map((a) => use('group', a)),
		...south.map((a) => use('group', a)),
		...north.flatMap((a) => [use('militia', a), use('group', a)]),
		use('resistance', south[0]),
		use('resistance', south[1]),
		use('terrorist', north[0], 'Capital City'),
	];

	it('has a row per key with its articles, own counts and attributed counts', () => {
		const table = framingTable(uses, [...north, ...south], (a) => a.outlet ?? 'unknown');
		expect(table.rows.map((r) => [r.key, r.articles, Object.fromEntries(r.labels)])).toEqual([
			['North Post', 3, {group: 6, militia: 3}],
			['South Daily', 2, {group: 2, resistance: 2}],
		]);
		expect(Object.fromEntries([...table.rows[0].attributed].map(([k, v]) => [k, Object.fromEntries(v)]))).toEqual({'Capital City': {terrorist: 1}});
		// An attributed label is not the outlet's own.
		expect(table.columns).not.toContain('terrorist');
	});

	it('ranks labels the rows use differently before a label they share, however frequent', () => {
		const table = framingTable(uses, [...north, ...south], (a) => a.outlet ?? 'unknown');
		expect(table.columns.indexOf('group')).toBe(table.columns.length - 1);
		expect(table.columns.slice(0, 2).sort()).toEqual(['militia', 'resistance']);
	});

	it('keys rows by any function of the article', () => {
		const table = framingTable(uses, [...north, ...south], () => 'all outlets');
		expect(table.rows).toHaveLength(1);
		expect(table.rows[0].articles).toBe(5);
		// One row: nothing differs, so columns go by frequency.
		expect(table.columns[0]).toBe('group');
	});

	it('gives the uses behind a cell, without the attributed ones', () => {
		const table = framingTable(uses, [...north, ...south], (a) => a.outlet ?? 'unknown');
		expect(cellUses(table, 'South Daily', 'resistance').map((u) => u.article)).toEqual(['s1', 's2']);
		expect(cellUses(table, 'North Post', 'terrorist')).toEqual([]);
		expect(cellUses(table, 'North Post', null)).toHaveLength(9);
	});

	it('counts a word spelled with and without its hyphen as one label, the hyphenated', () => {
		const t = framingTable([use('front-runner', north[0]), use('frontrunner', south[0]), use('frontrunner', south[1])], [...north, ...south], (a) => a.outlet ?? '');
		expect(t.columns).toEqual(['front-runner']);
		expect(t.rows.find((r) => r.key === 'South Daily')!.labels.get('front-runner')).toBe(2);
		expect(cellUses(t, 'South Daily', 'front-runner')).toHaveLength(2);
	});
});
