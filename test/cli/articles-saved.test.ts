import {mkdtempSync, utimesSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {jsonLines, makeCorpus, removeCorpus, runCli} from '../helpers.js';

const made: string[] = [];
afterEach(() => {
	for (const dir of made.splice(0)) removeCorpus(dir);
});

const bodies = (stdout: string) => jsonLines<{body: string}>(stdout).map((a) => a.body);

describe('presslens articles on a corpus already indexed', () => {
	it('lists the articles from the saved index while the files are unchanged, and from the files once one changes', () => {
		const text = (day: string) => `Crews meet again\n\nThe harbour crews met on ${day} to talk about wages and the new contract. Union leader Maro Kessel said the talks were nearing an end and that the owners had to respect the deadline.`;
		const corpus = makeCorpus({'a.txt': text('Friday'), 'b.txt': text('Monday')});
		const cache = mkdtempSync(join(tmpdir(), 'presslens-cache-'));
		made.push(corpus, cache);
		const args = ['--cache-dir', cache];
		// A whole-second time, so that it can be set back exactly after the file is rewritten.
		const file = join(corpus, 'b.txt');
		utimesSync(file, 1_700_000_000, 1_700_000_000);
		expect(runCli(['statements', corpus, ...args]).status).toBe(0);
		const first = runCli(['articles', corpus, '--json', ...args]);
		expect(first.status).toBe(0);
		expect(bodies(first.stdout)).toHaveLength(2);
		expect(bodies(first.stdout)).toEqual(bodies(runCli(['articles', corpus, '--json', '--no-cache']).stdout));

		// Same size and time: the saved index still stands for the file, so its text is what is listed.
		writeFileSync(file, text('Sunday'));
		utimesSync(file, 1_700_000_000, 1_700_000_000);
		expect(bodies(runCli(['articles', corpus, '--json', ...args]).stdout).join('\n')).toContain('Monday');

		// A real change (another size) is read from the file.
		writeFileSync(file, text('Tuesday'));
		expect(bodies(runCli(['articles', corpus, '--json', ...args]).stdout).join('\n')).toContain('Tuesday');
	});
});
