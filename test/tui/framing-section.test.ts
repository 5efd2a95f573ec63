// The framing section's lines under the table: others' words a few speakers a line each, the rest in
// one counted line, so that the side by side (c) comes right after them however many speakers an
// entity's quotations name (made-up uses).
import {describe, expect, it} from 'vitest';
import {framingTable} from '../../src/analysis/framing/table.js';
import type {LabelUse} from '../../src/analysis/framing/uses.js';
import type {Article} from '../../src/corpus/types.js';
import {framingSection} from '../../src/tui/content/framing.js';
import {makeArticle} from '../fixtures/article.js';

const article = (id: string, outlet: string): Article => makeArticle({id, outlet, body: `Body of ${id}.`});
const use = (label: string, a: Article, by: string | null = null): LabelUse => ({label, article: a.id, outlet: a.outlet, published: null, phrase: label, sentence: `A sentence with ${label}.`, at: 0, by, source: 'descriptor'});
const text = (line: readonly {text: string}[]) => line.map((s) => s.text).join('');

describe('framingSection: others’ words under the table', () => {
	const north = Array.from({length: 30}, (_, i) => article(`n${i}`, 'North Post'));
	const south = [article('s1', 'South Daily'), article('s2', 'South Daily')];
	const uses = [
		...north.map((a) => use('militia', a)),
		...south.map((a) => use('resistance', a)),
		// Twenty speakers quoted in North's articles, one label each.
		...north.slice(0, 20).map((a, i) => use('president', a, `Speaker ${i}`)),
	];
	const table = framingTable(uses, [...north, ...south], (a) => a.outlet ?? '');
	const section = framingSection(table, 100, {by: 'group', compare: ['North Post', 'South Daily']});
	const lines = Array.from({length: section.length}, (_, i) => text(section.line(i, 0, 0)));

	it('lists a few speakers a line each and counts the rest in one line', () => {
		expect(lines.filter((l) => / reports Speaker \d+: president 1$/.test(l))).toHaveLength(6);
		expect(lines).toContain("  and 14 more reported speakers' or designators' labels (14 uses; presslens framing --json lists each)");
	});

	it('keeps the side by side within a screen of the table', () => {
		const at = lines.findIndex((l) => l.startsWith('Side by side: North Post against South Daily'));
		expect(at).toBeGreaterThan(0);
		expect(at).toBeLessThan(16);
		expect(lines.some((l) => /^ {2}militia +30 +· +only North Post/.test(l))).toBe(true);
	});
});
