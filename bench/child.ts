// One benchmark measurement in a fresh process (so memory figures are its own), printing one JSON
// line: `node dist/bench/child.js MODE CORPUS CACHE_DIR [options JSON]`.
//   cold   index with an empty cache          warm   reopen from the cache, then time search
//   pairs  all-pairs linking baseline on a sample of quotes
import Fuse from 'fuse.js';
import {analyzeArticle} from '../src/analysis/article.js';
import {contentTerms, sortedIds, Vocabulary} from '../src/analysis/linking/tokens.js';
import {weightedContainment, worthAligning} from '../src/analysis/linking/similarity.js';
import {linkStatements} from '../src/analysis/statements.js';
import {mergeEntities} from '../src/analysis/entities.js';
import {loadCorpus} from '../src/corpus/load.js';
import type {BuildTimings} from '../src/index/build.js';
import {AnalysisCache} from '../src/index/cache.js';
import {fullCollection, growHeapFreely, limitHeapGrowth} from '../src/index/heap.js';
import {openIndexStreaming} from '../src/index/open.js';
import {FieldSearch} from '../src/index/search.js';
import {Model} from '../src/tui/model/model.js';
import {preparation} from '../src/tui/model/preparation.js';
import {REGISTRY} from '../src/tui/specs/registry.js';
import type {CorpusIndex} from '../src/index/types.js';
import {percentile} from './stats.js';

interface Options {
	maxBytes?: number;
	compare?: boolean;
	sample?: number;
	/** Quotes in the whole corpus (renderings of the warm index), for the extrapolation. */
	totalQuotes?: number;
}

const [mode, corpus, cacheDir, rawOptions] = process.argv.slice(2);
const options: Options = rawOptions ? JSON.parse(rawOptions) : {};
const peakMB = () => process.resourceUsage().maxRSS / 1024;

async function open(): Promise<{index: CorpusIndex; ms: number; timings: BuildTimings}> {
	const timings: BuildTimings = {};
	const start = performance.now();
	// Built as the CLI and the app build it: a large corpus on a worker thread (build-thread.ts).
	const index = await openIndexStreaming([corpus], {cache: true, cacheDir, maxBytes: options.maxBytes, timings, beforeBuild: limitHeapGrowth, aroundRead: growHeapFreely, buildThread: 'auto'});
	return {index, ms: performance.now() - start, timings};
}

/** Queries a user might type in each pane, taken from the corpus itself so they hit something. */
function queries(index: CorpusIndex): Record<string, string[]> {
	const at = <T>(list: T[], f: number) => list[Math.min(list.length - 1, Math.floor(list.length * f))];
	const word = (text: string | null | undefined, n: number) => (text ?? '').split(/\s+/).filter((w) => w.length > 3)[n] ?? 'news';
	const linked = index.statements.filter((s) => s.outlets > 1);
	const statements = linked.length ? linked : index.statements;
	const body = (f: number, n: number) => word(at(index.articles, f).body, n);
	const stories = index.stories ?? [];
	return {
		// Words of bodies (full text), two and three words in any order (every one must match).
		articlesQuery: [body(0.3, 12), `${body(0.6, 8)} ${body(0.6, 20)}`, `${body(0.8, 5)} ${body(0.8, 30)} ${body(0.8, 40)}`, 'goverment'],
		entitiesQuery: [`${word(at(index.entities, 0.01)?.name, 0)} ${word(at(index.entities, 0.01)?.name, 1)}`, `type:per ${at(index.entities, 0.05)?.name ?? 'a'}`],
		statementsQuery: statements.length ? [`${word(at(statements, 0).renderings[0].text, 1)} ${word(at(statements, 0).renderings[0].text, 3)}`, `speaker:${word(at(statements, 0.2).speakerName, 0)} ${word(at(statements, 0.2).renderings[0].text, 2)}`] : ['said'],
		articles: [at(index.articles, 0.1).outlet ?? 'news', word(at(index.articles, 0.5).title, 0), `${word(at(index.articles, 0.7).title, 1)} ${word(at(index.articles, 0.7).title, 2)}`, 'goverment'],
		entities: [at(index.entities, 0).name, at(index.entities, 0.01)?.name ?? 'a', at(index.entities, 0.3)?.name ?? 'b', 'presdent'],
		statements: statements.length ? [word(at(statements, 0).renderings[0].text, 1), word(at(statements, 0.5).renderings[0].text, 2), at(statements, 0.2).speakerName ?? 'said'] : ['said'],
		// Every pane of the registry is timed (the Stories pane came after this list was written).
		storiesQuery: stories.length ? [`${word(at(stories, 0).title, 0)} ${word(at(stories, 0).title, 1)}`] : ['news'],
		stories: stories.length ? [word(at(stories, 0).title, 0), at(stories, 0.5).outlets[0] ?? 'news'] : ['news'],
		// The Outlets pane (key 5): outlet names, one word and two.
		outletsQuery: [`${word(at(index.articles, 0.4).outlet, 0)} ${word(at(index.articles, 0.4).outlet, 1)}`],
		outlets: [at(index.articles, 0.2).outlet ?? 'news', word(at(index.articles, 0.6).outlet, 0)],
	};
}

