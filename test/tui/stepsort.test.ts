import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {StepSort} from '../../src/tui/state/stepsort.js';

describe('StepSort', () => {
	it('gives the order a whole sort gives, however small its steps', () => {
		fc.assert(
			fc.property(fc.array(fc.integer({min: 0, max: 20}), {maxLength: 300}), fc.integer({min: 1, max: 40}), (values, chunk) => {
				const compare = (a: number, b: number) => values[a] - values[b] || a - b;
				const sorter = new StepSort(values.length, compare, chunk);
				let steps = 0;
				while (!sorter.step()) steps++;
				expect(sorter.result()).toEqual(values.map((_, i) => i).sort(compare));
				// Work is spread: more than one step once there is more than one run.
				if (values.length > chunk) expect(steps).toBeGreaterThan(0);
			}),
		);
	});

	it('finishes on demand when asked for the result midway', () => {
		const values = Array.from({length: 1000}, (_, i) => (i * 7919) % 1000);
		const sorter = new StepSort(values.length, (a, b) => values[a] - values[b], 50);
		sorter.step();
		sorter.step();
		expect(sorter.done).toBe(false);
		expect(sorter.result().map((i) => values[i])).toEqual([...values].sort((a, b) => a - b));
		expect(sorter.done).toBe(true);
	});
});
