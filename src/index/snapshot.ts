// A whole index saved after it is built, so reopening an unchanged corpus skips loading, analysis,
// entity merging and statement linking. Which file belongs to a corpus is snapshot-fingerprint.ts;
// what the records hold is snapshot-schema.ts; this is the file.
//
// The file is a header line (JSON: fingerprint, and each part's byte range and checksum) followed by
// the parts, laid out so that reopening costs little more than making the objects:
// - every distinct string once, in blocks of Latin-1 or UTF-16 text that decode in one step each
//   and are then cut into strings that share the block's memory (no JSON to parse);
// - the records as a stream of 32-bit integers (snapshot-codec.ts);
// - the parts read on first use at the end: mention spans, and article bodies (one after another,
//   each with its own checksum, so a body is checked when it is read, not every body at open).
// A part that does not match its checksum, or a file cut short or grown, is ignored with a warning
// (and removed, so the next open builds it again). Damage found in a part read later (a body)
// throws DamagedIndexError, so no damaged text is ever shown as the article's.
import {crc32} from 'node:zlib';
import {closeSync, fstatSync, ftruncateSync, mkdirSync, openSync, readSync, renameSync, unlinkSync, writeSync} from 'node:fs';
import {dirname} from 'node:path';
import type {ConfigDefaults} from '../corpus/config-merge.js';
import type {LoadWarning} from '../corpus/types.js';
import {CACHE_FORMAT} from './cache.js';
import {Decoder, IntWriter} from './snapshot-codec.js';
import {fingerprint, indexVersion, snapshotPath, type CorpusState} from './snapshot-fingerprint.js';
import {checksum, LazyFile, type PartRef, removeIfSame} from './snapshot-lazy.js';
import {attachBodyIndex, BodyIndex, buildBodyIndex} from './body-index.js';
import {DecodeSource, decodeSteps, encodeLists} from './snapshot-schema.js';
import type {CorpusIndex} from './types.js';
import {drain, type Job} from './job.js';

export {fingerprint, indexVersion, snapshotPath} from './snapshot-fingerprint.js';

const MAGIC = 'presslens-index';
/** Bumped when the layout of the parts changes (a new layout also comes with a new code version). */
const LAYOUT = 5;
/** Most characters per string block, far under the engine's longest string. */
const BLOCK_CHARS = 1 << 26;

export interface SnapshotOptions {
	onWarning?: (message: string) => void;
	/**
	 * The text shown for an article body that no longer matches its checksum. Without it the read
	 * throws DamagedIndexError (a command then runs again on the files); an app that cannot start
	 * over mid-session shows this text instead, and the file is rebuilt on the next open.
	 */
	damagedBody?: string;
	/** Runs the decoding: where a program sets heap flags for reading (heap.ts growHeapFreely). */
	aroundRead?: <T>(read: () => T) => T;
}

export {DamagedIndexError} from './snapshot-lazy.js';

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

// ---- writing

interface Part {
	name: string;
	length: number;
	/** Its bytes, made when it is written (string blocks and bodies are never all held at once). */
	data: () => Iterable<Uint8Array>;
}

function encode(index: CorpusIndex, state?: CorpusState): {parts: Part[]; blocks: Block[]} {
	const e = encodeLists(index);
	const {extra, strings} = e;
	strings.forget();
	const now = (name: string, data: Uint8Array): Part => ({name, length: data.length, data: () => [data]});
	const parts: Part[] = [now('meta', Buffer.from(JSON.stringify({name: index.name, roots: index.roots, warnings: index.warnings})))];
	// Read by an update only (readSnapshotState), never by a reopen.
	const saved: SavedState | null = state ? {...state, articles: index.articles.map((a) => [a.id, a.hash])} : null;
	parts.push(now('state', Buffer.from(JSON.stringify(saved))));
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
			parts.push({name, length: chars * (wide ? 2 : 1), data: () => [Buffer.from(list.slice(from, to).join(''), wide ? 'utf16le' : 'latin1')]});
		}
	}
	parts.push(now('lengths', lengths.bytes()));
	parts.push(now('ints', e.ints.bytes()));
	parts.push(now('mentions', extra.mentionPairs.bytes()));
	// Each body's checksum is taken as it is written: the part after the bodies holds them.
	const sums = new IntWriter();
	parts.push(now('spans', extra.spanInts.bytes()));
	// The full-text index: its words as one UTF-8 text and three integer arrays viewed in place.
	const words = (index.bodyIndex?.size === index.articles.length ? index.bodyIndex : buildBodyIndex(index.articles)).parts;
	parts.push(now('bodywords', Buffer.from(words.text, 'utf8')));
	parts.push(now('bodywordstarts', ints(words.wordStarts)));
	parts.push(now('bodyliststarts', ints(words.listStarts)));
	parts.push(now('bodypostings', ints(words.postings)));
	parts.push({name: 'bodies', length: extra.bodyBytes, data: () => bodyBatches(extra.bodies, sums)});
	parts.push({name: 'bodysums', length: extra.bodies.length * 4, data: () => [sums.bytes()]});
	return {parts, blocks};
}

