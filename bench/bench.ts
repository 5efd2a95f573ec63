// `npm run bench [-- --corpus PATH] [--runs N] [--compare] [--articles N] [--no-app] [--max-size SIZE] [--scale N]`
// Cold index, warm reopen, search per keystroke, linking, memory and the app's frame times, as
// medians over several runs with min and max. Each measurement runs in its own process. With
// --scale N, the same figures again on a corpus N times as large made from the given one
// (scaleRecord), and the ratio of each figure at N× to 1×.
import {execFileSync, spawnSync} from 'node:child_process';
import {once} from 'node:events';
import {createInterface} from 'node:readline';
import {createGunzip} from 'node:zlib';
import {cpSync, createReadStream, createWriteStream, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {availableParallelism, cpus, loadavg, tmpdir, totalmem} from 'node:os';
import {dirname, join, resolve} from 'node:path';
import {fileURLToPath} from 'node:url';
import {parseArgs} from 'node:util';
import {timeApp, type AppTiming} from './app.js';
import {generateJsonLines, scaleRecord} from './generate.js';
import {fmt, fmtSpread, percentile, spread} from './stats.js';

const here = dirname(fileURLToPath(import.meta.url));
const projectRoot = resolve(here, '..', '..');
// The build is copied first, so that a rebuild during a long run (other work in the same tree)
// cannot mix two versions of the code, or change the cache's code version between runs. The copy
// lives under node_modules so that packages still resolve.
const frozen = join(projectRoot, 'node_modules', '.cache', `presslens-bench-${process.pid}`);
rmSync(frozen, {recursive: true, force: true});
cpSync(join(projectRoot, 'dist'), frozen, {recursive: true});
process.on('exit', () => rmSync(frozen, {recursive: true, force: true}));
const childScript = join(frozen, 'bench', 'child.js');
const bin = join(frozen, 'src', 'cli.js');

const {values: args} = parseArgs({
	options: {
		corpus: {type: 'string'},
		runs: {type: 'string', default: '3'},
		compare: {type: 'boolean', default: false},
		articles: {type: 'string', default: '10000'},
		'no-app': {type: 'boolean', default: false},
		'max-size': {type: 'string'},
		sample: {type: 'string', default: '1500'},
		json: {type: 'string'},
		'keep-cache': {type: 'string'},
		scale: {type: 'string', default: '1'},
		help: {type: 'boolean', default: false},
	},
});

if (args.help) {
	console.log(`npm run bench [-- OPTIONS]
  --corpus PATH     the corpus to measure (default: a generated one of --articles articles)
  --articles N      size of the generated corpus (default 10000)
  --runs N          runs of each measurement; medians with min and max (default 3)
  --compare         also time the baselines (fuse.js, all-pairs linking)
  --sample N        quotes' articles in the all-pairs sample (default 1500)
  --no-app          skip the app's frame times in a pty
  --max-size SIZE   skip files (records) larger than SIZE, as the CLI's --max-size
  --scale N         also measure a corpus N times as large made from the given one, with ratios
  --json FILE       also write the figures as JSON to FILE
  --keep-cache DIR  move the last run's cache to DIR instead of deleting it (to reopen it later)`);
	process.exit(0);
}

const runs = Math.max(1, Number(args.runs));
const maxBytes = args['max-size'] ? Number(execFileSync(process.execPath, ['-e', `import('${join(projectRoot, 'dist/src/corpus/config.js')}').then(m => console.log(m.parseSize(${JSON.stringify(args['max-size'])}, '--max-size')))`]).toString()) : undefined;

function corpusPath(): string {
	if (args.corpus) return resolve(args.corpus);
	const n = Number(args.articles);
	const dir = join(tmpdir(), 'presslens-bench');
	const path = join(dir, `generated-${n}-seed1.jsonl`);
	if (!existsSync(path)) {
		mkdirSync(dir, {recursive: true});
		writeFileSync(path, generateJsonLines({articles: n, seed: 1}));
	}
	return path;
}

function child<T>(mode: string, corpus: string, cacheDir: string, options: object = {}): T {
	const result = spawnSync(process.execPath, [childScript, mode, corpus, cacheDir, JSON.stringify({maxBytes, ...options})], {encoding: 'utf8', maxBuffer: 1 << 26});
	if (result.status !== 0) throw new Error(`bench ${mode} failed: ${result.stderr.slice(-2000)}`);
	return JSON.parse(result.stdout.trim().split('\n').at(-1)!) as T;
}

interface Cold {
	ms: number;
	articles: number;
	textBytes: number;
	mergeMs: number;
	linkMs: number;
	storiesMs?: number;
	peakMB: number;
}
interface PaneTimes {
	buildMs: number;
	keys: number;
	p50: number;
	p95: number;
	max: number;
	queries: string[];
}
interface Warm {
	ms: number;
	articles: number;
	entities: number;
	statements: number;
	peakMB: number;
	renderings: number;
	[pane: string]: unknown;
}
interface Pairs {
	sampleArticles: number;
	sampleQuotes: number;
	totalQuotes: number;
	allPairsMs: number;
	indexedMs: number;
}

// The keys sent to the app, by pane: the first three panes' moves and a search, then a story opened
// and left, then an outlet's page opened and left.
const PANE_KEYS: Array<[string, string[]]> = [
	['articles, entities, statements', ['j', 'j', 'k', '2', 'j', '3', 'j', '1', 'j', 'k', '/', 's', 'a', 'i', 'd', '\u007f', '\u007f', '\u007f', '\u007f', '\r']],
	['stories', ['4', 'j', 'j', 'k', '\r', 'j', 'k', '\u001b']],
	['outlets', ['5', 'j', '\r', 'j', '\u001b', '1']],
];
const KEYS = PANE_KEYS.flatMap(([, keys]) => keys);
/** What a key with no frame within the app timing's 2 s counts as. */
const NO_FRAME_MS = 2000;

interface Measured {
	corpus: string;
	colds: Cold[];
	warms: Warm[];
	apps: AppTiming[];
	pairs?: Pairs;
	load: number[][];
}

const log = (s: string) => process.stderr.write(`${s}\n`);

/** Every figure's runs on one corpus. */
async function measure(corpus: string): Promise<Measured> {
	const load = [loadavg()];
	log(`corpus ${corpus} (${fmt(statSync(corpus).size / 1e6)} MB on disk); ${runs} run(s); ${availableParallelism()} cores; load ${loadavg().map((v) => v.toFixed(2)).join(' ')}`);
	const colds: Cold[] = [];
	const warms: Warm[] = [];
	const apps: AppTiming[] = [];
	let lastCache = '';
	for (let run = 1; run <= runs; run++) {
		const cacheDir = mkdtempSync(join(tmpdir(), 'presslens-bench-cache-'));
		log(`run ${run}: cold index…`);
		colds.push(child<Cold>('cold', corpus, cacheDir));
		load.push(loadavg());
		log(`run ${run}: cold ${fmt(colds.at(-1)!.ms / 1000)} s; warm reopen and search…`);
		warms.push(child<Warm>('warm', corpus, cacheDir, {compare: args.compare && run === runs}));
		load.push(loadavg());
		if (!args['no-app']) {
			log(`run ${run}: app in a pseudo-terminal…`);
			try {
				apps.push(await timeApp(bin, corpus, cacheDir, KEYS, maxBytes ? ['--max-size', String(maxBytes)] : []));
			} catch (error) {
				log(`app timing failed: ${(error as Error).message}`);
			}
		}
		if (lastCache) rmSync(lastCache, {recursive: true, force: true});
		lastCache = cacheDir;
	}
	let pairs: Pairs | undefined;
	if (args.compare) {
		log('linking baseline (all pairs on a sample)…');
		pairs = child<Pairs>('pairs', corpus, lastCache, {sample: Number(args.sample), totalQuotes: warms.at(-1)!.renderings});
	}
	if (args['keep-cache']) {
		rmSync(args['keep-cache'], {recursive: true, force: true});
		renameSync(lastCache, args['keep-cache']);
		log(`cache kept in ${args['keep-cache']}`);
	} else rmSync(lastCache, {recursive: true, force: true});

	return {corpus, colds, warms, apps, pairs, load};
}

/** The panes whose searches the warm child times (every pane of the app's registry). */
const PANES = ['articles', 'entities', 'statements', 'stories', 'outlets'];

/** The report of one corpus's figures, as lines. */
function report({corpus, colds, warms, apps, pairs, load}: Measured): string[] {
	const out: string[] = [];
	const line = (label: string, value: string) => out.push(`${label.padEnd(34)} ${value}`);
	const articles = colds[0].articles;
	const textMB = colds[0].textBytes / 1e6;
	out.push(`presslens bench — ${corpus}`);
	out.push(`${articles.toLocaleString('en-US')} articles, ${fmt(textMB)} MB of article text; ${runs} run(s); medians (min, max)`);
	out.push(`machine: ${availableParallelism()} cores (${cpus()[0]?.model ?? '?'}), ${fmt(totalmem() / 2 ** 30)} GiB; load average during the runs ${fmt(Math.min(...load.map((l) => l[0])), 2)}–${fmt(Math.max(...load.map((l) => l[0])), 2)}`);
	out.push('');
	const coldS = spread(colds.map((c) => c.ms / 1000));
	line('cold index (s)', fmtSpread(coldS));
	line('  throughput (articles/s)', fmtSpread(spread(colds.map((c) => c.articles / (c.ms / 1000)))));
	line('  throughput (MB text/s)', fmtSpread(spread(colds.map((c) => c.textBytes / 1e6 / (c.ms / 1000))), 2));
	line('  entity merging (s)', fmtSpread(spread(colds.map((c) => c.mergeMs / 1000)), 2));
	line('  statement linking (s)', fmtSpread(spread(colds.map((c) => c.linkMs / 1000)), 2));
	line('  story grouping (s)', fmtSpread(spread(colds.map((c) => (c.storiesMs ?? 0) / 1000)), 2));
	line('  peak memory, cold (MB)', fmtSpread(spread(colds.map((c) => c.peakMB))));
	line('warm reopen (s)', fmtSpread(spread(warms.map((w) => w.ms / 1000)), 2));
	line('  peak memory, warm + search (MB)', fmtSpread(spread(warms.map((w) => w.peakMB))));
	line("  app's idle preparation (ms)", fmtSpread(spread(warms.map((w) => Number(w.prepareMs ?? NaN)))));
	for (const pane of PANES) {
		const times = warms.map((w) => w[pane] as PaneTimes);
		line(`search ${pane}: p50 per key (ms)`, fmtSpread(spread(times.map((t) => t.p50)), 2));
		line(`search ${pane}: p95 per key (ms)`, fmtSpread(spread(times.map((t) => t.p95)), 2));
		line(`  index build, once (ms)`, fmtSpread(spread(times.map((t) => t.buildMs))));
		const queries = warms.map((w) => w[`${pane}Query`] as PaneTimes);
		const label = pane === 'articles' ? 'full text, several words' : 'several words and field terms';
		line(`  app query, ${label}: p50 (ms)`, fmtSpread(spread(queries.map((t) => t.p50)), 2));
		line(`  app query, ${label}: p95 (ms)`, fmtSpread(spread(queries.map((t) => t.p95)), 2));
		line(`  app query: p95 CPU time (ms)`, fmtSpread(spread(queries.map((t) => Number((t as PaneTimes & {cpuP95?: number}).cpuP95 ?? NaN))), 2));
		const base = warms.at(-1)![`${pane}Baseline`] as {p50: number; p95: number; keys: number} | undefined;
		if (base) {
			const what = pane === 'articles' ? 'fuse.js over full bodies' : 'fuse.js alone, same fields';
			// Articles: against the full-text query, which searches what fuse.js searches (bodies).
			const ours = pane === 'articles' ? queries.at(-1)!.p50 : times.at(-1)!.p50;
			line(`  baseline: ${what}`, `p50 ${fmt(base.p50)} ms, p95 ${fmt(base.p95)} ms over ${base.keys} keys: ×${fmt(base.p50 / Math.max(0.001, ours))} slower at p50`);
		}
	}
	if (pairs) {
		const full = (pairs.allPairsMs * (pairs.totalQuotes / pairs.sampleQuotes) ** 2) / 1000;
		const linkS = spread(colds.map((c) => c.linkMs / 1000)).median;
		line('linking baseline: all pairs', `${fmt(pairs.allPairsMs / 1000, 2)} s for ${pairs.sampleQuotes.toLocaleString('en-US')} quotes (${pairs.sampleArticles} articles), cheapest check only; candidate index on the same sample ${fmt(pairs.indexedMs / 1000, 2)} s`);
		line('  extrapolated to all quotes', `${fmt(full)} s for ${pairs.totalQuotes.toLocaleString('en-US')} quotes (× (N/n)²): ×${fmt(full / Math.max(0.001, linkS))} the indexed linking`);
	}
	if (apps.length) {
		line('app: first frame (ms)', fmtSpread(spread(apps.map((a) => a.firstFrameMs))));
		line('app: whole index shown (ms)', fmtSpread(spread(apps.map((a) => a.readyMs))));
		// A key with no frame within 2 s counts as 2 s (at least): leaving it out would hide a freeze.
		const timed = (values: number[]) => values.map((v) => (Number.isFinite(v) ? v : NO_FRAME_MS));
		const keysLine = (values: number[]) => {
			const missed = values.filter((v) => !Number.isFinite(v)).length;
			const all = timed(values);
			return `p50 ${fmt(percentile(all, 50))}, p95 ${fmt(percentile(all, 95))}, max ${fmt(Math.max(...all))} over ${all.length} keys${missed ? `, ${missed} with no frame in 2 s` : ''}`;
		};
		line('app: keypress to frame (ms)', `${keysLine(apps.flatMap((a) => a.perKey))} (pty via script)`);
		let from = 0;
		for (const [panes, sent] of PANE_KEYS) {
			const slice = apps.flatMap((a) => a.perKey.slice(from, from + sent.length));
			from += sent.length;
			if (slice.length) line(`  in ${panes}`, keysLine(slice));
		}
		line('app: longest idle step (ms)', fmtSpread(spread(apps.map((a) => a.longestStepMs))));
		line('app: longest collection pause (ms)', fmtSpread(spread(apps.map((a) => a.longestGcMs))));
		line('  idle steps and pauses over 50 ms', fmtSpread(spread(apps.map((a) => a.over50))));
	}
	return out;
}

/** The medians a scaled run is compared on: [label, value]. */
function headline({colds, warms}: Measured): Array<[string, number]> {
	const median = (values: number[]) => spread(values).median;
	const p95 = (pane: string) => median(warms.map((w) => (w[pane] as PaneTimes).p95));
	return [
		['cold index (s)', median(colds.map((c) => c.ms / 1000))],
		['  entity merging (s)', median(colds.map((c) => c.mergeMs / 1000))],
		['  statement linking (s)', median(colds.map((c) => c.linkMs / 1000))],
		['  peak memory, cold (MB)', median(colds.map((c) => c.peakMB))],
		['warm reopen (s)', median(warms.map((w) => w.ms / 1000))],
		['  peak memory, warm + search (MB)', median(warms.map((w) => w.peakMB))],
		['search articles: p95 per key (ms)', p95('articles')],
		['search entities: p95 per key (ms)', p95('entities')],
		['search statements: p95 per key (ms)', p95('statements')],
		['search stories: p95 per key (ms)', p95('stories')],
		['search outlets: p95 per key (ms)', p95('outlets')],
	];
}

/**
 * The corpus `factor` times over (JSON Lines, gzipped or not): each record, then its copies
 * (scaleRecord), record by record, so a copy sits near its original as a republished story would.
 */
async function scaledCorpus(source: string, factor: number): Promise<string> {
	if (!/\.jsonl(?:\.gz)?$/.test(source)) throw new Error('--scale needs a JSON Lines corpus (.jsonl or .jsonl.gz)');
	const path = join(mkdtempSync(join(tmpdir(), 'presslens-bench-scaled-')), `scaled-${factor}x.jsonl`);
	const input = createReadStream(source);
	const lines = createInterface({input: source.endsWith('.gz') ? input.pipe(createGunzip()) : input, crlfDelay: Infinity});
	const out = createWriteStream(path);
	for await (const line of lines) {
		if (line.trim() === '') continue;
		const record = JSON.parse(line) as Record<string, unknown>;
		for (let copy = 0; copy < factor; copy++) {
			if (!out.write(JSON.stringify(scaleRecord(record, copy)) + '\n')) await once(out, 'drain');
		}
	}
	out.end();
	await once(out, 'finish');
	return path;
}

async function main() {
	const factor = Math.max(1, Math.floor(Number(args.scale)));
	const base = await measure(corpusPath());
	const out = report(base);
	const results: Measured[] = [base];
	if (factor > 1) {
		log(`building the corpus ${factor}× over…`);
		const path = await scaledCorpus(base.corpus, factor);
		try {
			const scaled = await measure(path);
			results.push(scaled);
			out.push('', ...report(scaled), '', `growth from 1× to ${factor}× (medians; ${factor}× the articles)`);
			const before = headline(base);
			const after = headline(scaled);
			for (const [i, [label, value]] of after.entries()) out.push(`${label.padEnd(34)} ${fmt(before[i][1], 2)} → ${fmt(value, 2)}: ×${fmt(value / Math.max(1e-9, before[i][1]), 2)}`);
		} finally {
			rmSync(dirname(path), {recursive: true, force: true});
		}
	}
	process.stdout.write(out.join('\n') + '\n');
	if (args.json) writeFileSync(args.json, JSON.stringify(factor > 1 ? results : base, null, 1));
}

main().catch((error: unknown) => {
	process.stderr.write(`${(error as Error)?.stack ?? error}\n`);
	process.exit(1);
});
