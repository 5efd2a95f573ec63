// What the saved index holds, field by field: the one description both writing and reading follow
// (snapshot-codec.ts runs it). A field added to Article, Entity, Statement, Rendering or Descriptor
// without a line here does not compile; a field added at run time only is caught by the test that
// saves a real index and expects no record stored as JSON.
//
// Fields costly to make and seldom all needed are made on first read: article bodies (read from the
// file per article, each checked against its checksum), paragraphs (cut from the body unless
// stored), entity mention counts and mention spans (packed integers, the spans read from the file
// when first needed). Each has its values in a Runs table and the record holds a handle to them.
import type {Story} from '../analysis/stories/types.js';
import type {Descriptor, Entity, Mention, Rendering, Statement} from '../analysis/types.js';
import type {Article} from '../corpus/types.js';
import type {Job} from './job.js';
import {
	type Decoder,
	derived,
	Encoder,
	type FieldKind,
	hasKeys,
	int,
	IntWriter,
	isInt,
	isPlainObject,
	isStrList,
	json,
	list,
	NULL,
	once,
	record,
	ref,
	optional,
	refs,
} from './snapshot-codec.js';

/** What writing needs beside the integer stream: article positions, and the parts of the lazy fields. */
export interface EncodeExtra {
	articles: Article[];
	articleAt: Map<string, number>;
	bodies: string[];
	bodyBytes: number;
	mentionPairs: IntWriter;
	spanInts: IntWriter;
}

/**
 * Where the values of one field made on first read are: a run (start, length) in some part of the
 * file, or a value already parsed. A handle is the run's place (0, 1, …) or, for a value, -1, -2, ….
 */
export class Runs {
	private readonly at: number[] = [];
	private readonly values: unknown[] = [];
	/** Runs of a length over zero (the file is needed for them). */
	used = 0;

	get count(): number {
		return this.at.length / 2;
	}

	add(start: number, length: number): number {
		this.at.push(start, length);
		if (length > 0) this.used++;
		return this.at.length / 2 - 1;
	}

	addValue(value: unknown): number {
		this.values.push(value);
		return -this.values.length;
	}

	get<T>(handle: number, make: (start: number, length: number) => T): T {
		return handle < 0 ? (this.values[-handle - 1] as T) : make(this.at[handle * 2], this.at[handle * 2 + 1]);
	}
}

/** The parts of the saved file read on first use, provided by the file once decoding has succeeded. */
export interface LazyParts {
	/** The body of run `index`: `length` bytes at `start` in the bodies part, checked. */
	body(index: number, start: number, length: number): string;
	/** The packed spans part, four integers per span. */
	spans(): Int32Array;
	/** Reads up to `bytes` more of the spans part; true once it is all read. */
	readSpans(bytes: number): boolean;
}

/** What reading needs beside the integer stream. */
export class DecodeSource {
	articles: Article[] = [];
	readonly bodies = new Runs();
	readonly mentions = new Runs();
	readonly spans = new Runs();
	/** Bytes of the bodies part handed out so far (bodies are stored one after the other). */
	bodyEnd = 0;
	/** Set once the whole index has decoded: until then nothing is read from the file. */
	parts: LazyParts | undefined;

	constructor(
		readonly mentionPairs: Int32Array,
		readonly bodiesLength: number,
		/** Spans the spans part holds. */
		readonly spanCount: number,
	) {}
}

type Kind = FieldKind<EncodeExtra, DecodeSource>;
type Rec = Record<string, unknown>;

/** UTF-8 keeps every string but one with an unpaired surrogate half. */
function utf8Safe(s: string): boolean {
	return !/[\uD800-\uDFFF]/.test(s) || Buffer.from(s, 'utf8').toString('utf8') === s;
}

/** The article body: its UTF-8 bytes in the bodies part, written last and read per article. */
const body: Kind = {
	fits: (v) => typeof v === 'string' && utf8Safe(v),
	write(v, _r, e) {
		const length = Buffer.byteLength(v as string, 'utf8');
		e.extra.bodies.push(v as string);
		e.extra.bodyBytes += length;
		e.ints.push(length);
	},
	read(d, s) {
		const length = d.int();
		if (!(length >= 0 && s.bodyEnd + length <= s.bodiesLength)) throw new Error('bad body');
		const handle = s.bodies.add(s.bodyEnd, length);
		s.bodyEnd += length;
		return handle;
	},
	load: (h, _r, s) => s.bodies.get(h as number, (start, length) => (length === 0 ? '' : (s.parts?.body(h as number, start, length) ?? ''))),
};

