// The user's config.json through the built CLI: its presslens.json settings under each corpus's own,
// a saved index that follows them, its mistakes refused with exit 2, and `presslens config`.
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {completionScript} from '../../src/commands/completion.js';
import {COMMANDS, FLAGS, GLOBAL_FLAGS} from '../../src/commands/table.js';
import {jsonLines, makeCorpus, removeCorpus, runCli} from '../helpers.js';

const made: string[] = [];
afterEach(() => {
	for (const dir of made.splice(0)) rmSync(dir, {recursive: true, force: true});
});

/** A config home holding presslens/config.json with `config`; returns the env that selects it. */
function configHome(config: unknown): {env: NodeJS.ProcessEnv; file: string} {
	const home = mkdtempSync(join(tmpdir(), 'presslens-config-'));
	made.push(home);
	mkdirSync(join(home, 'presslens'));
	const file = join(home, 'presslens', 'config.json');
	writeFileSync(file, typeof config === 'string' ? config : JSON.stringify(config));
	return {env: {XDG_CONFIG_HOME: home}, file};
}

const RECORDS = [
	{title: 'Harbour plan approved', outlet: 'Harbour Times', text: 'The harbour board approved the plan on Monday. "We will start in spring," said Maria Lopez, the board chair.'},
	{title: 'Harbour plan passes', outlet: 'Coast Gazette', text: 'The plan passed the harbour board. "We will start in spring," Maria Lopez told reporters.'},
];
function corpus(presslens?: unknown): string {
	const files: Record<string, string> = {'news.jsonl': RECORDS.map((r) => JSON.stringify(r)).join('\n') + '\n'};
	if (presslens !== undefined) files['presslens.json'] = JSON.stringify(presslens);
	const dir = makeCorpus(files);
	made.push(dir);
	return dir;
}
const outlets = (stdout: string) => jsonLines<{outlet: string}>(stdout).map((a) => a.outlet);

describe('config.json settings for every corpus', () => {
	it('apply under the corpus presslens.json, which wins', () => {
		const {env} = configHome({outlets: {rename: {'Harbour Times': 'Renamed by user', 'Coast Gazette': 'Gazette (user)'}}});
		const plain = corpus();
		expect(outlets(runCli(['articles', plain, '--json', '--no-cache'], {env}).stdout)).toEqual(['Renamed by user', 'Gazette (user)']);
		const own = corpus({outlets: {rename: {'Harbour Times': 'Renamed by corpus'}}});
		expect(outlets(runCli(['articles', own, '--json', '--no-cache'], {env}).stdout)).toEqual(['Renamed by corpus', 'Gazette (user)']);
		// Without the user's file, only the corpus's.
		expect(outlets(runCli(['articles', own, '--json', '--no-cache']).stdout)).toEqual(['Renamed by corpus', 'Coast Gazette']);
	});

	it('change the analysis (entity rules), and a saved index is not reused across them', () => {
		const dir = corpus();
		const cache = mkdtempSync(join(tmpdir(), 'presslens-cache-'));
		made.push(cache);
		const names = (env?: NodeJS.ProcessEnv) => jsonLines<{name: string}>(runCli(['entities', dir, '--json', '--cache-dir', cache], {env}).stdout).map((e) => e.name);
		expect(names()).toContain('Maria Lopez');
		expect(names(configHome({entities: {ignore: ['Maria Lopez']}}).env)).not.toContain('Maria Lopez');
		// The saved index of the first run is written for the corpus without the user's settings.
		const {env} = configHome({outlets: {rename: {'Harbour Times': 'Renamed later'}}});
		expect(outlets(runCli(['articles', dir, '--json', '--cache-dir', cache], {env}).stdout)[0]).toBe('Renamed later');
		expect(outlets(runCli(['articles', dir, '--json', '--cache-dir', cache]).stdout)[0]).toBe('Harbour Times');
	}, 60_000);
});

