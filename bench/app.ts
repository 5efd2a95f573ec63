// The app timed as a user meets it: the built CLI started in a pseudo-terminal (util-linux
// `script`), its output read as it is written. Time to first frame = from spawn to the first output
// showing the app's header line ("presslens <corpus>", drawn before the UI library loads, with the
// progress of opening under it); "whole index shown" = the app's frame with entities counted;
// keypress-to-frame = from writing a key to the first output after it.
import {spawn} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

export interface AppTiming {
	firstFrameMs: number;
	/** The first frame with the whole index (entities and statements counted). */
	readyMs: number;
	keyMs: number[];
	/** Per key sent, in order: its time, NaN when no frame came within 2 s. */
	perKey: number[];
	/** The idle work's longest step and longest garbage-collection pause (src/tui/idle-trace.ts). */
	longestStepMs: number;
	longestGcMs: number;
	/** Idle steps and collection pauses over 50 ms: each one a key that may wait that long. */
	over50: number;
}

/** The longest idle step and collection pause in a trace file, and how many were over 50 ms. */
function readTrace(path: string): Pick<AppTiming, 'longestStepMs' | 'longestGcMs' | 'over50'> {
	let longestStepMs = 0;
	let longestGcMs = 0;
	let over50 = 0;
	const text = existsSync(path) ? readFileSync(path, 'utf8') : '';
	for (const line of text.split('\n')) {
		const [, what, ms] = line.split('\t');
		const v = Number(ms);
		if (!what || !Number.isFinite(v)) continue;
		if (what === 'gc') longestGcMs = Math.max(longestGcMs, v);
		else longestStepMs = Math.max(longestStepMs, v);
		if (v > 50) over50++;
	}
	return {longestStepMs, longestGcMs, over50};
}

const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007]*\u0007|\u001b[()][0-9A-Za-z]|\u001b[=>78]/g;

const shellQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

export async function timeApp(bin: string, corpus: string, cacheDir: string, keys: string[], extraArgs: string[] = []): Promise<AppTiming> {
	const command = `stty cols 120 rows 40; exec ${[process.execPath, bin, corpus, '--cache-dir', cacheDir, ...extraArgs].map(shellQuote).join(' ')}`;
	const traceDir = mkdtempSync(join(tmpdir(), 'presslens-trace-'));
	const trace = join(traceDir, 'idle.tsv');
	const start = performance.now();
	const child = spawn('script', ['-qfec', command, '/dev/null'], {stdio: ['pipe', 'pipe', 'pipe'], env: {...process.env, TERM: 'xterm-256color', NO_COLOR: '1', PRESSLENS_IDLE_TRACE: trace}});
	let screen = '';
	let firstFrameMs = NaN;
	let readyMs = NaN;
	let lastOutput = performance.now();
	let waiting: ((at: number) => void) | undefined;
	child.stdout.on('data', (chunk: Buffer) => {
		const now = performance.now();
		lastOutput = now;
		screen = (screen + chunk.toString('utf8').replace(ANSI, '')).slice(-20000);
		if (Number.isNaN(firstFrameMs) && /presslens /.test(screen)) firstFrameMs = now - start;
		if (Number.isNaN(readyMs) && /\d[\d,]* entit/.test(screen) && !/\b0 entities/.test(screen)) readyMs = now - start;
		const resolve = waiting;
		waiting = undefined;
		resolve?.(now);
	});
	const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
	const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
	const deadline = start + 10 * 60 * 1000;
	try {
		while (Number.isNaN(readyMs) && performance.now() < deadline) {
			if (child.exitCode !== null) throw new Error(`the app exited early: ${screen.slice(-500)}`);
			await sleep(20);
		}
		// Let the app settle (idle-time preparation of lookups) before timing keys.
		while (performance.now() - lastOutput < 1500) await sleep(100);
		await sleep(1500);
		const keyMs: number[] = [];
		for (const key of keys) {
			const frame = new Promise<number>((resolve) => (waiting = resolve));
			const sent = performance.now();
			child.stdin.write(key);
			const at = await Promise.race([frame, sleep(2000).then(() => NaN)]);
			keyMs.push(at - sent);
			await sleep(60);
		}
		child.stdin.write('q');
		await Promise.race([exited, sleep(3000)]);
		return {firstFrameMs, readyMs, keyMs: keyMs.filter((v) => Number.isFinite(v)), perKey: keyMs, ...readTrace(trace)};
	} finally {
		if (child.exitCode === null) {
			child.stdin.write('q');
			await Promise.race([exited, sleep(3000)]);
		}
		if (child.exitCode === null) child.kill('SIGTERM');
		rmSync(traceDir, {recursive: true, force: true});
	}
}
