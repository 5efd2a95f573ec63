// Two presslens processes opening one corpus with one cache at the same time: neither sees the
// other's half-written files, and the cache they leave behind is whole.
import {spawn} from 'node:child_process';
import {mkdtempSync, readFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, expect, test} from 'vitest';
import {BIN, makeCorpus, removeCorpus, runCli} from '../helpers.js';

const corpus = makeCorpus(
	Object.fromEntries(
		['data/000_7d76ad6bd8db1cbf.txt', 'data/001_9af6a54dca952a26.txt', 'data/002_8fdfbe2fe665d125.txt'].map((f, i) => [`a${i}.txt`, readFileSync(f)]),
	),
);
const cache = mkdtempSync(join(tmpdir(), 'presslens-cache-'));
afterAll(() => {
	removeCorpus(corpus);
	removeCorpus(cache);
});

function run(args: string[]): Promise<{status: number | null; stdout: string; stderr: string}> {
	return new Promise(resolve => {
		const child = spawn(process.execPath, [BIN, ...args], {env: {...process.env, NO_COLOR: '1'}});
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', d => (stdout += d));
		child.stderr.on('data', d => (stderr += d));
		child.on('close', status => resolve({status, stdout, stderr}));
	});
}

test('two processes at once share a cache without corrupting it', async () => {
	const args = ['statements', corpus, '--json', '--cache-dir', cache];
	const [a, b] = await Promise.all([run(args), run(args)]);
	expect(a.status).toBe(0);
	expect(b.status).toBe(0);
	expect(a.stdout).toBe(b.stdout);
	const fresh = runCli(['statements', corpus, '--json', '--no-cache']);
	expect(a.stdout).toBe(fresh.stdout);
	// The cache left behind reads back whole: same output, no warning about a damaged file.
	const again = runCli(args);
	expect(again.stdout).toBe(fresh.stdout);
	expect(again.stderr).not.toMatch(/corrupt|damaged|ignor/i);
});
