// Shared test helpers: temporary corpora and running the built CLI.
import {execFileSync, spawnSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const BIN = join(ROOT, 'bin', 'presslens.js');
export const SHARED = resolve(ROOT, '..', 'shared');
/** A config folder with no presslens/config.json in it. */
export const NO_USER_CONFIG = join(tmpdir(), 'presslens-no-user-config');

/** Writes files (path -> contents) into a fresh temporary folder and returns its path. */
export function makeCorpus(files: Record<string, string | Buffer>): string {
	const dir = mkdtempSync(join(tmpdir(), 'presslens-test-'));
	for (const [path, contents] of Object.entries(files)) {
		const full = join(dir, path);
		mkdirSync(dirname(full), {recursive: true});
		writeFileSync(full, contents);
	}
	return dir;
}

export function removeCorpus(dir: string): void {
	rmSync(dir, {recursive: true, force: true});
}

/** Runs the built CLI; never throws, so tests can check status and stderr. */
export function runCli(args: string[], options: {cwd?: string; env?: NodeJS.ProcessEnv} = {}) {
	const result = spawnSync(process.execPath, [BIN, ...args], {
		cwd: options.cwd ?? ROOT,
		encoding: 'utf8',
		// The developer's own config.json and theme stay out of the tests; a test gives its own.
		env: {...process.env, NO_COLOR: '1', XDG_CONFIG_HOME: NO_USER_CONFIG, PRESSLENS_CONFIG: '', PRESSLENS_THEME: '', ...options.env},
		maxBuffer: 1 << 28,
	});
	return {status: result.status, stdout: result.stdout, stderr: result.stderr};
}

export function jsonLines<T = Record<string, unknown>>(text: string): T[] {
	return text.split('\n').filter(line => line.trim()).map(line => JSON.parse(line) as T);
}

/** Runs the shared scorer on the bundled corpus with --min floors; returns its output and status. */
export function score(section: string, mins: string[]): {status: number; output: string} {
	const args = [join(SHARED, 'eval', 'score.mjs'), '--section', section, ...mins.flatMap(m => ['--min', m])];
	try {
		return {status: 0, output: execFileSync(process.execPath, args, {cwd: ROOT, encoding: 'utf8'})};
	} catch (error) {
		const e = error as {status: number; stdout: string};
		return {status: e.status, output: e.stdout};
	}
}