const ints = (array: Int32Array): Uint8Array => new Uint8Array(array.buffer, array.byteOffset, array.byteLength);

/** Bodies as UTF-8, a few MB per write. */
function* bodyBatches(bodies: string[], sums: IntWriter): Generator<Uint8Array> {
	let batch: Buffer[] = [];
	let bytes = 0;
	for (const body of bodies) {
		const data = Buffer.from(body, 'utf8');
		sums.push(checksum(data) | 0);
		batch.push(data);
		bytes += data.length;
		if (bytes >= 1 << 22) {
			yield Buffer.concat(batch);
			batch = [];
			bytes = 0;
		}
	}
	if (batch.length) yield Buffer.concat(batch);
}

/** Writes the index; `state`, the corpus's files as they were read, lets a later open update it (update.ts). */
export function writeSnapshot(path: string, print: string, index: CorpusIndex, version = indexVersion(), state?: CorpusState): void {
	const {parts, blocks} = encode(index, state);
	const refs: PartRef[] = [];
	let offset = 0;
	for (const part of parts) {
		// Each part starts at a multiple of 8 so typed arrays can view it in place.
		offset += (8 - (offset % 8)) % 8;
		refs.push({name: part.name, offset, length: part.length, sum: 0});
		offset += part.length;
	}
	mkdirSync(dirname(path), {recursive: true});
	// Written part by part to a temporary file, then renamed: readers see the whole file or none,
	// and the bodies never sit in memory a second time as one block. The header, with the
	// checksums, is written last, over room left for it at the start.
	const temp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
	const fd = openSync(temp, 'wx');
	try {
		const headerOf = (sums: PartRef[]) => JSON.stringify({magic: MAGIC, format: CACHE_FORMAT, layout: LAYOUT, version, fingerprint: print, size: offset, parts: sums, blocks} satisfies Header);
		// Checksums are at most ten digits: room for the longest the header can need.
		const room = Buffer.byteLength(headerOf(refs.map((r) => ({...r, sum: 0xffffffff})))) + 1;
		let at = room;
		const write = (data: Uint8Array, position: number) => {
			let done = 0;
			while (done < data.length) done += writeSync(fd, data, done, data.length - done, position + done);
		};
		for (const [i, part] of parts.entries()) {
			at = room + refs[i].offset;
			let length = 0;
			let sum = 0;
			for (const data of part.data()) {
				write(data, at);
				at += data.length;
				length += data.length;
				sum = crc32(data, sum);
			}
			if (length !== part.length) throw new Error(`saved index part ${part.name}: ${length} bytes, expected ${part.length}`);
			refs[i].sum = sum;
		}
		// The header line padded with spaces to its room (JSON ignores them), then the newline; the
		// file is as long as the parts say even when the last ones are empty.
		const header = Buffer.from(headerOf(refs));
		write(Buffer.concat([header, Buffer.alloc(room - 1 - header.length, 0x20), Buffer.from('\n')]), 0);
		ftruncateSync(fd, room + offset);
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

/** The saved index of the corpus at `paths` if it is unchanged since it was saved; undefined otherwise. */
export async function readSavedIndex(paths: string[], cacheRoot: string, maxBytes: number | undefined, options: SnapshotOptions = {}, defaults?: ConfigDefaults): Promise<CorpusIndex | undefined> {
	return readSnapshot(snapshotPath(cacheRoot, paths, maxBytes), await fingerprint(paths, defaults), options);
}

/** The saved index when it matches `print`; undefined when absent, stale or damaged (with a warning). */
export function readSnapshot(path: string, print: string, options: SnapshotOptions = {}, version = indexVersion()): CorpusIndex | undefined {
	const read = () => drain(decodeFile(path, print, options, version));
	return options.aroundRead ? options.aroundRead(read) : read();
}

/** Decoding per turn of the event loop in readSnapshotSliced. */
const SLICE_MS = 10;

/**
 * readSnapshot over as many turns of the event loop as it takes, SLICE_MS of decoding in each, so
 * that a thread with keys to answer goes on answering them (the index of 37,000 articles takes
 * seconds to decode: the app reads back the index its build thread made, or reopens a saved one).
 */
export async function readSnapshotSliced(path: string, print: string, options: SnapshotOptions = {}, version = indexVersion(), sliceMs = SLICE_MS): Promise<CorpusIndex | undefined> {
	const steps = decodeFile(path, print, options, version);
	const slice = (): {index: CorpusIndex | undefined} | undefined => {
		const start = performance.now();
		for (;;) {
			const step = steps.next();
			if (step.done) return {index: step.value};
			if (performance.now() - start >= sliceMs) return undefined;
		}
	};
	for (;;) {
		const done = options.aroundRead ? options.aroundRead(slice) : slice();
		if (done) return done.index;
		await new Promise<void>((resolve) => setImmediate(resolve));
	}
}

/** The decoding, pausing (yielding) every few thousand records or strings; see readSnapshot. */
function* decodeFile(path: string, print: string, options: SnapshotOptions, version: string): Generator<void, CorpusIndex | undefined> {
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
			if (checksum(bytes) !== ref.sum) throw new Error(`part ${name} does not match its checksum`);
			return bytes;
		};
		const readInts = (name: string): Int32Array => {
			const bytes = read(name);
			if (bytes.length % 4 !== 0) throw new Error(`part ${name} is not whole`);
			return new Int32Array(bytes.buffer, 0, bytes.length / 4);
		};
		const meta = JSON.parse(Buffer.from(read('meta')).toString('utf8')) as {name: string; roots: string[]; warnings: LoadWarning[]};
		// Used by an update only, but checked here as every part is that is not read per article.
		read('state');
		const tables = yield* readStrings(header.blocks, readInts('lengths'), (name) => Buffer.from(read(name).buffer));
		const spans = part('spans');
		const bodies = part('bodies');
		const bodySums = readInts('bodysums');
		if (spans.length % 16 !== 0) throw new Error('part spans is not whole');
		const source = new DecodeSource(readInts('mentions'), bodies.length, spans.length / 16);
		const lists = yield* decodeSteps(new Decoder(readInts('ints'), tables.narrow, tables.wide), source);
		if (bodySums.length !== source.bodies.count) throw new Error('body checksums do not match');
		const bodyIndex = new BodyIndex({
			size: lists.articles.length,
			text: Buffer.from(read('bodywords').buffer).toString('utf8'),
			wordStarts: readInts('bodywordstarts'),
			listStarts: readInts('bodyliststarts'),
			postings: readInts('bodypostings'),
		});
		const pending = source.bodies.used + (source.spans.used > 0 ? 1 : 0);
		const lazy = new LazyFile(fd, path, base, bodies, bodySums, spans, pending, options.onWarning, options.damagedBody);
		source.parts = lazy;
		kept = true;
		const index = attachBodyIndex({name: meta.name, roots: meta.roots, warnings: meta.warnings, ...lists}, bodyIndex);
		// A step of the idle scheduler (2,000 units) reads 4 MB of spans: a few milliseconds.
		const readAhead: Job = {step: (budget) => lazy.readSpans(budget * 2_000), finish: () => void lazy.spans()};
		Object.defineProperty(index, 'readAhead', {value: readAhead, enumerable: false, writable: true, configurable: true});
		return index;
	} catch (error) {
		options.onWarning?.(`ignored a corrupt index cache file ${path} (${(error as Error).message}); the corpus is indexed again`);
		// A damaged file never heals (files appear whole): remove it so the next open does not meet it again.
		removeIfSame(path, fd);
		return undefined;
	} finally {
		if (!kept) closeSync(fd);
	}
}

