import {afterEach, describe, expect, it} from 'vitest';
import {jsonLines, makeCorpus, removeCorpus, runCli} from '../helpers.js';

const made: string[] = [];
afterEach(() => {
	for (const dir of made.splice(0)) removeCorpus(dir);
});

describe('presslens statements marks reported speech', () => {
	it('labels an indirect rendering in the table and gives its kind in JSON', () => {
		const corpus = makeCorpus({'a.txt': 'Crews meet again\n\nUnion leader Maro Kessel accused the harbour board of ignoring every safety report since the spring.'});
		made.push(corpus);
		const table = runCli(['statements', corpus, '--no-cache']);
		expect(table.status).toBe(0);
		expect(table.stdout).toContain('(indirect) accused the harbour board');
		const json = jsonLines<{renderings: Array<{kind: string; text: string}>}>(runCli(['statements', corpus, '--json', '--no-cache']).stdout);
		expect(json.flatMap(s => s.renderings).map(r => [r.kind, r.text])).toEqual([['indirect', 'accused the harbour board of ignoring every safety report since the spring.']]);
	});
});