/** Paragraphs are stored only when they are not simply the body cut at blank lines. */
const paragraphs: Kind = {
	fits: isStrList,
	write(v, r, e) {
		const list = v as string[];
		const text = r.body as string;
		const cut = text ? text.split('\n\n') : [];
		const same = list.length === cut.length && list.every((p, i) => p === cut[i]);
		e.ints.push(same ? NULL : e.strings.json(list));
	},
	// Stored paragraphs are parsed now, so a damaged file is found at open, not on first read.
	read: (d) => {
		const at = d.int();
		return at === NULL ? null : (JSON.parse(d.str(at) as string) as string[]);
	},
	load: (own, r) => (own as string[] | null) ?? (r.body ? (r.body as string).split('\n\n') : []),
};

/** Mentions per article as (article, count) pairs when every key is an article of the index; else JSON. */
const mentions: Kind = {
	fits: () => true,
	write(v, _r, e) {
		const {articleAt, mentionPairs: pairs} = e.extra;
		if (isPlainObject(v)) {
			const keys = Object.keys(v);
			if (keys.every((k) => articleAt.has(k) && isInt(v[k]))) {
				e.ints.push(keys.length);
				e.ints.push(pairs.length / 2);
				for (const k of keys) {
					pairs.push(articleAt.get(k)!);
					pairs.push(v[k] as number);
				}
				return;
			}
		}
		e.storedAsJson('entity.mentions');
		e.ints.push(NULL);
		e.ints.push(e.strings.json(v));
	},
	read(d, s) {
		const count = d.int();
		if (count === NULL) return s.mentions.addValue(d.json());
		const from = d.int();
		const pairs = s.mentionPairs;
		if (!(count >= 0 && from >= 0 && (from + count) * 2 <= pairs.length)) throw new Error('bad mentions');
		for (let m = from * 2; m < (from + count) * 2; m += 2) if (!(pairs[m] >= 0 && pairs[m] < s.articles.length)) throw new Error('bad mentions');
		return s.mentions.add(from, count);
	},
	load: (h, _r, s) =>
		s.mentions.get(h as number, (from, count) => {
			const out: Record<string, number> = {};
			const pairs = s.mentionPairs;
			for (let m = from * 2; m < (from + count) * 2; m += 2) out[s.articles[pairs[m]].id] = pairs[m + 1];
			return out;
		}),
};

const MENTION_KEYS = ['article', 'start', 'end', 'field', 'text'];

/** Spans as (article, start, end, field) integers when their text is the article's own text there; else JSON. */
const spans: Kind = {
	fits: () => true,
	write(v, _r, e) {
		const {articles, articleAt, spanInts: out} = e.extra;
		if (Array.isArray(v)) {
			const from = out.length;
			let packable = true;
			for (const m of v as Rec[]) {
				const ai = isPlainObject(m) && hasKeys(m, MENTION_KEYS) && isInt(m.start) && isInt(m.end) ? articleAt.get(m.article as string) : undefined;
				if (ai === undefined || (m.field !== 'title' && m.field !== 'body')) {
					packable = false;
					break;
				}
				const source = m.field === 'title' ? articles[ai].title : articles[ai].body;
				const {start, end, text} = m as {start: number; end: number; text: unknown};
				// What slice() would give, compared without making the slice in the usual case.
				const same =
					typeof source === 'string' &&
					typeof text === 'string' &&
					(start >= 0 && end <= source.length && end - start === text.length ? source.startsWith(text, start) : source.slice(start, end) === text);
				if (!same) {
					packable = false;
					break;
				}
				out.push(ai);
				out.push(start);
				out.push(end);
				out.push(m.field === 'title' ? 1 : 0);
			}
			if (packable) {
				e.ints.push(v.length);
				e.ints.push(from / 4);
				return;
			}
			out.truncate(from);
		}
		e.storedAsJson('entity.spans');
		e.ints.push(NULL);
		e.ints.push(e.strings.json(v));
	},
	read(d, s) {
		const count = d.int();
		if (count === NULL) return s.spans.addValue(d.json());
		const from = d.int();
		if (!(count >= 0 && from >= 0 && from + count <= s.spanCount)) throw new Error('bad spans');
		return s.spans.add(from, count);
	},
	load: (h, _r, s) => s.spans.get(h as number, (from, count) => (count > 0 && s.parts ? unpackSpans(s.parts.spans(), from, count, s.articles) : [])),
	attach(record, h, s) {
		if ((h as number) >= 0) packedSpans.set(record, {handle: h as number, source: s});
	},
};

