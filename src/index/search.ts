// Quick search over the short fields of each pane (titles, outlets, names, aliases, quote texts).
// fuse.js gives typo-tolerant ranking but is too slow to scan tens of thousands of items per
// keystroke, so a bigram index first narrows the items to those sharing most of the query's
// letter pairs; exact substring hits rank first.
import Fuse from 'fuse.js';
import type {CorpusIndex} from './types.js';

export type SearchPane = 'articles' | 'entities' | 'statements';

/** Lower case, accents and tatweel removed, typographic quotes and dashes made plain. */
export function foldText(value: string): string {
	return value
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.replace(/\u0640/g, '')
		.replace(/[‘’ʼ`´]/g, "'")
		.replace(/[“”«»„]/g, '"')
		.replace(/[‐-―]/g, '-')
		.toLowerCase()
		.replace(/\s+/g, ' ');
}

function bigrams(text: string): Set<string> {
	const grams = new Set<string>();
	const chars = Array.from(text);
	for (let i = 0; i + 1 < chars.length; i++) {
		if (chars[i] === ' ' || chars[i + 1] === ' ') continue;
		grams.add(chars[i] + chars[i + 1]);
	}
	return grams;
}

export interface FieldSearchOptions {
	/** Most items handed to fuse.js after the bigram prefilter. */
	maxCandidates?: number;
	/** fuse.js threshold (0 exact … 1 anything). */
	threshold?: number;
	/** Fuzzy matches are looked for only while a query has fewer exact hits than this. */
	fuzzyBelow?: number;
}

/** Search over items described by a few short strings each; returns item indices, best first. */
export class FieldSearch {
	private readonly folded: string[];
	private postings: Map<string, number[]> | undefined;
	private readonly maxCandidates: number;
	private readonly threshold: number;
	private readonly fuzzyBelow: number;
	/** The last query's exact hits (ascending), for the next keystroke. */
	private last: {query: string; hits: number[]} | undefined;

	constructor(fields: string[][], options: FieldSearchOptions = {}) {
		// Fields are joined with a separator no query contains so a match never spans two fields.
		this.folded = fields.map((parts) => foldText(parts.filter(Boolean).join(' \u0001 ')));
		this.maxCandidates = options.maxCandidates ?? 300;
		this.threshold = options.threshold ?? 0.35;
		this.fuzzyBelow = options.fuzzyBelow ?? 200;
	}

	/** Builds the fuzzy prefilter ahead of the first query that needs it. */
	prepare(): void {
		this.index();
		this.heads();
	}

	get size(): number {
		return this.folded.length;
	}

	search(query: string): number[] {
		const q = foldText(query).trim();
		if (!q) return this.folded.map((_, i) => i);
		// Typing extends the query: only the previous query's hits can still contain it.
		const scope = this.last && q.startsWith(this.last.query) ? this.last.hits : undefined;
		const hits: number[] = [];
		const starts: number[] = [];
		const later: number[] = [];
		// A first letter or two matches most items: their posting list (built ahead, in idle turns)
		// spares a scan of every field.
		const short = this.postings && q.length <= 2 && !q.includes(' ') ? this.postings.get(q) ?? [] : undefined;
		if (short && short.length > 20_000) {
			// Tens of thousands of hits for a letter or two: a fresh array that size costs tens of
			// milliseconds, ranking them says little, so they come in item order (the list is shared,
			// not to be changed by callers).
			this.last = {query: q, hits: short};
			return short;
		}
		if (short) {
			// Every item in the list contains the query; only whether it starts with it is left to see.
			// Compared through the first two letters kept as numbers: touching 400k strings costs more.
			const heads = this.heads();
			const shift = q.length === 1 ? 16 : 0;
			const want = q.length === 1 ? q.charCodeAt(0) : ((q.charCodeAt(0) << 16) | q.charCodeAt(1)) >>> 0;
			for (const i of short) (heads[i] >>> shift === want ? starts : later).push(i);
			this.last = {query: q, hits: short};
			return starts.concat(later);
		}
		const within = scope;
		const n = within ? within.length : this.folded.length;
		for (let k = 0; k < n; k++) {
			const i = within ? within[k] : k;
			const at = this.folded[i].indexOf(q);
			if (at < 0) continue;
			hits.push(i);
			// Earlier hits (a name that starts with the query) before later ones, each in item order.
			(at === 0 ? starts : later).push(i);
		}
		this.last = {query: q, hits};
		const result = starts.concat(later);
		// Typo tolerance only once a query says enough (on two or three letters it matches everything)
		// and only while exact hits are few: fuzzy ones rank after them, below what anyone scrolls to.
		if (Array.from(q).length < 4 || hits.length >= this.fuzzyBelow) return result;
		const seen = new Set<number>(hits);
		const candidates = this.candidates(q).filter((i) => !seen.has(i));
		if (candidates.length === 0) return result;
		const fuse = new Fuse(
			candidates.map((i) => ({i, text: this.folded[i]})),
			{keys: ['text'], threshold: this.threshold, ignoreLocation: true, minMatchCharLength: 2},
		);
		for (const hit of fuse.search(q)) result.push(hit.item.i);
		return result;
	}

	/** Items sharing most (60%) of the query's bigrams, most shared first. */
	private candidates(q: string): number[] {
		const postings = this.index();
		const all = [...bigrams(q)];
		if (all.length === 0) return [];
		// Letter pairs found in a large share of items (`th`, `re`) cost the most to count and say
		// little: they are not counted but taken as present, so they only lower the bar for the rest.
		const common = Math.max(1000, this.folded.length / 8);
		const rare = all.filter((gram) => (postings.get(gram)?.length ?? 0) <= common);
		// A query whose common pairs alone would pass the bar is counted in full.
		const enough = Math.ceil(all.length * 0.6);
		const grams = all.length - rare.length < enough ? rare : all;
		const assumed = all.length - grams.length;
		// A typed array and a list of touched items: far cheaper than a Map over 40k items.
		const counts = new Uint16Array(this.folded.length);
		const touched: number[] = [];
		for (const gram of grams) {
			for (const i of postings.get(gram) ?? []) {
				if (counts[i]++ === 0) touched.push(i);
			}
		}
		const needed = Math.max(1, enough - assumed);
		const kept = touched.filter((i) => counts[i] >= needed);
		kept.sort((a, b) => counts[b] - counts[a] || a - b);
		return kept.slice(0, this.maxCandidates);
	}

	private headCodes: Uint32Array | undefined;

	/** Each item's first two UTF-16 code units, packed. */
	private heads(): Uint32Array {
		if (!this.headCodes) {
			const heads = new Uint32Array(this.folded.length);
			this.folded.forEach((text, i) => {
				heads[i] = ((text.charCodeAt(0) || 0) << 16 | (text.charCodeAt(1) || 0)) >>> 0;
			});
			this.headCodes = heads;
		}
		return this.headCodes;
	}

	private building: {postings: Map<string, number[]>; next: number} | undefined;

	/** Adds up to `count` items to the postings; true once they are complete. */
	prepareSome(count: number): boolean {
		if (this.postings) return true;
		this.building ??= {postings: new Map(), next: 0};
		const {postings} = this.building;
		const end = Math.min(this.folded.length, this.building.next + count);
		for (let i = this.building.next; i < end; i++) {
			const text = this.folded[i];
			// Single letters too, for one-letter queries.
			for (const gram of [...bigrams(text), ...new Set(text.replace(/[ \u0001]/g, ''))]) {
				const list = postings.get(gram);
				if (list) list.push(i);
				else postings.set(gram, [i]);
			}
		}
		this.building.next = end;
		if (end < this.folded.length) return false;
		this.postings = postings;
		this.building = undefined;
		this.heads();
		return true;
	}

	private index(): Map<string, number[]> {
		this.prepareSome(Infinity);
		return this.postings!;
	}
}

/** The fields each pane searches; quote texts are capped so one long quote cannot dominate. */
export function paneFields(index: CorpusIndex, pane: SearchPane): string[][] {
	switch (pane) {
		case 'articles':
			return index.articles.map((a) => [a.title ?? '', a.outlet ?? '', a.published ?? '', a.byline ?? '']);
		case 'entities':
			return index.entities.map((e) => [e.name, ...e.aliases]);
		case 'statements':
			// Renderings of one statement are mostly the same words: each distinct opening once, the
			// first few only, so a quote carried by forty outlets is not searched forty times.
			return index.statements.map((s) => [
				s.speakerName ?? '',
				...new Set(s.renderings.map((r) => r.speakerName ?? '')),
				...[...new Set(s.renderings.map((r) => r.text.slice(0, 160)))].slice(0, 3),
				...new Set(s.renderings.map((r) => r.outlet ?? '')),
			]);
	}
}

/** One lazily built FieldSearch per pane for an index. */
export class CorpusSearch {
	private readonly panes = new Map<SearchPane, FieldSearch>();

	constructor(private readonly index: CorpusIndex, private readonly options: FieldSearchOptions = {}) {}

	search(pane: SearchPane, query: string): number[] {
		return this.pane(pane).search(query);
	}

	/** Builds a pane's folded fields and prefilter now rather than on its first query. */
	prepare(pane: SearchPane): void {
		this.pane(pane).prepare();
	}

	/**
	 * The same work in steps of about `chunk` items each (the first folds the fields), for idle
	 * turns: a key pressed meanwhile waits for one step, not for the whole build.
	 */
	prepareSteps(pane: SearchPane, chunk = 2000): Array<() => void> {
		const size = pane === 'articles' ? this.index.articles.length : pane === 'entities' ? this.index.entities.length : this.index.statements.length;
		const steps: Array<() => void> = [() => void this.pane(pane)];
		for (let k = 0; k <= Math.ceil(size / chunk); k++) steps.push(() => void this.pane(pane).prepareSome(chunk));
		return steps;
	}

	private pane(pane: SearchPane): FieldSearch {
		let search = this.panes.get(pane);
		if (!search) {
			search = new FieldSearch(paneFields(this.index, pane), this.options);
			this.panes.set(pane, search);
		}
		return search;
	}
}
