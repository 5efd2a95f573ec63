// Framing figures on a saved index: `framing` as the command runs it (CPU of the whole process and
// of the command, from /proc/self/stat), and an entity card's framing table in the app, unprepared
// and once the idle job has prepared the first entities' tables. Each measurement in its own
// process, as a user meets it: `npm run build && node dist/bench/framing.js CORPUS CACHE_DIR
// [--config FILE] [--entity NAME]... [--runs N]` (the corpus must have been indexed into CACHE_DIR).
import {spawnSync} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {commandFraming, findEntity} from '../src/commands/framing.js';
import {readUserConfig} from '../src/commands/user-config.js';
import {growHeapFreely, limitHeapGrowth} from '../src/index/heap.js';
import {openIndexStreaming} from '../src/index/open.js';
import type {CorpusIndex} from '../src/index/types.js';
import {entityCard} from '../src/tui/content/entity.js';
import {Model} from '../src/tui/model/model.js';
import {preparation} from '../src/tui/model/preparation.js';
import {SLICE_MS, STEP} from '../src/tui/idle.js';
import {fmt, spread, type Spread} from './stats.js';
import {lexiconTags} from '../src/analysis/entities/lexicon.js';

/** CPU milliseconds of this process so far (user + system), from /proc/self/stat; NaN elsewhere. */
export function processCpuMs(): number {
	try {
		const stat = readFileSync('/proc/self/stat', 'utf8');
		const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
		// Fields 14 and 15 of the file (utime, stime), counted from the state (field 3) here.
		return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
	} catch {
		return NaN;
	}
}

interface Args {
	corpus: string;
	cacheDir: string;
	config?: string;
	entities: string[];
	runs: number;
}

function parse(argv: string[]): Args {
	const rest: string[] = [];
	const args: Args = {corpus: '', cacheDir: '', entities: [], runs: 3};
	for (let i = 0; i < argv.length; i++) {
		if (argv[i] === '--config') args.config = argv[++i];
		else if (argv[i] === '--entity') args.entities.push(argv[++i]);
		else if (argv[i] === '--runs') args.runs = Number(argv[++i]);
		else rest.push(argv[i]);
	}
	[args.corpus, args.cacheDir] = rest;
	if (args.entities.length === 0) args.entities = ['Donald Trump', 'Hamas'];
	return args;
}

async function open(args: Args): Promise<CorpusIndex> {
	const user = readUserConfig(args.config);
	return openIndexStreaming([args.corpus], {cache: true, cacheDir: args.cacheDir, defaults: user.defaults, beforeBuild: limitHeapGrowth, aroundRead: growHeapFreely});
}

/** `framing ENTITY --json` on the saved index: the figures of one process. */
async function cli(args: Args, entity: string) {
	const index = await open(args);
	const before = processCpuMs();
	const start = performance.now();
	const out = commandFraming(index, entity, {by: 'outlet', format: 'json'});
	return {commandMs: performance.now() - start, commandCpuMs: processCpuMs() - before, processCpuMs: processCpuMs(), bytes: out.length};
}

/** The card's framing table: opened at once, and after the app's idle preparation ran to it. */
async function card(args: Args, entity: string, prepared: boolean) {
	const index = await open(args);
	const model = new Model(index);
	const e = findEntity(index, entity);
	let stepMax = 0;
	let idleMs = 0;
	if (prepared) {
		// The app's idle jobs in order, up to the card warm-ups (which would make the card itself).
		const jobs = preparation(model);
		const upTo = jobs.findIndex((j) => j === model.framing.job) + 2;
		// In slices with turns of the event loop between them, as the app's scheduler runs them
		// (the lexicon comes from a worker thread meanwhile).
		const queue = jobs.slice(0, upTo);
		while (queue.length > 0) {
			const slice = performance.now();
			while (queue.length > 0 && performance.now() - slice < SLICE_MS) {
				const t = performance.now();
				if (queue[0].step(STEP)) queue.shift();
				const ms = performance.now() - t;
				idleMs += ms;
				stepMax = Math.max(stepMax, ms);
			}
			await new Promise((resolve) => setTimeout(resolve, 0));
		}
	}
	// The word lexicon first (the app unpacks it on a worker thread as it starts): timed apart.
	const lexiconStart = performance.now();
	lexiconTags('');
	const lexiconMs = performance.now() - lexiconStart;
	const start = performance.now();
	model.framing.of(e);
	const tableMs = performance.now() - start;
	entityCard(e, model, 118, 0);
	return {tableMs, cardMs: performance.now() - start, lexiconMs, idleMs, stepMax, prepared: model.framing.has(e)};
}

function child<T>(mode: string, args: Args, entity: string): T {
	const script = fileURLToPath(import.meta.url);
	const extra = args.config ? ['--config', args.config] : [];
	const result = spawnSync(process.execPath, [script, '--child', mode, args.corpus, args.cacheDir, '--entity', entity, ...extra], {encoding: 'utf8', maxBuffer: 1 << 24});
	if (result.status !== 0) throw new Error(`${mode} ${entity}: ${result.stderr}`);
	return JSON.parse(result.stdout.trim().split('\n').pop()!) as T;
}

const show = (s: Spread, digits = 0) => `${fmt(s.median, digits)} (min ${fmt(s.min, digits)}, max ${fmt(s.max, digits)})`;

async function main(argv: string[]) {
	if (argv[0] === '--child') {
		const [, mode, ...rest] = argv;
		const args = parse(rest);
		const entity = args.entities[0];
		const figures = mode === 'cli' ? await cli(args, entity) : await card(args, entity, mode === 'prepared');
		process.stdout.write(JSON.stringify(figures) + '\n');
		return;
	}
	const args = parse(argv);
	if (!args.corpus || !args.cacheDir) throw new Error('usage: framing.js CORPUS CACHE_DIR [--config FILE] [--entity NAME]... [--runs N]');
	console.log(`presslens bench: framing — ${args.corpus}; ${args.runs} run(s); medians (min, max)`);
	for (const entity of args.entities) {
		const runs = Array.from({length: args.runs}, () => ({
			cli: child<{commandMs: number; commandCpuMs: number; processCpuMs: number}>('cli', args, entity),
			cold: child<{tableMs: number; cardMs: number; lexiconMs: number}>('unprepared', args, entity),
			warm: child<{tableMs: number; cardMs: number; idleMs: number; stepMax: number; prepared: boolean}>('prepared', args, entity),
		}));
		const of = (f: (r: (typeof runs)[number]) => number) => spread(runs.map(f));
		console.log(`\n${entity}`);
		console.log(`  framing command, process CPU (ms)      ${show(of((r) => r.cli.processCpuMs))}`);
		console.log(`  framing command, the command's CPU (ms) ${show(of((r) => r.cli.commandCpuMs))}`);
		console.log(`  card unprepared: table (ms)            ${show(of((r) => r.cold.tableMs))}; whole card ${show(of((r) => r.cold.cardMs))}`);
		console.log(`    lexicon unpacked before it (ms)      ${show(of((r) => r.cold.lexiconMs))} (on a worker thread in the app)`);
		console.log(`  card prepared: table (ms)              ${show(of((r) => r.warm.tableMs), 1)}; whole card ${show(of((r) => r.warm.cardMs), 1)}${runs.every((r) => r.warm.prepared) ? '' : ' (not among the prepared entities)'}`);
		console.log(`  idle preparation up to it (ms)         ${show(of((r) => r.warm.idleMs))}; longest step ${show(of((r) => r.warm.stepMax), 1)}`);
	}
}

await main(process.argv.slice(2));