/** Each entity read from a saved file whose spans are packed there: where (see eachSpanStart). */
const packedSpans = new WeakMap<object, {handle: number; source: DecodeSource}>();

/**
 * Calls `visit` with the article, field and start of each of the entity's spans (those at places
 * `from` to `to`, all by default), and says how many places it passed. While the spans of an
 * entity read from a saved index have not been read, they are taken from the packed integers
 * without making a Mention of each (the app's pass filing every organisation's mentions by article
 * needs only where they start). Fewer places passed than asked for: the entity has no more.
 */
export function eachSpanStart(entity: {spans: readonly Mention[]}, visit: (article: string, field: 'body' | 'title', start: number) => void, from = 0, to = Infinity): number {
	const at = packed(entity);
	if (at) {
		const {articles} = at.source;
		const end = Math.min(at.count, to);
		for (let i = from; i < end; i++) {
			const p = (at.first + i) * 4;
			if (p + 3 >= at.ints.length) break;
			const article = articles[at.ints[p]];
			if (article) visit(article.id, at.ints[p + 3] === 1 ? 'title' : 'body', at.ints[p + 1]);
		}
		return Math.max(0, end - from);
	}
	const list = entity.spans;
	const end = Math.min(list.length, to);
	for (let i = from; i < end; i++) visit(list[i].article, list[i].field, list[i].start);
	return Math.max(0, end - from);
}

/** The packed spans of an entity whose spans getter is still in place (neither read nor replaced since the file was read). */
function packed(entity: object): {source: DecodeSource; ints: Int32Array; first: number; count: number} | undefined {
	const at = packedSpans.get(entity);
	const parts = at?.source.parts;
	if (!at || !parts || !Object.getOwnPropertyDescriptor(entity, 'spans')?.get) return undefined;
	const [first, count] = at.source.spans.get(at.handle, (start, length) => [start, length]);
	return {source: at.source, ints: parts.spans(), first, count};
}

/**
 * Makes the entity's Mentions from the saved index a budget at a time (a Job), then gives them to
 * it, as reading its spans would make them at once (174,000 for the most named on AllSides: a
 * quarter of a second); undefined when they are made already or were never packed.
 */
export function spanJob(entity: {spans: readonly Mention[]}): (Job & {readonly done: boolean}) | undefined {
	const at = packed(entity);
	if (!at) return undefined;
	const out: Mention[] = [];
	let next = 0;
	let done = false;
	const step = (budget: number): boolean => {
		if (done) return true;
		const ints = at.source.parts!.spans();
		const to = Math.min(at.count, next + Math.max(1, Math.floor(budget)));
		unpackInto(out, ints, at.first + next, at.first + to, at.source.articles);
		next = to;
		if (next >= at.count) {
			// The spans as the getter would have made them, settled in its place.
			(entity as {spans: Mention[]}).spans = out;
			done = true;
		}
		return done;
	};
	return {step, finish: () => void step(Infinity), get done() { return done; }};
}

/**
 * Spans from their packed integers; any the file no longer holds whole are left out. Each span's
 * text is read from its article when asked for: most readers want only the positions (the framing
 * pass files every organisation's mentions by article), and slicing the text at once would read
 * every mentioned article's body from the file (seconds for a large organisation). The accessor is
 * the object's own, so spreads, JSON and structured clones still see the text.
 */
function unpackSpans(packed: Int32Array, from: number, count: number, articles: Article[]): Mention[] {
	return unpackInto([], packed, from, from + count, articles);
}

/** Adds the spans at places `from` to `to` of the packed integers to `out`. */
function unpackInto(out: Mention[], packed: Int32Array, from: number, to: number, articles: Article[]): Mention[] {
	for (let i = from; i < to && i * 4 + 3 < packed.length; i++) {
		const article = articles[packed[i * 4]];
		if (!article) continue;
		out.push(packedMention(article, packed[i * 4 + 1], packed[i * 4 + 2], packed[i * 4 + 3] === 1 ? 'title' : 'body'));
	}
	return out;
}

function packedMention(article: Article, start: number, end: number, field: 'title' | 'body'): Mention {
	return {
		article: article.id,
		start,
		end,
		field,
		get text() {
			return (field === 'title' ? (article.title ?? '') : article.body).slice(start, end);
		},
	};
}

// ---- the records, each field in the order the objects hold it