/**
 * A full, blocking garbage collection now, then the pause a user takes before typing. The
 * collection frees its pages on background threads for a while after it returns (hundreds of
 * milliseconds on a heap of gigabytes), and a key timed during that pays for it: the first key
 * typed in each pane took 200 ms here, none does in the app, where no collection is forced a
 * moment before a key.
 */
async function collectThenPause(): Promise<void> {
	fullCollection();
	await new Promise((done) => setTimeout(done, 1_000));
}

/** Milliseconds per keystroke: every prefix of every query, as typed. */
function keystrokes(search: (q: string) => unknown, list: string[], limit = Infinity): number[] {
	const times: number[] = [];
	for (const query of list) {
		for (let i = 1; i <= query.length && times.length < limit; i++) {
			const start = performance.now();
			search(query.slice(0, i));
			times.push(performance.now() - start);
		}
	}
	return times;
}

async function warm() {
	const {index, ms} = await open();
	let renderings = 0;
	for (const s of index.statements) renderings += s.renderings.length;
	const result: Record<string, unknown> = {ms, articles: index.articles.length, entities: index.entities.length, statements: index.statements.length, renderings};
	const qs = queries(index);
	// Each pane's search over the fields its spec names, as the app builds it.
	for (const spec of REGISTRY.panes) {
		const pane = spec.id;
		const items = spec.items(index);
		// The short-field search alone (FieldSearch), as before the full-text queries.
		const buildStart = performance.now();
		const search = new FieldSearch({size: items.length, get: (i) => spec.search(items[i])});
		search.warmUp(); // what the app does in idle turns before the first search
		const buildMs = performance.now() - buildStart;
		// A pane without queries of its own here fails loudly rather than be skipped unseen.
		if (!qs[pane] || !qs[`${pane}Query`]) throw new Error(`bench: no queries for the ${pane} pane`);
		const times = keystrokes((q) => search.search(q), qs[pane]);
		result[pane] = {buildMs, keys: times.length, p50: percentile(times, 50), p95: percentile(times, 95), max: Math.max(...times), queries: qs[pane]};
		if (options.compare) {
			// Baselines: fuse.js alone; over the article bodies for articles, over the same short fields otherwise.
			const docs: Array<Record<string, string>> =
				pane === 'articles'
					? index.articles.map((a) => ({title: a.title ?? '', outlet: a.outlet ?? '', body: a.body}))
					: items.map((item) => ({text: spec.search(item).join(' ')}));
			const keys = pane === 'articles' ? ['title', 'outlet', 'body'] : ['text'];
			const fuse = new Fuse(docs, {keys, threshold: 0.35, ignoreLocation: true, minMatchCharLength: 2});
			const base = keystrokes((q) => fuse.search(q), qs[pane], pane === 'articles' ? 4 : 12);
			result[`${pane}Baseline`] = {keys: base.length, p50: percentile(base, 50), p95: percentile(base, 95)};
		}
	}
	// The app's own path for a typed query: parsed, every word in the short fields or (Articles) the
	// saved body index, ranked; fuse.js over the bodies above is the baseline.
	// Warmed up as the app warms up: every job of its idle preparation done (searches, lookups, field
	// values, the body index when not saved), then one full collection, so that the keystrokes timed
	// pay for what a user's do and not for the garbage of the preparation.
	const model = new Model(index);
	const state = REGISTRY.initialState();
	const prepareStart = performance.now();
	for (const job of preparation(model)) job.finish();
	result.prepareMs = performance.now() - prepareStart;
	await collectThenPause();
	for (const spec of REGISTRY.panes) {
		const pane = spec.id;
		const buildStart = performance.now();
		model.panes.search(pane).warmUp();
		model.panes.rows({...state, focus: pane, search: 'warm'}, pane);
		const buildMs = performance.now() - buildStart;
		await collectThenPause();
		const list = qs[`${pane}Query`];
		const typed = list.flatMap((q) => Array.from({length: q.length}, (_, i) => q.slice(0, i + 1)));
		// CPU time of the process per keystroke beside the wall time: on a machine shared with other
		// work the wall time also counts the waits for a core, the CPU time only the key's own work.
		const cpu: number[] = [];
		const times = keystrokes((q) => {
			const before = process.cpuUsage();
			model.panes.rows({...state, focus: pane, search: q}, pane);
			const used = process.cpuUsage(before);
			cpu.push((used.user + used.system) / 1000);
		}, list);
		// The slowest keystrokes, as typed, to see which kind of key the p95 is made of.
		const slowest = times.map((ms, k) => [typed[k], Math.round(ms * 10) / 10] as const).sort((a, b) => b[1] - a[1]).slice(0, 4);
		result[`${pane}Query`] = {buildMs, keys: times.length, p50: percentile(times, 50), p95: percentile(times, 95), max: Math.max(...times), cpuP50: percentile(cpu, 50), cpuP95: percentile(cpu, 95), queries: list, slowest};
	}
	result.peakMB = peakMB();
	return result;
}

