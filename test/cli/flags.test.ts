// Flags read from the one table of commands and flags: every mistake is one `presslens:` line on
// stderr and exit status 2, values that would do something surprising are refused, `--output -` is
// standard output, and a progress line never runs into the message that follows it.
import {spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readdirSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {BIN, jsonLines, makeCorpus, removeCorpus, runCli} from '../helpers.js';

const made: string[] = [];
afterEach(() => {
	for (const dir of made.splice(0)) removeCorpus(dir);
});

const temp = () => {
	const dir = mkdtempSync(join(tmpdir(), 'presslens-flags-'));
	made.push(dir);
	return dir;
};

const story = 'Quay works\n\nThe quay at Olmsby will reopen in spring, harbour master Ilsa Vogt said. “We are nearly done,” Vogt said on Monday.';

describe('usage errors are one presslens: line and exit 2', () => {
	it.each([
		[['articles', 'data', '--bogus-flag'], /^presslens: unknown flag "--bogus-flag"/],
		[['articles', 'data', '--json=yes'], /^presslens: --json takes no value/],
		[['articles', 'data', '--linked'], /^presslens: --linked is not a flag of articles/],
		[['compare', 'x', 'data', '--output'], /^presslens: --output needs a value/],
		[['entities', 'data', '--type', 'planet'], /^presslens: unknown entity type "planet"/],
		[['compare', 'x', 'data', '--format', 'pdf'], /^presslens: unknown format "pdf"/],
		[['articles', 'data', '--max-size', ''], /^presslens: --max-size needs a value/],
		[['articles', 'data', '--max-size', '0'], /^presslens: --max-size must be at least 1 byte/],
		[['articles', 'data', '--max-size', 'lots'], /^presslens: --max-size: size must be/],
	])('presslens %j', (args, message) => {
		const {status, stdout, stderr} = runCli(args);
		expect(status).toBe(2);
		expect(stdout).toBe('');
		expect(stderr.split('\n').filter(Boolean)).toHaveLength(1);
		expect(stderr).toMatch(message);
	});

	it('refuses an empty --cache-dir instead of writing the cache into the current folder', () => {
		const corpus = makeCorpus({'a.txt': story});
		made.push(corpus);
		const {status, stderr} = runCli(['statements', '.', '--cache-dir', ''], {cwd: corpus});
		expect(status).toBe(2);
		expect(stderr).toMatch(/^presslens: --cache-dir needs a value/);
		expect(readdirSync(corpus)).toEqual(['a.txt']);
	});

	it('gives each command its own help from the same table', () => {
		const {status, stdout} = runCli(['compare', '--help']);
		expect(status).toBe(0);
		expect(stdout).toContain('presslens compare STATEMENT_ID [PATH...] [--format text|markdown|json] [--output FILE] [--force]');
		expect(stdout).toContain('--max-size SIZE');
		expect(stdout).not.toContain('--linked');
	});
});

describe('compare --output -', () => {
	it('writes to standard output and creates no file called "-"', () => {
		const corpus = makeCorpus({'a.txt': story, 'b.txt': story.replace('nearly', 'almost')});
		const cwd = temp();
		const cache = temp();
		made.push(corpus);
		const statements = jsonLines<{id: string}>(runCli(['statements', corpus, '--json', '--cache-dir', cache]).stdout);
		expect(statements.length).toBeGreaterThan(0);
		const toStdout = runCli(['compare', statements[0].id, corpus, '--output', '-', '--format', 'markdown', '--cache-dir', cache], {cwd});
		expect(toStdout.status).toBe(0);
		const plain = runCli(['compare', statements[0].id, corpus, '--format', 'markdown', '--cache-dir', cache], {cwd});
		expect(toStdout.stdout).toBe(plain.stdout);
		expect(toStdout.stdout).toContain('Vogt');
		expect(existsSync(join(cwd, '-'))).toBe(false);
	});
});

const hasScript = spawnSync('script', ['--version']).status === 0;

describe.skipIf(!hasScript)('the progress line on a terminal', () => {
	it('is cleared before an error is printed', () => {
		const corpus = makeCorpus({'a.txt': story, 'presslens.json': JSON.stringify({entities: 'not an object'})});
		made.push(corpus);
		const command = [process.execPath, BIN, 'entities', corpus, '--no-cache'].map((a) => `'${a}'`).join(' ');
		// util-linux script gives the command a pseudo-terminal, so the progress line is drawn.
		const run = spawnSync('script', ['-qec', command, '/dev/null'], {encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}});
		const at = run.stdout.indexOf('presslens: ');
		expect(at).toBeGreaterThan(0);
		expect(run.stdout.slice(0, at)).toMatch(/indexing /);
		expect(run.stdout.slice(0, at)).toMatch(/\r\u001b\[2K$/);
	});
});
