// The app opening a corpus it has never indexed, timed as a user meets it: from spawn to the whole
// index shown, and whether keys are answered while entities are merged and statements linked (the
// "indexing" phase). The built CLI runs in a pseudo-terminal (util-linux `script`) with a fresh
// cache folder; once the header says "indexing", the script types a search ("/", then letters one
// by one) and times each letter to the first frame that shows the query with it.
//
//   node dist/bench/indexing-keys.js CORPUS [--word WORD] [--cache-dir DIR] [--bin PATH]
//
// --cache-dir: use DIR, whose analyses are kept (its saved indexes are removed first), so that only
// reading and the corpus-wide steps are timed; --bin: another build's bin/presslens.js (an older commit).
import {mkdirSync, mkdtempSync, readdirSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join, resolve} from 'node:path';
import {spawn} from 'node:child_process';
import {fileURLToPath} from 'node:url';

const ANSI = /\u001b\[[0-9;?]*[ -/]*[@-~]|\u001b\][^\u0007]*\u0007|\u001b[()][0-9A-Za-z]|\u001b[=>78]/g;
const shellQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main() {
	const args = process.argv.slice(2);
	const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
	const corpus = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
	if (!corpus) throw new Error('usage: node dist/bench/indexing-keys.js CORPUS [--word WORD]');
	const word = option('--word') ?? 'election';
	const bin = option('--bin') ?? resolve(fileURLToPath(import.meta.url), '../../../bin/presslens.js');
	const given = option('--cache-dir');
	if (given) mkdirSync(given, {recursive: true});
	if (given) for (const name of readdirSync(given)) if (name.startsWith('index-') || name === 'corpora') rmSync(join(given, name), {recursive: true});
	const cacheDir = given ?? mkdtempSync(join(tmpdir(), 'presslens-keys-'));
	const command = `stty cols 120 rows 40; exec ${[process.execPath, bin, corpus, '--cache-dir', cacheDir].map(shellQuote).join(' ')}`;
	const start = performance.now();
	const child = spawn('script', ['-qfec', command, '/dev/null'], {stdio: ['pipe', 'pipe', 'pipe'], env: {...process.env, TERM: 'xterm-256color', NO_COLOR: '1'}});
	let screen = '';
	let indexingMs = NaN;
	let readyMs = NaN;
	let expect: {text: string; resolve: (at: number) => void} | undefined;
	child.stdout.on('data', (chunk: Buffer) => {
		const now = performance.now();
		const text = chunk.toString('utf8').replace(ANSI, '');
		screen = (screen + text).slice(-20000);
		if (Number.isNaN(indexingMs) && /indexing/.test(screen)) indexingMs = now - start;
		if (Number.isNaN(readyMs) && /\d[\d,]* entit/.test(screen) && !/\b0 entities/.test(screen)) readyMs = now - start;
		if (expect && screen.slice(-4000).includes(expect.text)) {
			const {resolve} = expect;
			expect = undefined;
			resolve(now);
		}
	});
	const during: number[] = [];
	let unanswered = 0;
	try {
		while (Number.isNaN(indexingMs) && Number.isNaN(readyMs)) {
			if (child.exitCode !== null) throw new Error(`the app exited early: ${screen.slice(-500)}`);
			await sleep(20);
		}
		// Type the word letter by letter while indexing lasts; Esc and again.
		while (Number.isNaN(readyMs)) {
			child.stdin.write('/');
			await sleep(100);
			for (let i = 1; i <= word.length && Number.isNaN(readyMs); i++) {
				const shown = new Promise<number>((resolve) => (expect = {text: `/${word.slice(0, i)}▏`, resolve}));
				const sent = performance.now();
				child.stdin.write(word[i - 1]);
				const at = await Promise.race([shown, sleep(5000).then(() => NaN)]);
				expect = undefined;
				if (!Number.isNaN(readyMs) && at > start + readyMs) break;
				if (Number.isNaN(at)) unanswered++;
				else during.push(at - sent);
				await sleep(150);
			}
			child.stdin.write('\u001b');
			await sleep(300);
		}
	} finally {
		child.stdin.write('\u001b');
		await sleep(200);
		child.stdin.write('q');
		await sleep(1000);
		if (child.exitCode === null) child.kill('SIGTERM');
		if (!given) rmSync(cacheDir, {recursive: true, force: true});
	}
	const sorted = [...during].sort((a, b) => a - b);
	const pick = (q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))].toFixed(0) : '–');
	process.stdout.write(
		`indexing phase shown at ${(indexingMs / 1000).toFixed(1)} s; whole index shown at ${(readyMs / 1000).toFixed(1)} s\n` +
			`keys typed while indexing: ${during.length} answered (p50 ${pick(0.5)} ms, p95 ${pick(0.95)} ms, max ${pick(1)} ms), ${unanswered} not answered within 5 s\n`,
	);
}

main().catch((error: unknown) => {
	process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
	process.exitCode = 1;
});
