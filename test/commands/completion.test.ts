import {spawnSync} from 'node:child_process';
import {writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import type {Command, Flags} from '../../src/commands/args.js';
import {completionScript} from '../../src/commands/completion.js';
import {COMMANDS, FLAGS, GLOBAL_FLAGS} from '../../src/commands/table.js';
import {makeCorpus, removeCorpus, runCli} from '../helpers.js';

// A made-up table: the scripts follow whatever the table says.
const flags: Flags = {
	loud: {type: 'boolean', description: "say it's loud: really [very]"},
	colour: {type: 'string', value: 'COLOUR', choices: ['red', 'green'], description: 'a colour'},
	into: {type: 'string', value: 'FILE', complete: 'file', description: 'a file'},
	verbose: {type: 'boolean', description: 'more words'},
};
const run = () => 0;
const commands: Command<never>[] = [
	{name: 'paint', summary: 'paint things', flags: ['colour', 'into'], run},
	{name: 'shout', summary: 'shout things', flags: ['loud'], run},
	{name: 'pick', summary: 'pick one', positionals: [{name: 'WHICH', choices: ['left', 'right'], missing: 'which?'}], noPaths: true, flags: [], run},
];
const table = {commands, flags, global: ['verbose']};

/** What bash completes for these words (the last one being typed), in `cwd`. */
function bashComplete(words: string[], cwd = process.cwd()): string[] {
	const script = `${completionScript('bash', table)}
COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}
_presslens; printf '%s\\n' "\${COMPREPLY[@]}"`;
	const result = spawnSync('bash', ['--norc', '-c', script], {cwd, encoding: 'utf8'});
	expect(result.stderr).toBe('');
	return result.stdout.split('\n').filter(Boolean).sort();
}

describe('bash completion', () => {
	it('completes commands and paths at first, then each command its own flags and the global ones', () => {
		const dir = makeCorpus({'paper.txt': 'x'});
		try {
			expect(bashComplete(['presslens', 'p'], dir)).toEqual(['paint', 'paper.txt', 'pick']);
		} finally {
			removeCorpus(dir);
		}
		expect(bashComplete(['presslens', 'paint', '--'])).toEqual(['--colour', '--into', '--verbose']);
		expect(bashComplete(['presslens', 'shout', '--'])).toEqual(['--loud', '--verbose']);
		expect(bashComplete(['presslens', '--'])).toEqual(['--verbose']);
	});

	it("completes a flag's choices, a file flag's files, a positional's choices", () => {
		expect(bashComplete(['presslens', 'paint', '--colour', 'g'])).toEqual(['green']);
		const dir = makeCorpus({'notes.txt': 'x', 'numbers.jsonl': '{}'});
		try {
			expect(bashComplete(['presslens', 'paint', '--into', 'no'], dir)).toEqual(['notes.txt']);
			expect(bashComplete(['presslens', 'shout', 'nu'], dir)).toEqual(['numbers.jsonl']);
			expect(bashComplete(['presslens', 'pick', ''], dir)).toEqual(['left', 'right']);
			expect(bashComplete(['presslens', 'pick', 'left', 'n'], dir)).toEqual([]);
		} finally {
			removeCorpus(dir);
		}
	});
});

describe('every shell', () => {
	it('names every command and flag of the real table, with its description', () => {
		for (const shell of ['bash', 'zsh', 'fish'] as const) {
			const script = completionScript(shell, {commands: COMMANDS, flags: FLAGS, global: GLOBAL_FLAGS});
			for (const command of COMMANDS) expect(script).toContain(command.name);
			for (const name of Object.keys(FLAGS)) expect(script).toContain(shell === 'fish' ? `-l ${name}` : `--${name}`);
			if (shell !== 'bash') for (const command of COMMANDS) expect(script).toContain(command.summary.split(' ')[0]);
		}
	});

	it('quotes descriptions for zsh and fish', () => {
		expect(completionScript('zsh', table)).toContain("'--loud[say it'\\''s loud\\: really \\[very\\]]'");
		expect(completionScript('fish', table)).toContain("-l loud -d 'say it\\'s loud: really [very]'");
		expect(completionScript('fish', table)).toContain("-l colour -x -a 'red green'");
	});

	const has = (shell: string) => spawnSync(shell, ['-c', 'true']).status === 0;
	for (const shell of ['bash', 'zsh', 'fish']) {
		it.skipIf(!has(shell))(`writes a script ${shell} parses`, () => {
			const dir = makeCorpus({});
			try {
				const file = join(dir, 'script');
				writeFileSync(file, completionScript(shell as 'bash', {commands: COMMANDS, flags: FLAGS, global: GLOBAL_FLAGS}));
				const result = spawnSync(shell, ['-n', file], {encoding: 'utf8'});
				expect(result.stderr).toBe('');
				expect(result.status).toBe(0);
			} finally {
				removeCorpus(dir);
			}
		});
	}
});

describe('presslens completion', () => {
	it('prints the script for a shell, refuses another', () => {
		const ok = runCli(['completion', 'fish']);
		expect(ok.status).toBe(0);
		expect(ok.stdout).toContain('complete -c presslens');
		const wrong = runCli(['completion', 'tcsh']);
		expect(wrong.status).toBe(2);
		expect(wrong.stderr).toContain('bash, zsh, fish');
	});
});