async function cold() {
	const {index, ms, timings} = await open();
	let textBytes = 0;
	for (const a of index.articles) textBytes += Buffer.byteLength(a.body);
	return {ms, articles: index.articles.length, textBytes, mergeMs: timings.mergeMs, linkMs: timings.linkMs, storiesMs: timings.storiesMs, peakMB: peakMB()};
}

/**
 * The plain alternative to a candidate index: every pair of quotes from different articles gets at
 * least the linker's cheapest check (weighted containment of content words, unit weights). Timed on
 * a sample and extrapolated by the square of the number of quotes.
 */
async function pairs() {
	const loaded = await loadCorpus([corpus], {maxBytes: options.maxBytes});
	const cache = new AnalysisCache(cacheDir);
	const sampleSize = Math.min(options.sample ?? 1500, loaded.articles.length);
	// Every k-th article, so the sample spans the corpus's outlets and dates.
	const step = loaded.articles.length / sampleSize;
	const articles = Array.from({length: sampleSize}, (_, i) => loaded.articles[Math.floor(i * step)]);
	const analyses = articles.map((a) => cache.get(a.hash, a.id) ?? analyzeArticle(a));
	const vocabulary = new Vocabulary();
	const units = analyses.flatMap((an, ai) => an.quotes.map((q) => ({article: ai, terms: sortedIds(contentTerms(q.text).map((t) => vocabulary.id(t)))})));
	const totalQuotes = options.totalQuotes ?? NaN;
	const start = performance.now();
	let kept = 0;
	const one = () => 1;
	for (let i = 0; i < units.length; i++) {
		for (let j = i + 1; j < units.length; j++) {
			if (units[i].article === units[j].article) continue;
			const quick = weightedContainment(units[i].terms, units[j].terms, one);
			if (worthAligning(quick.shared, quick.containment)) kept++;
		}
	}
	const allPairsMs = performance.now() - start;
	const entities = mergeEntities(articles, analyses);
	const linkStart = performance.now();
	linkStatements(articles, analyses, entities);
	const indexedMs = performance.now() - linkStart;
	return {sampleArticles: sampleSize, sampleQuotes: units.length, totalQuotes, allPairsMs, indexedMs, kept};
}

const run = mode === 'cold' ? cold : mode === 'warm' ? warm : mode === 'pairs' ? pairs : null;
if (!run) {
	process.stderr.write(`unknown mode ${mode}\n`);
	process.exit(2);
}
run().then(
	(result) => {
		process.stdout.write(JSON.stringify(result) + '\n');
		process.exit(0);
	},
	(error: unknown) => {
		process.stderr.write(`${(error as Error)?.stack ?? error}\n`);
		process.exit(1);
	},
);
