// The built CLI's entities on the bundled corpus, scored against the hand annotation.
import {existsSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';
import {SHARED, jsonLines, runCli, score} from '../helpers.js';

const scorer = join(SHARED, 'eval', 'score.mjs');

describe('presslens entities on data/', () => {
	test('entities --json follows the contract', () => {
		const {status, stdout} = runCli(['entities', 'data', '--json']);
		expect(status).toBe(0);
		const rows = jsonLines<Record<string, unknown>>(stdout);
		expect(rows.length).toBeGreaterThan(10);
		const ids = new Set<string>();
		for (const row of rows) {
			for (const key of ['id', 'type', 'name', 'aliases', 'mentions', 'descriptors']) expect(row).toHaveProperty(key);
			expect(['person', 'organization', 'place', 'other']).toContain(row.type);
			expect(ids.has(String(row.id))).toBe(false);
			ids.add(String(row.id));
		}
	});

	test.skipIf(!existsSync(scorer))(`scorer floors hold (skipped when ${scorer} is absent)`, () => {
		const floors = [
			'entities.recall=0.95',
			'entities.precision=0.85',
			'entities.type=0.95',
			'entities.alias_coverage=0.90',
			'entities.descriptors=0.60',
		];
		const {status, output} = score('entities', floors);
		expect(output).toContain('score: all thresholds met');
		expect(status).toBe(0);
		// Counts that must stay at or below a ceiling (the scorer's --min only takes floors).
		const fragmented = Number(/entities\.fragmented: (\d+)/.exec(output)?.[1]);
		const falseMerges = Number(/entities\.false_merges: (\d+)/.exec(output)?.[1]);
		expect(fragmented).toBeLessThanOrEqual(2);
		expect(falseMerges).toBe(0);
	});
});
