// `-` as a PATH: articles piped into the built CLI.
import {spawnSync} from 'node:child_process';
import {gzipSync} from 'node:zlib';
import {describe, expect, it} from 'vitest';
import {BIN, jsonLines, ROOT} from '../helpers.js';

const pipe = (args: string[], input: string | Buffer) => {
	const result = spawnSync(process.execPath, [BIN, ...args], {cwd: ROOT, input, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}});
	return {status: result.status, stdout: result.stdout, stderr: result.stderr};
};

const records = [
	{title: 'Harbour plan approved', outlet: 'The Test Herald', text: 'The harbour board said the plan would go ahead in spring. Fishermen said they were relieved.'},
	{title: 'Harbour plan passes', outlet: 'Sample Gazette', text: 'The harbour board said the plan would go ahead in spring. Critics said the cost was too high.'},
];
const jsonl = records.map((r) => JSON.stringify(r)).join('\n') + '\n';

describe('presslens with - as a path', () => {
	it('reads JSON Lines from standard input, plain or gzip-compressed', () => {
		for (const input of [jsonl, gzipSync(jsonl)]) {
			const result = pipe(['articles', '-', '--json'], input);
			expect(result.status).toBe(0);
			const articles = jsonLines<{title: string; outlet: string; file: string}>(result.stdout);
			expect(articles.map((a) => [a.title, a.outlet, a.file])).toEqual(records.map((r) => [r.title, r.outlet, '-']));
		}
	});

	it('reads one text article, and analyses piped articles like files', () => {
		const text = pipe(['articles', '-', '--json'], 'Harbour plan approved\n\nThe harbour board said the plan would go ahead in spring. Fishermen said they were relieved.\n');
		expect(jsonLines<{title: string}>(text.stdout).map((a) => a.title)).toEqual(['Harbour plan approved']);
		const statements = pipe(['statements', '-', '--json'], jsonl);
		expect(statements.status).toBe(0);
		const renderings = jsonLines<{renderings: Array<{article: string; outlet: string}>}>(statements.stdout).flatMap((s) => s.renderings);
		expect(renderings.length).toBeGreaterThan(0);
		for (const r of renderings) expect(records.map((rec) => rec.outlet)).toContain(r.outlet);
	});

	it('prints plain text to a pipe and an overview instead of the app', () => {
		const list = pipe(['articles', '-'], jsonl);
		expect(list.stdout).not.toMatch(/\u001b/);
		expect(list.stdout).toContain('Harbour plan passes');
		const overview = pipe(['-'], jsonl);
		expect(overview.status).toBe(0);
		expect(overview.stdout).toMatch(/^-: 2 articles, 2 outlets/);
	});

	it('refuses - twice', () => {
		const result = pipe(['articles', '-', '-'], jsonl);
		expect(result.status).toBe(2);
		expect(result.stderr).toContain('only once');
	});
});
