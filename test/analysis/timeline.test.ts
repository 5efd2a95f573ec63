// Who reported first and each other outlet's lag, for a story's articles or a statement's renderings.
import {describe, expect, it} from 'vitest';
import {timeline, timelineText} from '../../src/analysis/stories/timeline.js';

describe('timeline', () => {
	it('orders outlets by their earliest date and gives each one its lag in days', () => {
		const t = timeline([
			{outlet: 'Coastline Times', published: '2024-03-03'},
			{outlet: 'Daily Beacon', published: '2024-03-01'},
			{outlet: 'Coastline Times', published: '2024-03-01'},
			{outlet: 'Harbour Gazette', published: '2024-03-04'},
			{outlet: 'Plain Post', published: null},
			{outlet: null, published: '2024-02-01'},
		]);
		expect(t.dated).toEqual([
			{outlet: 'Coastline Times', published: '2024-03-01', lag: 0},
			{outlet: 'Daily Beacon', published: '2024-03-01', lag: 0},
			{outlet: 'Harbour Gazette', published: '2024-03-04', lag: 3},
		]);
		expect(t.undated).toEqual(['Plain Post']);
		expect(timelineText(t)).toBe('first: Coastline Times 2024-03-01 · Daily Beacon +0 d · Harbour Gazette +3 d · undated: Plain Post');
	});

	it('counts lags across months', () => {
		expect(timeline([{outlet: 'A', published: '2024-02-28'}, {outlet: 'B', published: '2024-03-02'}]).dated[1].lag).toBe(3);
	});
});

describe('compare --format json', () => {
	it('carries the timeline of the deadline statement in the bundled corpus', async () => {
		const {jsonLines, runCli} = await import('../helpers.js');
		const statements = jsonLines<{id: string; renderings: Array<{article: string; text: string}>}>(runCli(['statements', 'data', '--json', '--no-cache']).stdout);
		const deadline = statements.find((s) => s.renderings.some((r) => /deadline for the withdrawal/i.test(r.text)) && new Set(s.renderings.map((r) => r.article)).size > 1)!;
		const comparison = JSON.parse(runCli(['compare', deadline.id, 'data', '--format', 'json', '--no-cache']).stdout);
		expect(comparison.timeline.dated.map((e: {outlet: string}) => e.outlet).sort()).toEqual(['Al-Ahed News', 'Sputnik International']);
		expect(comparison.timeline.dated[0].lag).toBe(0);
	}, 240_000);
});
