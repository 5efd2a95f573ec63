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
