// A whole index saved after it is built, so reopening an unchanged corpus skips loading, analysis,
// entity merging and statement linking: one file per corpus (its paths and size limit) and code
// version, valid while every file of the corpus keeps its size, modification time and inode.
//
// The file is a header line (JSON: fingerprint and the byte range of each part) followed by the
// parts, laid out so that reopening costs little more than making the objects:
// - every distinct string once, in blocks of Latin-1 or UTF-16 text that decode in one step each
//   and are then cut into strings that share the block's memory (no JSON to parse);
// - articles, entities and statements as a stream of 32-bit integers (string references, offsets,
//   counts), fields in their original order, so the objects print exactly as the ones saved;
//   anything of another shape (a new field, an unusual value) is stored as JSON instead;
// - fields that are costly to make and seldom all needed are made on first read: article bodies
//   (read from the file per article), entity mention counts, and mention spans (packed integers
//   read from the file when first needed).
import {createHash} from 'node:crypto';
import {closeSync, fstatSync, mkdirSync, openSync, readSync, renameSync, statSync, unlinkSync, writeSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import type {Descriptor, Entity, Mention, Rendering, Statement} from '../analysis/types.js';
import {CONFIG_FILE, walk} from '../corpus/walk.js';
import type {Article, LoadWarning} from '../corpus/types.js';
import {CACHE_FORMAT, codeVersion} from './cache.js';
import type {CorpusIndex} from './types.js';

const MAGIC = 'presslens-index';

export interface SnapshotOptions {
	maxBytes?: number;
	onWarning?: (message: string) => void;
}

/** Code that shapes an index: reading, analysis, indexing. */
export function indexVersion(): string {
	return codeVersion(['corpus', 'analysis', 'text', 'index']);
}

export function snapshotPath(cacheRoot: string, paths: string[], maxBytes: number | undefined, version = indexVersion()): string {
	const key = createHash('sha256')
		.update(JSON.stringify({roots: paths.map((p) => resolve(p)), maxBytes: maxBytes ?? null}))
		.digest('hex')
		.slice(0, 24);
	return join(cacheRoot, `index-${version}`, `${key}.idx`);
}

/** What the corpus looks like on disk now: every file found with its size, time and inode, and the config files. */
export async function fingerprint(paths: string[]): Promise<string> {
	const warnings: LoadWarning[] = [];
	const files = await walk(paths, warnings);
	const hash = createHash('sha256');
	// Paths made absolute: the same corpus named from another folder (or relatively) is the same corpus.
	const add = (path: string) => {
		const full = resolve(path);
		try {
			const s = statSync(full);
			hash.update(`${full}\u0000${s.size}\u0000${s.mtimeMs}\u0000${s.ino}\n`);
		} catch {
			hash.update(`${full}\u0000missing\n`);
		}
	};
	for (const file of files) add(file.path);
	for (const root of paths) {
		let folder = root;
		try {
			if (!statSync(root).isDirectory()) folder = dirname(root);
		} catch {
			// walk() has already refused a missing root.
		}
		add(join(folder, CONFIG_FILE));
	}
	for (const w of warnings) hash.update(`warning ${w.file} ${w.message}\n`);
	return hash.digest('hex');
}

// ---- layout

/** Bumped when the layout of the parts changes (a new layout also comes with a new code version). */
const LAYOUT = 2;
const NULL = -1;
/** Most characters per string block, far under the engine's longest string. */
const BLOCK_CHARS = 1 << 26;

const ARTICLE_KEYS = ['id', 'file', 'record', 'format', 'outlet', 'url', 'published', 'title', 'byline', 'body', 'paragraphs', 'words', 'provenance', 'warnings', 'hash'] as const;
const ENTITY_KEYS = ['id', 'type', 'name', 'aliases', 'mentions', 'spans', 'descriptors'] as const;
const MENTION_KEYS = ['article', 'start', 'end', 'field', 'text'] as const;
const DESCRIPTOR_KEYS = ['article', 'outlet', 'text', 'kind'] as const;
const STATEMENT_KEYS = ['id', 'speaker', 'speakerName', 'renderings', 'outlets'] as const;
const RENDERING_KEYS = ['id', 'article', 'outlet', 'published', 'text', 'start', 'end', 'kind', 'verb', 'speaker', 'speakerName', 'speakerLabel'] as const;

// Record tags in the integer stream.
const PACKED = 0;
const PACKED_WITH_ID = 1;
const AS_JSON = 2;

interface PartRef {
	name: string;
	offset: number;
	length: number;
}

/** A run of strings stored as one block of text: Latin-1 bytes, or UTF-16 for strings beyond Latin-1. */
interface Block {
	part: string;
	wide: boolean;
	count: number;
}

interface Header {
	magic: string;
	format: number;
	layout: number;
	version: string;
	fingerprint: string;
	/** Bytes after the header line: a file cut short or grown is noticed at once. */
	size: number;
	parts: PartRef[];
	blocks: Block[];
}

const isStr = (v: unknown): v is string | null => v === null || typeof v === 'string';
const isInt = (v: unknown): v is number => Number.isInteger(v) && (v as number) >= -0x80000000 && (v as number) <= 0x7fffffff;
/** An object of Object's own kind, so its enumerable keys are its own keys. */
const isPlainObject = (v: unknown): v is Record<string, unknown> => {
	if (typeof v !== 'object' || v === null) return false;
	const proto = Object.getPrototypeOf(v) as unknown;
	return proto === Object.prototype || proto === null;
};

function isStrList(v: unknown): v is string[] {
	if (!Array.isArray(v)) return false;
	for (let i = 0; i < v.length; i++) if (typeof v[i] !== 'string') return false;
	return true;
}

/**
 * True when the object's own keys are exactly `keys`, in that order (so a rebuilt object prints the
 * same). for-in on a plain object lists its own keys without making an array of them.
 */
function hasKeys(o: object, keys: readonly string[]): boolean {
	let i = 0;
	for (const key in o) if (key !== keys[i++]) return false;
	return i === keys.length;
}

/** UTF-8 keeps every string but one with an unpaired surrogate half. */
function utf8Safe(s: string): boolean {
	return !/[\uD800-\uDFFF]/.test(s) || Buffer.from(s, 'utf8').toString('utf8') === s;
}

// ---- writing

class IntWriter {
	private data = new Int32Array(1 << 16);
	length = 0;

	push(value: number): void {
		if (this.length === this.data.length) {
			const next = new Int32Array(this.data.length * 2);
			next.set(this.data);
			this.data = next;
		}
		this.data[this.length++] = value;
	}

	bytes(): Buffer {
		return Buffer.from(this.data.buffer, 0, this.length * 4);
	}
}

const WIDE = /[^\u0000-\u00ff]/;

/** Every distinct string once; a reference is its place in its table, times two, plus one when wide. */
class StringWriter {
	private ids = new Map<string, number>();
	readonly narrow: string[] = [];
	readonly wide: string[] = [];

	ref(s: string | null): number {
		if (s === null) return NULL;
		let id = this.ids.get(s);
		if (id === undefined) {
			if (WIDE.test(s)) {
				id = this.wide.length * 2 + 1;
				this.wide.push(s);
			} else {
				id = this.narrow.length * 2;
				this.narrow.push(s);
			}
			this.ids.set(s, id);
		}
		return id;
	}

	/** A string seldom repeated (a quote, an id): stored without looking for an earlier copy, which costs more than it saves. */
	once(s: string | null): number {
		if (s === null) return NULL;
		if (WIDE.test(s)) {
			this.wide.push(s);
			return (this.wide.length - 1) * 2 + 1;
		}
		this.narrow.push(s);
		return (this.narrow.length - 1) * 2;
	}

	json(value: unknown): number {
		return this.ref(JSON.stringify(value));
	}

	/** Drops the lookup of earlier strings once every reference is made (it is as large as the tables). */
	forget(): void {
		this.ids = new Map();
	}
}

interface Encoded {
	/** Each part's size, and its bytes made when it is written (string blocks are not all held at once). */
	parts: Array<{name: string; length: number; data: () => Uint8Array}>;
	blocks: Block[];
	/** Article bodies, written last and read per article. */
	bodies: string[];
	bodyBytes: number;
}

function encode(index: CorpusIndex): Encoded {
	const strings = new StringWriter();
	const ints = new IntWriter();
	const mentionInts = new IntWriter();
	const spanInts = new IntWriter();
	const articleAt = new Map(index.articles.map((a, i) => [a.id, i] as const));
	const bodies: string[] = [];
	let bodyBytes = 0;

	ints.push(index.articles.length);
	for (const a of index.articles) {
		const plain =
			isPlainObject(a) &&
			hasKeys(a, ARTICLE_KEYS) &&
			isStr(a.id) && isStr(a.file) && isInt(a.record) && isStr(a.format) && isStr(a.outlet) && isStr(a.url) && isStr(a.published) &&
			isStr(a.title) && isStr(a.byline) && typeof a.body === 'string' && utf8Safe(a.body) && isStrList(a.paragraphs) && isInt(a.words) &&
			isPlainObject(a.provenance) && isStrList(a.warnings) && isStr(a.hash);
		if (!plain) {
			ints.push(AS_JSON);
			ints.push(strings.json(a));
			continue;
		}
		ints.push(PACKED);
		for (const key of ['id', 'file'] as const) ints.push(strings.ref(a[key]));
		ints.push(a.record);
		ints.push(strings.ref(a.format));
		ints.push(strings.ref(a.outlet));
		ints.push(strings.once(a.url));
		ints.push(strings.ref(a.published));
		ints.push(strings.once(a.title));
		ints.push(strings.ref(a.byline));
		const length = Buffer.byteLength(a.body, 'utf8');
		bodies.push(a.body);
		bodyBytes += length;
		ints.push(length);
		// Paragraphs are stored only when they are not simply the body cut at blank lines.
		const cut = a.body ? a.body.split('\n\n') : [];
		const derived = a.paragraphs.length === cut.length && a.paragraphs.every((p, i) => p === cut[i]);
		ints.push(derived ? NULL : strings.json(a.paragraphs));
		ints.push(a.words);
		ints.push(strings.json(a.provenance));
		ints.push(a.warnings.length);
		for (const w of a.warnings) ints.push(strings.ref(w));
		ints.push(strings.once(a.hash));
	}

	ints.push(index.entities.length);
	for (const e of index.entities) {
		if (!(isPlainObject(e) && hasKeys(e, ENTITY_KEYS) && isStr(e.id) && isStr(e.type) && isStr(e.name) && isStrList(e.aliases))) {
			ints.push(AS_JSON);
			ints.push(strings.json(e));
			continue;
		}
		ints.push(PACKED);
		ints.push(strings.once(e.id));
		ints.push(strings.ref(e.type));
		ints.push(strings.ref(e.name));
		ints.push(e.aliases.length);
		for (const alias of e.aliases) ints.push(strings.ref(alias));
		encodeMentions(e.mentions, articleAt, ints, mentionInts, strings);
		encodeSpans(e.spans, index.articles, articleAt, ints, spanInts, strings);
		const descriptors = e.descriptors;
		if (Array.isArray(descriptors) && descriptors.every((d) => isPlainObject(d) && hasKeys(d, DESCRIPTOR_KEYS) && isStr(d.article) && isStr(d.outlet) && isStr(d.text) && isStr(d.kind))) {
			ints.push(descriptors.length);
			for (const d of descriptors) {
				ints.push(strings.ref(d.article));
				ints.push(strings.ref(d.outlet));
				ints.push(strings.once(d.text));
				ints.push(strings.ref(d.kind));
			}
		} else {
			ints.push(NULL);
			ints.push(strings.json(descriptors));
		}
	}

	ints.push(index.statements.length);
	for (const s of index.statements) {
		if (!(isPlainObject(s) && hasKeys(s, STATEMENT_KEYS) && isStr(s.id) && isStr(s.speaker) && isStr(s.speakerName) && isInt(s.outlets) && Array.isArray(s.renderings))) {
			ints.push(AS_JSON);
			ints.push(strings.json(s));
			continue;
		}
		ints.push(PACKED);
		ints.push(strings.once(s.id));
		ints.push(strings.ref(s.speaker));
		ints.push(strings.ref(s.speakerName));
		ints.push(s.outlets);
		ints.push(s.renderings.length);
		for (const r of s.renderings) {
			const plain =
				isPlainObject(r) && hasKeys(r, RENDERING_KEYS) && isStr(r.id) && isStr(r.article) && isStr(r.outlet) && isStr(r.published) && isStr(r.text) &&
				isInt(r.start) && isInt(r.end) && isStr(r.kind) && isStr(r.verb) && isStr(r.speaker) && isStr(r.speakerName) && isStr(r.speakerLabel);
			if (!plain) {
				ints.push(AS_JSON);
				ints.push(strings.json(r));
				continue;
			}
			// The usual id is the article's id and the start offset: made again when read.
			if (r.article !== null && r.id === `${r.article}:${r.start}`) ints.push(PACKED);
			else {
				ints.push(PACKED_WITH_ID);
				ints.push(strings.once(r.id));
			}
			ints.push(strings.ref(r.article));
			ints.push(strings.ref(r.outlet));
			ints.push(strings.ref(r.published));
			ints.push(strings.once(r.text));
			ints.push(r.start);
			ints.push(r.end);
			ints.push(strings.ref(r.kind));
			ints.push(strings.ref(r.verb));
			ints.push(strings.ref(r.speaker));
			ints.push(strings.ref(r.speakerName));
			ints.push(strings.ref(r.speakerLabel));
		}
	}

	strings.forget();
	const now = (data: Uint8Array) => ({length: data.length, data: () => data});
	const parts: Encoded['parts'] = [{name: 'meta', ...now(Buffer.from(JSON.stringify({name: index.name, roots: index.roots, warnings: index.warnings})))}];
	const lengths = new IntWriter();
	const blocks: Block[] = [];
	for (const [wide, list] of [[false, strings.narrow], [true, strings.wide]] as const) {
		for (let i = 0; i < list.length; ) {
			let chars = 0;
			const from = i;
			while (i < list.length && (i === from || chars + list[i].length <= BLOCK_CHARS)) {
				chars += list[i].length;
				lengths.push(list[i].length);
				i++;
			}
			const name = `strings.${blocks.length}`;
			blocks.push({part: name, wide, count: i - from});
			const to = i;
			// Narrow strings are Latin-1: a byte per character; wide ones two.
			parts.push({name, length: chars * (wide ? 2 : 1), data: () => Buffer.from(list.slice(from, to).join(''), wide ? 'utf16le' : 'latin1')});
		}
	}
	parts.push({name: 'lengths', ...now(lengths.bytes())});
	parts.push({name: 'ints', ...now(ints.bytes())});
	parts.push({name: 'mentions', ...now(mentionInts.bytes())});
	parts.push({name: 'spans', ...now(spanInts.bytes())});
	return {parts, blocks, bodies, bodyBytes};
}

/** Mentions per article as (article, count) pairs when every key is an article of the index. */
function encodeMentions(mentions: unknown, articleAt: Map<string, number>, ints: IntWriter, pairs: IntWriter, strings: StringWriter): void {
	if (isPlainObject(mentions)) {
		const keys = Object.keys(mentions);
		if (keys.every((k) => articleAt.has(k) && isInt(mentions[k]))) {
			ints.push(keys.length);
			ints.push(pairs.length / 2);
			for (const k of keys) {
				pairs.push(articleAt.get(k)!);
				pairs.push(mentions[k] as number);
			}
			return;
		}
	}
	ints.push(NULL);
	ints.push(strings.json(mentions));
}

/** Spans as (article, start, end, field) integers when their text is the article's own text there. */
function encodeSpans(spans: unknown, articles: Article[], articleAt: Map<string, number>, ints: IntWriter, out: IntWriter, strings: StringWriter): void {
	if (Array.isArray(spans)) {
		const from = out.length;
		let packable = true;
		for (const m of spans) {
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
			out.push(m.start as number);
			out.push(m.end as number);
			out.push(m.field === 'title' ? 1 : 0);
		}
		if (packable) {
			ints.push(spans.length);
			ints.push(from / 4);
			return;
		}
		while (out.length > from) out.length--;
	}
	ints.push(NULL);
	ints.push(strings.json(spans));
}

export function writeSnapshot(path: string, print: string, index: CorpusIndex, version = indexVersion()): void {
	const {parts, blocks, bodies, bodyBytes} = encode(index);
	const sizes = [...parts.map((p) => ({name: p.name, length: p.length})), {name: 'bodies', length: bodyBytes}];
	const refs: PartRef[] = [];
	let offset = 0;
	for (const part of sizes) {
		// Each part starts at a multiple of 8 so typed arrays can view it in place.
		offset += (8 - (offset % 8)) % 8;
		refs.push({name: part.name, offset, length: part.length});
		offset += part.length;
	}
	const header: Header = {magic: MAGIC, format: CACHE_FORMAT, layout: LAYOUT, version, fingerprint: print, size: offset, parts: refs, blocks};
	mkdirSync(dirname(path), {recursive: true});
	// Written part by part to a temporary file, then renamed: readers see the whole file or none,
	// and the bodies never sit in memory a second time as one block.
	const temp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
	const fd = openSync(temp, 'wx');
	try {
		let at = 0;
		const write = (data: Uint8Array) => {
			let done = 0;
			while (done < data.length) done += writeSync(fd, data, done, data.length - done);
			at += data.length;
		};
		const headerBytes = Buffer.from(JSON.stringify(header) + '\n');
		write(headerBytes);
		const base = headerBytes.length;
		const padTo = (ref: PartRef) => {
			if (at - base < ref.offset) write(Buffer.alloc(ref.offset - (at - base)));
		};
		for (const [i, part] of parts.entries()) {
			padTo(refs[i]);
			const data = part.data();
			if (data.length !== part.length) throw new Error(`saved index part ${part.name}: ${data.length} bytes, expected ${part.length}`);
			write(data);
		}
		padTo(refs[refs.length - 1]);
		let batch: Buffer[] = [];
		let batchBytes = 0;
		for (const body of bodies) {
			const bytes = Buffer.from(body, 'utf8');
			batch.push(bytes);
			batchBytes += bytes.length;
			if (batchBytes >= 1 << 22) {
				write(Buffer.concat(batch));
				batch = [];
				batchBytes = 0;
			}
		}
		if (batch.length) write(Buffer.concat(batch));
		closeSync(fd);
		renameSync(temp, path);
	} catch (error) {
		try {
			closeSync(fd);
		} catch {
			// already closed
		}
		try {
			unlinkSync(temp);
		} catch {
			// already gone
		}
		throw error;
	}
}

// ---- reading

/**
 * The open snapshot file, for the parts read on first use (article bodies, mention spans). Holding
 * the descriptor keeps those bytes readable when the file is replaced (new files are renamed into
 * place) or deleted meanwhile; it is closed once nothing is left to read or the index is dropped.
 */
class LazyFile {
	private static readonly closer = new FinalizationRegistry<number>((fd) => {
		try {
			closeSync(fd);
		} catch {
			// already closed
		}
	});
	private fd: number | undefined;

	constructor(fd: number, private readonly base: number, private pending: number) {
		this.fd = fd;
		if (pending > 0) LazyFile.closer.register(this, fd, this);
		else this.close();
	}

	/** The bytes at `offset` (after the header); fewer, or none, if they cannot be read any more. */
	read(offset: number, length: number): Buffer {
		const buf = Buffer.allocUnsafe(length);
		let got = 0;
		try {
			while (this.fd !== undefined && got < length) {
				const n = readSync(this.fd, buf, got, length - got, this.base + offset + got);
				if (n === 0) break;
				got += n;
			}
		} catch {
			// An unreadable file leaves the text empty rather than stopping the program.
		}
		return got === length ? buf : buf.subarray(0, got);
	}

	/** One fewer part to read; the file is closed after the last. */
	done(): void {
		if (--this.pending <= 0) this.close();
	}

	private close(): void {
		if (this.fd === undefined) return;
		LazyFile.closer.unregister(this);
		try {
			closeSync(this.fd);
		} catch {
			// already closed
		}
		this.fd = undefined;
	}
}

/** The saved index of the corpus at `paths` if it is unchanged since it was saved; undefined otherwise. */
export async function readSavedIndex(paths: string[], cacheRoot: string, maxBytes: number | undefined, options: SnapshotOptions = {}): Promise<CorpusIndex | undefined> {
	return readSnapshot(snapshotPath(cacheRoot, paths, maxBytes), await fingerprint(paths), options);
}

/** The saved index when it matches `print`; undefined when absent, stale or damaged (with a warning). */
export function readSnapshot(path: string, print: string, options: SnapshotOptions = {}, version = indexVersion()): CorpusIndex | undefined {
	let fd: number;
	try {
		fd = openSync(path, 'r');
	} catch {
		return undefined;
	}
	let kept = false;
	try {
		const header = readHeader(fd);
		if (!header || header.magic !== MAGIC || header.format !== CACHE_FORMAT || header.layout !== LAYOUT || header.version !== version) {
			options.onWarning?.(`ignored a corrupt or old index cache file ${path}; the corpus is indexed again`);
			return undefined;
		}
		if (header.fingerprint !== print) return undefined;
		const base = header.headerLength;
		if (fstatSync(fd).size !== base + header.size) throw new Error('cut off');
		const parts = new Map<string, PartRef>();
		for (const p of header.parts) {
			if (!(p.offset >= 0 && p.length >= 0 && p.offset + p.length <= header.size)) throw new Error(`part ${p.name} out of bounds`);
			parts.set(p.name, p);
		}
		const part = (name: string): PartRef => {
			const ref = parts.get(name);
			if (!ref) throw new Error(`no part ${name}`);
			return ref;
		};
		const read = (name: string): Uint8Array => {
			const ref = part(name);
			const bytes = new Uint8Array(new ArrayBuffer(ref.length));
			let got = 0;
			while (got < ref.length) {
				const n = readSync(fd, bytes, got, ref.length - got, base + ref.offset + got);
				if (n === 0) throw new Error('cut off');
				got += n;
			}
			return bytes;
		};
		const readInts = (name: string): Int32Array => {
			const bytes = read(name);
			if (bytes.length % 4 !== 0) throw new Error(`part ${name} is not whole`);
			return new Int32Array(bytes.buffer, 0, bytes.length / 4);
		};
		const meta = JSON.parse(Buffer.from(read('meta')).toString('utf8')) as {name: string; roots: string[]; warnings: LoadWarning[]};
		const tables = readStrings(header.blocks, readInts('lengths'), (name) => Buffer.from(read(name).buffer));
		const ints = readInts('ints');
		const mentions = readInts('mentions');
		const spans = part('spans');
		const bodies = part('bodies');
		if (spans.length % 16 !== 0) throw new Error('part spans is not whole');
		const source = new Source([], mentions, bodies.offset, spans.offset, spans.length);
		const decoded = decode(ints, tables, source, spans.length / 16, bodies.length);
		source.file = new LazyFile(fd, base, decoded.bodyCount + (decoded.spanUsers > 0 ? 1 : 0));
		kept = true;
		return {name: meta.name, roots: meta.roots, warnings: meta.warnings, articles: decoded.articles, entities: decoded.entities, statements: decoded.statements};
	} catch (error) {
		options.onWarning?.(`ignored a corrupt index cache file ${path} (${(error as Error).message}); the corpus is indexed again`);
		return undefined;
	} finally {
		if (!kept) closeSync(fd);
	}
}

interface Tables {
	narrow: string[];
	wide: string[];
}

/** Each block is decoded as one string and cut into its strings (cuts share the block's memory). */
function readStrings(blocks: Block[], lengths: Int32Array, read: (part: string) => Buffer): Tables {
	const tables: Tables = {narrow: [], wide: []};
	let at = 0;
	for (const block of blocks) {
		const text = read(block.part).toString(block.wide ? 'utf16le' : 'latin1');
		const list = block.wide ? tables.wide : tables.narrow;
		let offset = 0;
		for (let i = 0; i < block.count; i++) {
			const length = lengths[at++];
			if (length === undefined || length < 0 || offset + length > text.length) throw new Error('string table does not match');
			list.push(text.slice(offset, offset + length));
			offset += length;
		}
		if (offset !== text.length) throw new Error('string table does not match');
	}
	if (at !== lengths.length) throw new Error('string table does not match');
	return tables;
}

/** Where the fields made on first read find their bytes; the file is set once decoding has succeeded. */
class Source {
	file: LazyFile | undefined;
	spans: Int32Array | undefined;

	constructor(
		readonly articles: Article[],
		readonly mentionPairs: Int32Array,
		private readonly bodiesAt: number,
		private readonly spansAt: number,
		private readonly spansLength: number,
	) {}

	body(offset: number, length: number): string {
		if (!this.file) return '';
		const body = this.file.read(this.bodiesAt + offset, length).toString('utf8');
		this.file.done();
		return body;
	}

	mentions(from: number, count: number): Record<string, number> {
		const out: Record<string, number> = {};
		const pairs = this.mentionPairs;
		for (let m = from * 2; m < (from + count) * 2; m += 2) out[this.articles[pairs[m]].id] = pairs[m + 1];
		return out;
	}

	spanList(from: number, count: number): Mention[] {
		if (!this.spans && this.file) {
			const bytes = this.file.read(this.spansAt, this.spansLength);
			this.file.done();
			this.spans = new Int32Array(bytes.length >> 2);
			new Uint8Array(this.spans.buffer).set(bytes.subarray(0, this.spans.length * 4));
		}
		return this.spans ? unpackSpans(this.spans, from, count, this.articles) : [];
	}
}

/** Replaces a field made on first read by its value, in the same place among the keys. */
function settle(target: object, key: string, value: unknown): void {
	Object.defineProperty(target, key, {value, enumerable: true, configurable: true, writable: true});
}

// Objects with fields made on first read are written as literals with accessors, so they get the
// engine's fast layout at once and keep their keys in order; settle() turns a field into a value.

function lazyArticle(
	id: string, file: string, record: number, format: Article['format'], outlet: string | null, url: string | null, published: string | null,
	title: string | null, byline: string | null, source: Source, offset: number, length: number, own: string[] | null, words: number,
	provenance: Article['provenance'], warnings: string[], hash: string,
): Article {
	return {
		id, file, record, format, outlet, url, published, title, byline,
		get body(): string {
			const value = source.body(offset, length);
			settle(this, 'body', value);
			return value;
		},
		set body(value: string) {
			settle(this, 'body', value);
		},
		get paragraphs(): string[] {
			const value = own ?? (this.body ? this.body.split('\n\n') : []);
			settle(this, 'paragraphs', value);
			return value;
		},
		set paragraphs(value: string[]) {
			settle(this, 'paragraphs', value);
		},
		words, provenance, warnings, hash,
	};
}

function lazyEntity(
	id: string, type: Entity['type'], name: string, aliases: string[], source: Source, mentionsFrom: number, mentionsCount: number,
	spansFrom: number, spansCount: number, descriptors: Descriptor[],
): Entity {
	return {
		id, type, name, aliases,
		get mentions(): Record<string, number> {
			const value = source.mentions(mentionsFrom, mentionsCount);
			settle(this, 'mentions', value);
			return value;
		},
		set mentions(value: Record<string, number>) {
			settle(this, 'mentions', value);
		},
		get spans(): Mention[] {
			const value = spansCount > 0 ? source.spanList(spansFrom, spansCount) : [];
			settle(this, 'spans', value);
			return value;
		},
		set spans(value: Mention[]) {
			settle(this, 'spans', value);
		},
		descriptors,
	};
}

interface Decoded {
	articles: Article[];
	entities: Entity[];
	statements: Statement[];
	/** Articles whose body is read from the file on first use. */
	bodyCount: number;
	/** Entities whose spans are read from the file on first use. */
	spanUsers: number;
}

function decode(ints: Int32Array, tables: Tables, source: Source, spanCount: number, bodiesLength: number): Decoded {
	const {narrow, wide} = tables;
	const {articles, mentionPairs} = source;
	let p = 0;
	const str = (ref: number): string | null => {
		if (ref === NULL) return null;
		const value = ref & 1 ? wide[ref >>> 1] : narrow[ref >>> 1];
		if (value === undefined) throw new Error('unknown string');
		return value;
	};
	const text = (): string => str(ints[p++]) as string;
	const json = (): unknown => JSON.parse(str(ints[p++]) as string);
	const count = (): number => {
		const n = ints[p++];
		if (!(n >= 0 && p + n <= ints.length)) throw new Error('bad count');
		return n;
	};
	// Lists made at their final size: most hold one item or none, and growing them by push would
	// leave room for many more in each.
	const texts = (): string[] => {
		const n = count();
		if (n === 0) return [];
		if (n === 1) return [text()];
		const out = new Array<string>(n);
		for (let i = 0; i < n; i++) out[i] = text();
		return out;
	};

	let bodyCount = 0;
	let bodyOffset = 0;
	for (let i = 0, n = count(); i < n; i++) {
		const tag = ints[p++];
		if (tag === AS_JSON) {
			articles.push(json() as Article);
			continue;
		}
		if (tag !== PACKED) throw new Error('bad article');
		const id = text();
		const file = text();
		const record = ints[p++];
		const format = text() as Article['format'];
		const outlet = str(ints[p++]);
		const url = str(ints[p++]);
		const published = str(ints[p++]);
		const title = str(ints[p++]);
		const byline = str(ints[p++]);
		const length = ints[p++];
		if (!(length >= 0 && bodyOffset + length <= bodiesLength)) throw new Error('bad body');
		// Stored paragraphs are parsed now, so a damaged file is found at open, not on first read.
		const ownRef = ints[p++];
		const own = ownRef === NULL ? null : (JSON.parse(str(ownRef) as string) as string[]);
		const words = ints[p++];
		const provenance = json() as Article['provenance'];
		const warnings = texts();
		const hash = text();
		articles.push(lazyArticle(id, file, record, format, outlet, url, published, title, byline, source, bodyOffset, length, own, words, provenance, warnings, hash));
		bodyOffset += length;
		bodyCount++;
	}
	if (bodyOffset !== bodiesLength) throw new Error('bodies do not match');

	const entities: Entity[] = [];
	let spanUsers = 0;
	for (let i = 0, n = count(); i < n; i++) {
		const tag = ints[p++];
		if (tag === AS_JSON) {
			entities.push(json() as Entity);
			continue;
		}
		if (tag !== PACKED) throw new Error('bad entity');
		const id = text();
		const type = text() as Entity['type'];
		const name = text();
		const aliases = texts();
		let mentions: Entity['mentions'] | undefined;
		const mentionsCount = ints[p++];
		const mentionsFrom = mentionsCount === NULL ? 0 : ints[p++];
		if (mentionsCount === NULL) mentions = json() as Entity['mentions'];
		else {
			if (!(mentionsCount >= 0 && mentionsFrom >= 0 && (mentionsFrom + mentionsCount) * 2 <= mentionPairs.length)) throw new Error('bad mentions');
			for (let m = mentionsFrom * 2; m < (mentionsFrom + mentionsCount) * 2; m += 2) if (!(mentionPairs[m] >= 0 && mentionPairs[m] < articles.length)) throw new Error('bad mentions');
		}
		let spans: Mention[] | undefined;
		const spansCount = ints[p++];
		const spansFrom = spansCount === NULL ? 0 : ints[p++];
		if (spansCount === NULL) spans = json() as Mention[];
		else if (!(spansCount >= 0 && spansFrom >= 0 && spansFrom + spansCount <= spanCount)) throw new Error('bad spans');
		let descriptors: Descriptor[];
		const descriptorCount = ints[p++];
		if (descriptorCount === NULL) descriptors = json() as Descriptor[];
		else {
			if (!(descriptorCount >= 0 && p + descriptorCount * 4 <= ints.length)) throw new Error('bad descriptors');
			descriptors = new Array<Descriptor>(descriptorCount);
			for (let d = 0; d < descriptorCount; d++) descriptors[d] = {article: text(), outlet: str(ints[p++]), text: text(), kind: text() as Descriptor['kind']};
		}
		if (mentions && spans) entities.push({id, type, name, aliases, mentions, spans, descriptors});
		else {
			const entity = lazyEntity(id, type, name, aliases, source, mentionsFrom, mentionsCount, spansFrom, spansCount, descriptors);
			if (mentions) settle(entity, 'mentions', mentions);
			if (spans) settle(entity, 'spans', spans);
			else if (spansCount > 0) spanUsers++;
			entities.push(entity);
		}
	}

	const statements: Statement[] = [];
	for (let i = 0, n = count(); i < n; i++) {
		const tag = ints[p++];
		if (tag === AS_JSON) {
			statements.push(json() as Statement);
			continue;
		}
		if (tag !== PACKED) throw new Error('bad statement');
		const id = text();
		const speaker = str(ints[p++]);
		const speakerName = str(ints[p++]);
		const outlets = ints[p++];
		const n = count();
		const renderings: Rendering[] = n === 1 ? [rendering()] : new Array<Rendering>(n);
		for (let r = n === 1 ? 1 : 0; r < n; r++) renderings[r] = rendering();
		statements.push({id, speaker, speakerName, renderings, outlets});
	}
	if (p !== ints.length) throw new Error('the index does not end where it should');
	return {articles, entities, statements, bodyCount, spanUsers};

	function rendering(): Rendering {
		const tag = ints[p++];
		if (tag === AS_JSON) return json() as Rendering;
		if (tag !== PACKED && tag !== PACKED_WITH_ID) throw new Error('bad rendering');
		const ownId = tag === PACKED_WITH_ID ? text() : null;
		const article = text();
		const outlet = str(ints[p++]);
		const published = str(ints[p++]);
		const quote = text();
		const start = ints[p++];
		return {
			id: ownId ?? `${article}:${start}`,
			article,
			outlet,
			published,
			text: quote,
			start,
			end: ints[p++],
			kind: text() as Rendering['kind'],
			verb: str(ints[p++]),
			speaker: str(ints[p++]),
			speakerName: str(ints[p++]),
			speakerLabel: str(ints[p++]),
		};
	}
}

/** Spans from their packed integers; any the file no longer holds whole are left out. */
function unpackSpans(spans: Int32Array, from: number, count: number, articles: Article[]): Mention[] {
	const out: Mention[] = [];
	for (let i = from; i < from + count && i * 4 + 3 < spans.length; i++) {
		const article = articles[spans[i * 4]];
		if (!article) continue;
		const start = spans[i * 4 + 1];
		const end = spans[i * 4 + 2];
		const field = spans[i * 4 + 3] === 1 ? 'title' : 'body';
		const source = field === 'title' ? (article.title ?? '') : article.body;
		out.push({article: article.id, start, end, field, text: source.slice(start, end)});
	}
	return out;
}

function readHeader(fd: number): (Header & {headerLength: number}) | undefined {
	const chunk = Buffer.alloc(1 << 16);
	let text = '';
	let position = 0;
	for (;;) {
		const n = readSync(fd, chunk, 0, chunk.length, position);
		if (n === 0) return undefined;
		const part = chunk.subarray(0, n);
		const nl = part.indexOf(0x0a);
		if (nl >= 0) {
			text += part.subarray(0, nl).toString('utf8');
			try {
				return {...(JSON.parse(text) as Header), headerLength: position + nl + 1};
			} catch {
				return undefined;
			}
		}
		text += part.toString('utf8');
		position += n;
		if (position > 64 << 20) return undefined;
	}
}
