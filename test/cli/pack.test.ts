// The package as a user installs it: packed, installed globally into a temporary prefix with the real
// npm, and run from there (the build it ships, the bundled corpus, the version).
import {spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {jsonLines, ROOT} from '../helpers.js';

const npm = (args: string[], cwd: string) => {
	const result = spawnSync('npm', args, {cwd, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}});
	if (result.status !== 0) throw new Error(`npm ${args.join(' ')} failed: ${result.stderr}`);
	return result.stdout;
};

describe('the packed package', () => {
	let dir: string;
	let bin: string;
	const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {version: string}).version;
	const run = (args: string[], cwd: string) => spawnSync(bin, args, {cwd, encoding: 'utf8', env: {...process.env, NO_COLOR: '1'}});

	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), 'presslens-pack-'));
		// `npm test` has just built dist/; the prepack build would only repeat it. Packed into the
		// temporary folder, so the repository gains no tarball.
		npm(['pack', '--ignore-scripts', '--silent', '--pack-destination', dir], ROOT);
		const tarball = readdirSync(dir).find((name) => name.endsWith('.tgz'));
		if (!tarball) throw new Error('npm pack wrote no tarball');
		npm(['install', '-g', '--prefix', join(dir, 'prefix'), '--no-audit', '--no-fund', '--prefer-offline', join(dir, tarball)], dir);
		bin = join(dir, 'prefix', 'bin', 'presslens');
	}, 120_000);

	afterAll(() => rmSync(dir, {recursive: true, force: true}));

	it('runs the built CLI and says its version', () => {
		const result = run(['--version'], dir);
		expect(result.stderr).toBe('');
		expect(result.stdout.trim()).toBe(version);
	});

	it('ships the bundled corpus and reads it by name and by default', () => {
		const installed = join(dir, 'prefix', 'lib', 'node_modules', 'presslens');
		const shipped = readdirSync(join(installed, 'data')).filter((name) => name.endsWith('.txt')).length;
		expect(shipped).toBeGreaterThan(0);
		const named = run(['articles', 'data', '--json'], installed);
		expect(named.status).toBe(0);
		expect(jsonLines(named.stdout)).toHaveLength(shipped);
		// From a folder without data/: the default is the package's own corpus.
		const fallback = run(['articles', '--json'], dir);
		expect(fallback.status).toBe(0);
		expect(jsonLines(fallback.stdout).map((a) => a.id)).toEqual(jsonLines(named.stdout).map((a) => a.id));
	});

	it('reads a user config and knows the app\'s keys from what it ships', () => {
		const home = join(dir, 'config-home');
		mkdirSync(join(home, 'presslens'), {recursive: true});
		writeFileSync(join(home, 'presslens', 'config.json'), JSON.stringify({keys: {'move.down': ['u', 'down']}}));
		const result = spawnSync(bin, ['config', '--json'], {cwd: dir, encoding: 'utf8', env: {...process.env, NO_COLOR: '1', XDG_CONFIG_HOME: home, PRESSLENS_CONFIG: ''}});
		expect(result.stderr).toBe('');
		const rows = jsonLines<{key: string; value: unknown; source: string}>(result.stdout);
		expect(rows.find((r) => r.key === 'keys.move.down')).toMatchObject({value: ['u', 'down'], source: 'user config'});
	});
});
