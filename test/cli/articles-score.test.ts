import {existsSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, test} from 'vitest';
import {SHARED, jsonLines, runCli, score} from '../helpers.js';

describe('built CLI on the bundled corpus', () => {
	test('articles --json follows the contract', () => {
		const {status, stdout} = runCli(['articles', 'data', '--json']);
		expect(status).toBe(0);
		const rows = jsonLines(stdout);
		expect(rows).toHaveLength(5);
		for (const row of rows) {
			for (const key of ['id', 'file', 'outlet', 'url', 'published', 'title', 'body', 'words', 'warnings']) expect(row).toHaveProperty(key);
			expect(row.published === null || /^\d{4}-\d{2}-\d{2}$/.test(String(row.published))).toBe(true);
		}
	});

	test.skipIf(!existsSync(join(SHARED, 'eval', 'score.mjs')))('scorer: every article figure is 1', () => {
		const floors = ['found', 'outlet', 'published', 'title', 'body'].map(m => `articles.${m}=1`);
		const {status, output} = score('articles', floors);
		expect(output).toContain('score: all thresholds met');
		expect(status).toBe(0);
	});
});