describe('mistakes in config.json', () => {
	it('stop every command with exit 2, naming the file, the key path and what is allowed', () => {
		const dir = corpus();
		const cases: Array<[unknown, RegExp]> = [
			[{colour: 'red'}, /unknown key "colour" \(expected keys, theme, mouse, outlets, files/],
			['{"keys": ', /not valid JSON/],
			[{outlets: {domain: {}}}, /unknown key "outlets\.domain"/],
			[{entities: {ignore: 'Maria'}}, /config\.json: entities\.ignore must be a list of names/],
			[{theme: 'neon'}, /theme: unknown theme "neon" \(use default, dark, light, mono\)/],
			[{keys: ['j']}, /"keys" must map command names to lists of keys/],
		];
		for (const [config, message] of cases) {
			const {env, file} = configHome(config);
			const result = runCli(['articles', dir, '--no-cache'], {env});
			expect(result.status, JSON.stringify(config)).toBe(2);
			expect(result.stderr).toContain(`presslens: ${file}`);
			expect(result.stderr).toMatch(message);
		}
	});

	it('refuses a config file that was named but is not there', () => {
		const missing = join(tmpdir(), 'presslens-no-such-dir', 'config.json');
		const byFlag = runCli(['articles', corpus(), '--config', missing]);
		expect(byFlag.status).toBe(2);
		expect(byFlag.stderr).toContain(`${missing}: no such config file (named by --config)`);
		const byEnv = runCli(['articles', corpus()], {env: {PRESSLENS_CONFIG: missing}});
		expect(byEnv.stderr).toContain('(named by PRESSLENS_CONFIG)');
	});
});

interface Row {
	key: string;
	value: unknown;
	source: string;
	from?: string;
}
const rows = (stdout: string) => new Map(jsonLines<Row>(stdout).map((r) => [r.key, r]));

describe('presslens config --print', () => {
	it('shows each setting in force and where it came from', () => {
		const {env, file} = configHome({keys: {'move.down': ['u', 'down', 'ctrl+n']}, theme: 'light', maxRecords: 5000, outlets: {rename: {A: 'B'}}});
		const dir = corpus({maxRecords: 900, entities: {ignore: ['Menu']}});
		const result = runCli(['config', '--print', dir, '--json'], {env});
		expect(result.status).toBe(0);
		const all = rows(result.stdout);
		expect(all.get('config')).toMatchObject({value: file, source: 'default', from: 'XDG_CONFIG_HOME'});
		expect(all.get('keys.move.down')).toMatchObject({value: ['u', 'down', 'ctrl+n'], source: 'user config', from: file});
		expect(all.get('keys.move.up')).toMatchObject({value: ['k', 'up'], source: 'default'});
		expect(all.get('theme')).toMatchObject({value: 'light', source: 'user config'});
		expect(all.get('maxRecords')).toMatchObject({value: 900, source: 'presslens.json', from: join(dir, 'presslens.json')});
		expect(all.get('outlets.rename.A')).toMatchObject({value: 'B', source: 'user config'});
		expect(all.get('entities.ignore')).toMatchObject({value: ['Menu'], source: 'presslens.json'});
		expect(all.get('maxFileSize')).toMatchObject({value: '50MB', source: 'default'});
		// The environment over config.json, a flag over both.
		expect(rows(runCli(['config', dir, '--json'], {env: {...env, PRESSLENS_THEME: 'mono'}}).stdout).get('theme')).toMatchObject({value: 'mono', source: 'env', from: 'PRESSLENS_THEME'});
		expect(rows(runCli(['config', dir, '--json', '--theme', 'dark', '--max-size', '2MB'], {env: {...env, PRESSLENS_THEME: 'mono'}}).stdout).get('theme')).toMatchObject({value: 'dark', source: 'flag'});
		const text = runCli(['config', '--print', dir], {env}).stdout;
		expect(text).toMatch(/^SETTING +VALUE +FROM$/m);
		expect(text).toMatch(new RegExp(`^keys\\.move\\.down +u, down, ctrl\\+n +user config \\(${file.replace(/[.+]/g, '\\$&')}\\)$`, 'm'));
	});

	it('reports a clash in the keys with exit 2, naming both commands', () => {
		const {env, file} = configHome({keys: {'move.down': ['k']}});
		const result = runCli(['config'], {env});
		expect(result.status).toBe(2);
		expect(result.stderr).toContain(`${file}: keys.move.down: "k" is also bound to move.up`);
	});

	it('is in the help and the completion, from the command table', () => {
		expect(runCli(['--help']).stdout).toMatch(/presslens config \[PATH\.\.\.\] \[--print\] \[--json\]/);
		const bash = completionScript('bash', {commands: COMMANDS, flags: FLAGS, global: GLOBAL_FLAGS});
		expect(bash).toMatch(/config\) flags="--print --json/);
		expect(bash).toContain('--theme) COMPREPLY=($(compgen -W "default dark light mono"');
	});
});
