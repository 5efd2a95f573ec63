import {describe, expect, it} from 'vitest';
import fc from 'fast-check';
import {OutletTally} from '../../src/index/outlets.js';
import type {Entity} from '../../src/analysis/types.js';

const entity = (id: string, mentions: Record<string, number>): Entity => ({id, type: 'person', name: id, aliases: [], mentions, spans: [], descriptors: []}) as unknown as Entity;

describe('OutletTally.topEntities', () => {
	it('gives the same entities, in the same order, as sorting all of them', () => {
		fc.assert(
			fc.property(fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g'), fc.integer({min: 1, max: 4})), {maxLength: 30}), fc.integer({min: 0, max: 8}), (counts, limit) => {
				const tally = new OutletTally(() => 'Outlet');
				counts.forEach(([id, n], i) => tally.addEntity(entity(id, {[`art${i}`]: n})));
				const all = [...(tally.of.get('Outlet')?.entities ?? new Map<string, number>())].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
				expect(tally.topEntities('Outlet', limit)).toEqual(all.slice(0, limit));
			}),
		);
	});

	it('answers again after more entities are counted, and for a longer list than asked before', () => {
		const tally = new OutletTally(() => 'Outlet');
		tally.addEntity(entity('x', {a1: 1}));
		tally.addEntity(entity('y', {a1: 2}));
		expect(tally.topEntities('Outlet', 1)).toEqual([['y', 2]]);
		tally.addEntity(entity('z', {a2: 5}));
		expect(tally.topEntities('Outlet', 1)).toEqual([['z', 5]]);
		expect(tally.topEntities('Outlet', 3)).toEqual([['z', 5], ['y', 2], ['x', 1]]);
		// A caller changing the list it was given does not change the next answer.
		tally.topEntities('Outlet', 2).pop();
		expect(tally.topEntities('Outlet', 2)).toEqual([['z', 5], ['y', 2]]);
	});
});
