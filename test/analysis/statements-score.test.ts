// The built CLI's statements on the bundled corpus, scored against the hand annotation.
import {existsSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';
import {SHARED, jsonLines, runCli, score} from '../helpers.js';

const scorer = join(SHARED, 'eval', 'score.mjs');

interface Row {
	id: string;
	speaker: string | null;
	speakerName: string | null;
	renderings: Array<{article: string; outlet: string | null; text: string; verb: string | null; start: number; end: number}>;
}

describe('presslens statements on data/', () => {
	test('statements --json follows the contract, with exact offsets into article bodies', () => {
		const statements = runCli(['statements', 'data', '--json']);
		expect(statements.status).toBe(0);
		const rows = jsonLines<Row>(statements.stdout);
		const bodies = new Map(jsonLines<{id: string; body: string}>(runCli(['articles', 'data', '--json']).stdout).map(a => [a.id, a.body]));
		expect(rows.some(r => new Set(r.renderings.map(x => x.article)).size > 1)).toBe(true);
		const ids = new Set<string>();
		for (const row of rows) {
			for (const key of ['id', 'speaker', 'speakerName', 'renderings']) expect(row).toHaveProperty(key);
			expect(ids.has(row.id)).toBe(false);
			ids.add(row.id);
			for (const r of row.renderings) expect(bodies.get(r.article)?.slice(r.start, r.end)).toBe(r.text);
		}
	});

	test('statement ids are stable across runs', () => {
		const ids = () => jsonLines<Row>(runCli(['statements', 'data', '--json']).stdout).map(r => r.id).sort();
		expect(ids()).toEqual(ids());
	});

	test.skipIf(!existsSync(scorer))(`scorer floors hold (skipped when ${scorer} is absent)`, () => {
		const {status, output} = score('statements', ['statements.recall=0.75', 'statements.speaker=0.90', 'statements.false_merges=0']);
		expect(output).toContain('score: all thresholds met');
		expect(status).toBe(0);
		// The scorer reads false_merges (which counts the gold's near misses) as a ceiling.
		expect(Number(/statements\.false_merges: (\d+)/.exec(output)?.[1])).toBe(0);
	});
});