export const ARTICLE = record<Article, EncodeExtra, DecodeSource>('article', {
	id: ref,
	file: ref,
	record: int,
	format: ref,
	outlet: ref,
	url: once,
	published: ref,
	title: once,
	byline: ref,
	body,
	paragraphs,
	words: int,
	provenance: json,
	warnings: refs,
	hash: once,
	meta: optional(json),
	group: optional(ref),
});

const DESCRIPTOR = record<Descriptor, EncodeExtra, DecodeSource>('descriptor', {
	article: ref,
	outlet: ref,
	text: once,
	kind: ref,
});

export const ENTITY = record<Entity, EncodeExtra, DecodeSource>('entity', {
	id: once,
	type: ref,
	name: ref,
	aliases: refs,
	mentions,
	spans,
	descriptors: list(DESCRIPTOR),
	ambiguous: optional(refs),
});

const RENDERING = record<Rendering, EncodeExtra, DecodeSource>('rendering', {
	// The usual id is the article's id and the start offset: made again when read.
	id: derived((r) => `${r.article as string}:${r.start as number}`),
	article: ref,
	outlet: ref,
	published: ref,
	text: once,
	start: int,
	end: int,
	kind: ref,
	verb: ref,
	speaker: ref,
	speakerName: ref,
	speakerLabel: ref,
	reprintOf: optional(ref),
});

export const STATEMENT = record<Statement, EncodeExtra, DecodeSource>('statement', {
	id: once,
	speaker: ref,
	speakerName: ref,
	renderings: list(RENDERING),
	outlets: int,
});

export const STORY = record<Story, EncodeExtra, DecodeSource>('story', {
	id: once,
	title: once,
	first: ref,
	last: ref,
	articles: refs,
	outlets: refs,
	groups: json,
	reprints: json,
});

export interface IndexLists {
	articles: Article[];
	entities: Entity[];
	statements: Statement[];
	stories?: Story[];
}

/** The lists, in this order (entities and their spans refer to the articles before them). */
export function encodeLists(index: IndexLists): Encoder<EncodeExtra> {
	const e = new Encoder<EncodeExtra>({
		articles: index.articles,
		articleAt: new Map(index.articles.map((a, i) => [a.id, i] as const)),
		bodies: [],
		bodyBytes: 0,
		mentionPairs: new IntWriter(),
		spanInts: new IntWriter(),
	});
	for (const [codec, items] of [[ARTICLE, index.articles], [ENTITY, index.entities], [STATEMENT, index.statements]] as const) {
		e.ints.push(items.length);
		for (const item of items) codec.write(item, e);
	}
	// An index without stories (built before grouping, or by hand) reopens without them, not with none.
	e.ints.push(index.stories ? 1 : 0);
	if (index.stories) {
		e.ints.push(index.stories.length);
		for (const story of index.stories) STORY.write(story, e);
	}
	return e;
}

/** Records decoded between two pauses of decodeSteps: a millisecond or two. */
const RECORDS_PER_STEP = 4_096;

/**
 * The lists as encodeLists wrote them, a few thousand records at a time: it pauses (yields) between
 * them, so that a caller with keys to answer can decode a large index over several turns
 * (readSnapshotSliced).
 */
export function* decodeSteps(d: Decoder, s: DecodeSource): Generator<void, IndexLists> {
	function* read<T>(codec: typeof ARTICLE): Generator<void, T[]> {
		const n = d.count();
		const out = new Array<T>(n);
		for (let i = 0; i < n; i++) {
			out[i] = codec.read(d, s) as T;
			if (i % RECORDS_PER_STEP === RECORDS_PER_STEP - 1) yield;
		}
		return out;
	}
	s.articles = yield* read<Article>(ARTICLE);
	if (s.bodyEnd !== s.bodiesLength) throw new Error('bodies do not match');
	const entities = yield* read<Entity>(ENTITY);
	const statements = yield* read<Statement>(STATEMENT);
	const stories = d.int() === 1 ? yield* read<Story>(STORY) : undefined;
	if (d.p !== d.ints.length) throw new Error('the index does not end where it should');
	return stories ? {articles: s.articles, entities, statements, stories} : {articles: s.articles, entities, statements};
}

/**
 * The records of `index` the schema does not describe (stored as JSON), by type: none for what the
 * real code makes, or a field was added without its line in the schema (the test suite checks).
 */
export function recordsStoredAsJson(index: IndexLists): Record<string, number> {
	return Object.fromEntries(encodeLists(index).asJson);
}
