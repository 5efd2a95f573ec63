// Two groups' rows of a framing table side by side: labels only one uses are marked and come
// first; articles without a group form one "(no group)" row.
import {describe, expect, it} from 'vitest';
import {sideBySide} from '../../../src/analysis/framing/side-by-side.js';
import {byGroup, framingTable, NO_GROUP} from '../../../src/analysis/framing/table.js';
import type {LabelUse} from '../../../src/analysis/framing/uses.js';
import type {Article} from '../../../src/corpus/types.js';
import {makeArticle} from '../../fixtures/article.js';

const article = (id: string, outlet: string, group?: string): Article => ({...makeArticle({id, outlet, body: `Body of ${id}.`}), ...(group ? {group} : {})});
const use = (label: string, a: Article): LabelUse => ({label, article: a.id, outlet: a.outlet, published: null, phrase: label, sentence: `A ${label}.`, at: 0, by: null, source: 'descriptor'});

describe('framing by group, side by side', () => {
	const articles = [article('n1', 'North Post', 'wires'), article('n2', 'North Wire', 'wires'), article('s1', 'South Daily', 'locals'), article('f1', 'Free Sheet')];
	const [n1, n2, s1, f1] = articles;
	const table = framingTable([use('militia', n1), use('militia', n2), use('group', n1), use('group', s1), use('resistance', s1), use('group', f1)], articles, byGroup);

	it('keys rows by group, the ungrouped articles in one row', () => {
		expect(table.rows.map((r) => [r.key, r.articles])).toEqual([
			['wires', 2],
			['locals', 1],
			[NO_GROUP, 1],
		]);
	});

	it('marks the labels one group uses and the other never does, those first', () => {
		const wires = table.rows.find((r) => r.key === 'wires')!;
		const locals = table.rows.find((r) => r.key === 'locals')!;
		expect(sideBySide(wires, locals)).toEqual([
			{label: 'militia', a: 2, b: 0, only: 'a'},
			{label: 'resistance', a: 0, b: 1, only: 'b'},
			{label: 'group', a: 1, b: 1, only: null},
		]);
	});
});
