import stringWidth from 'string-width';
import {describe, expect, it} from 'vitest';
import {buildComparison} from '../../src/analysis/compare.js';
import type {Statement} from '../../src/analysis/types.js';
import {formatComparison} from '../../src/output/compare-format.js';
import {article} from '../analysis/statements-helpers.js';

const textA = 'The deadline is nearing, and the crews will never again accept it.';
const textB = 'The deadline is winding up, and the crews will never accept it again.';
const a = article('a', textA, 'Harbour Gazette', '2024-03-04');
const b = article('b', textB, 'Coast Courier\u001b[31m', '2024-03-05');
const statement: Statement = {
	id: 'abc123',
	speaker: null,
	speakerName: 'Maro Kessel',
	outlets: 2,
	renderings: [
		{id: 'a:0', article: 'a', outlet: 'Harbour Gazette', published: '2024-03-04', text: textA, start: 0, end: textA.length, kind: 'direct', verb: 'warned', speaker: null, speakerName: 'Kessel', speakerLabel: 'union leader'},
		{id: 'b:0', article: 'b', outlet: 'Coast Courier\u001b[31m', published: '2024-03-05', text: textB, start: 0, end: textB.length, kind: 'direct', verb: 'pointed out', speaker: null, speakerName: 'Kessel', speakerLabel: null},
	],
};
const comparison = buildComparison(statement, [a, b]);

describe('formatComparison text', () => {
	it('puts renderings side by side with [-removed-] and {+added+} markers when colour is off', () => {
		const out = formatComparison(comparison, 'text', {color: false, width: 100});
		const lines = out.split('\n');
		expect(lines.some(l => l.includes('Harbour Gazette') && l.includes('│') && l.includes('Coast Courier'))).toBe(true);
		expect(out).toContain('[-nearing,-]');
		expect(out).toContain('{+winding up,+}');
		expect(out).toContain('verb: warned');
		expect(out).toContain('verb: pointed out');
		expect(out).not.toContain('\u001b');
		for (const l of lines) expect(stringWidth(l)).toBeLessThanOrEqual(100);
	});

	it('colours differing words instead of marking them when colour is on', () => {
		const out = formatComparison(comparison, 'text', {color: true, width: 100});
		expect(out).not.toContain('[-');
		expect(out).toMatch(/\u001b\[31;9mnearing,\u001b\[39;29m/);
		expect(out).not.toContain('\u001b[31m\n');
	});

	it('stacks renderings on a narrow terminal', () => {
		const out = formatComparison(comparison, 'text', {width: 40});
		expect(out).not.toContain('│');
		for (const l of out.split('\n')) expect(stringWidth(l)).toBeLessThanOrEqual(40);
	});
});

describe('formatComparison markdown and json', () => {
	it('writes a markdown table with struck and bold words', () => {
		const out = formatComparison(comparison, 'markdown');
		expect(out).toContain('| Verb | warned | pointed out |');
		expect(out).toContain('~~nearing,~~');
		expect(out).toContain('**winding up,**');
		expect(out).toContain('- nearing → winding up');
	});

	it('writes the comparison as JSON', () => {
		const parsed = JSON.parse(formatComparison(comparison, 'json'));
		expect(parsed.id).toBe('abc123');
		expect(parsed.columns).toHaveLength(2);
	});

	it('rejects an unknown format', () => {
		expect(() => formatComparison(comparison, 'pdf')).toThrow(/unknown format/);
	});
});

describe('formatComparison: groups, reprints and the timeline', () => {
	// Three renderings: two outlets in groups, and a copy of the first article run by a third outlet.
	const grouped = [{...a, group: 'left'}, {...b, group: 'right\u001b[2J'}, {...a, id: 'c', outlet: 'Wire Copy', published: '2024-03-08'}];
	const withCopy: Statement = {
		...statement,
		renderings: [...statement.renderings, {...statement.renderings[0], id: 'c:0', article: 'c', outlet: 'Wire Copy', published: '2024-03-08', reprintOf: 'a'}],
	};
	const c = buildComparison(withCopy, grouped);

	it('names each column’s group and marks the copy in the text form, sanitised', () => {
		const out = formatComparison(c, 'text', {width: 120});
		const lines = out.split('\n');
		const groups = lines.find(l => l.includes('group: left'))!;
		expect(groups).toMatch(/│ group: right +│/);
		expect(groups).toContain('group: —');
		expect(out).not.toContain('\u001b');
		expect(lines.find(l => l.includes('reprint of'))).toContain('reprint of Harbour Gazette');
	});

	it('names each column’s group and the copy in the markdown table', () => {
		const out = formatComparison(c, 'markdown');
		expect(out).toContain('| Group | left | right | — |');
		expect(out).toContain('| Reprint | — | — | reprint of Harbour Gazette |');
	});

	it('carries groups, the copy and a timeline without the copy in the JSON', () => {
		const parsed = JSON.parse(formatComparison(c, 'json'));
		expect(parsed.columns.map((col: {group: string | null}) => col.group)).toEqual(['left', 'right\u001b[2J', null]);
		expect(parsed.columns[2].reprintOf).toBe('a');
		expect(parsed.timeline.dated.map((e: {outlet: string; lag: number}) => [e.outlet, e.lag])).toEqual([
			['Harbour Gazette', 0],
			['Coast Courier\u001b[31m', 1],
		]);
	});

	it('adds no group or reprint lines when no column has one', () => {
		const out = formatComparison(comparison, 'text', {width: 100});
		expect(out).not.toContain('group:');
		expect(out).not.toContain('reprint of');
		expect(formatComparison(comparison, 'markdown')).not.toContain('| Group |');
	});
});