/** The corpus's files as they were read for a saved index, and the id and content hash of each of its articles. */
export interface SavedState extends CorpusState {
	articles: Array<[string, string]>;
}

/**
 * What a saved index of this code version was made from: its print and its SavedState (absent in an
 * index saved without one). Reads the header and that part only.
 */
export function readSnapshotState(path: string, version = indexVersion()): {print: string; state: SavedState} | undefined {
	let fd: number;
	try {
		fd = openSync(path, 'r');
	} catch {
		return undefined;
	}
	try {
		const header = readHeader(fd);
		if (!header || header.magic !== MAGIC || header.format !== CACHE_FORMAT || header.layout !== LAYOUT || header.version !== version) return undefined;
		const ref = header.parts.find((p) => p.name === 'state');
		if (!ref || !(ref.offset >= 0 && ref.length >= 0 && ref.offset + ref.length <= header.size)) return undefined;
		const bytes = Buffer.alloc(ref.length);
		let got = 0;
		while (got < ref.length) {
			const n = readSync(fd, bytes, got, ref.length - got, header.headerLength + ref.offset + got);
			if (n === 0) return undefined;
			got += n;
		}
		if (checksum(bytes) !== ref.sum) return undefined;
		const state = JSON.parse(bytes.toString('utf8')) as SavedState | null;
		if (!state || typeof state.settings !== 'string' || !Array.isArray(state.files) || !Array.isArray(state.articles)) return undefined;
		return {print: header.fingerprint, state};
	} catch {
		// Whatever is wrong with the file, readSnapshot reports it (and removes it) when it is read.
		return undefined;
	} finally {
		closeSync(fd);
	}
}

interface Tables {
	narrow: string[];
	wide: string[];
}

/** Strings cut between two pauses of readStrings. */
const STRINGS_PER_STEP = 32_768;

/** Each block is decoded as one string and cut into its strings (cuts share the block's memory). */
function* readStrings(blocks: Block[], lengths: Int32Array, read: (part: string) => Buffer): Generator<void, Tables> {
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
			if (i % STRINGS_PER_STEP === STRINGS_PER_STEP - 1) yield;
		}
		if (offset !== text.length) throw new Error('string table does not match');
	}
	if (at !== lengths.length) throw new Error('string table does not match');
	return tables;
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
