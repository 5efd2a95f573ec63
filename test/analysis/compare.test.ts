import {describe, expect, it} from 'vitest';
import {buildComparison, changesOf, diffRenderings} from '../../src/analysis/compare.js';
import type {Rendering, Statement} from '../../src/analysis/types.js';
import {article} from './statements-helpers.js';

const bodyA = 'Kessel warned: “The deadline is nearing, and the crews will never again accept it.”';
const bodyB = 'Kessel pointed out: “The deadline is winding up, and the crews will never accept it again.”';
const a = article('a', bodyA, 'Harbour Gazette', '2024-03-04');
const b = article('b', bodyB, 'Coast Courier', '2024-03-05');

function rendering(body: string, articleId: string, outlet: string, verb: string, label: string | null): Rendering {
	const start = body.indexOf('“') + 1;
	const end = body.lastIndexOf('”');
	return {id: `${articleId}:${start}`, article: articleId, outlet, published: null, text: body.slice(start, end), start, end, kind: 'direct', verb, speaker: 'kessel', speakerName: 'Kessel', speakerLabel: label};
}

const statement: Statement = {
	id: 'abc123',
	speaker: 'kessel',
	speakerName: 'Maro Kessel',
	outlets: 2,
	renderings: [rendering(bodyA, 'a', 'Harbour Gazette', 'warned', 'union leader'), rendering(bodyB, 'b', 'Coast Courier', 'pointed out', null)],
};

describe('buildComparison', () => {
	it('summarises replaced and moved words, verbs and labels', () => {
		const c = buildComparison(statement, [a, b]);
		expect(c.columns.map(x => x.outlet)).toEqual(['Harbour Gazette', 'Coast Courier']);
		expect(c.summary).toContain('nearing → winding up');
		expect(c.summary).toContain('moved: again');
		expect(c.summary).toContain('verb: warned / pointed out');
		expect(c.summary).toContain('speaker: union leader / Kessel');
		expect(c.diffs[0].similarity).toBeGreaterThan(0.8);
	});

	it('does not count quote-mark styles as differences', () => {
		const parts = diffRenderings('the “new” plan', 'the "new" plan');
		expect(parts.every(p => p.type === 'same')).toBe(true);
	});

	it('reports pure insertions and deletions', () => {
		expect(changesOf(diffRenderings('they will pay', 'they will pay dearly'))).toEqual([{type: 'added', from: '', to: 'dearly'}]);
		expect(changesOf(diffRenderings('they will surely pay', 'they will pay'))).toEqual([{type: 'removed', from: 'surely', to: ''}]);
	});
});
