import {describe, expect, test} from 'vitest';
import {runCli} from '../helpers.js';

describe('bad usage: one line on stderr, exit status 2, no stack trace', () => {
	test.each([
		[['frobnicate'], /unknown command or missing path "frobnicate"/],
		[['articles', '/no/such/folder'], /cannot read \/no\/such\/folder: no such file or folder/],
		[['articles', 'data', '--bogus-flag'], /Unknown flag/i],
		[['entities', 'data', '--type', 'planet'], /unknown entity type "planet"/],
		[['compare'], /compare needs a STATEMENT_ID/],
		[['compare', 'nope', 'data'], /no statement "nope"/],
	])('presslens %j', (args, message) => {
		const {status, stderr} = runCli(args);
		expect(status).toBe(2);
		expect(stderr).toMatch(message);
		expect(stderr).not.toMatch(/\n\s+at /);
	});

	test('--help documents every subcommand', () => {
		const {status, stdout} = runCli(['--help']);
		expect(status).toBe(0);
		for (const word of ['articles', 'entities', 'statements', 'compare', 'warnings', '--json', '--format', '--max-size']) expect(stdout).toContain(word);
	});
});
