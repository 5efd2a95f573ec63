import {createGunzip} from 'node:zlib';
// JSON Lines read as a stream, line by line: a 250 MB corpus file (gzip or not) never becomes one
// string, and the size limit applies to each record instead of the whole file. The result is the
// same sequence of records and warnings the whole-file reader gives; encodings the byte stream
// cannot be split on (UTF-16) or binary content fall back to that reader.
import {createReadStream} from 'node:fs';
import {open} from 'node:fs/promises';
import {cleanText} from '../text/sanitize.js';
import {parseJsonFile} from './formats/json.js';
import {decodeBytes, formatBytes, ioReason, trailingGarbage} from './read.js';
import {GzipDataError, gunzipStream, type GzipReport} from './gzip.js';
import type {ParsedRecord} from './record.js';
import {pushAll} from '../util/arrays.js';

export type StreamEntry = ParsedRecord | {skipped: string};

export interface LineStreamResult {
	/** File-level problems (not per record); the file loaded. */
	warnings: string[];
	/** The whole file is unusable (its records are not read). */
	skipped?: string;
	/** The stream cannot be read line by line: use the whole-file reader. */
	fallback?: boolean;
	/** Decompressed bytes seen. */
	bytes: number;
}

export interface LineStreamOptions {
	/** Largest record (line) accepted, in bytes. */
	maxRecordBytes: number;
	/** Most bytes read from the file (inflated, for gzip): a gzip bomb stops here. */
	maxFileBytes: number;
	/** Most records read from the file. */
	maxRecords: number;
	gzip: boolean;
	/** Called for every record or skipped record, in file order. */
	onEntry: (entry: StreamEntry) => void;
	/** Compressed (on-disk) bytes read so far. */
	onBytes?: (read: number) => void;
}

const NEWLINE = 0x0a;

/** Reads a JSON Lines file record by record. Never throws for a bad file; returns why instead. */
export async function readJsonLines(path: string | Buffer, options: LineStreamOptions): Promise<LineStreamResult> {
	let head: Buffer;
	try {
		head = await readHead(path, 2);
	} catch (error) {
		return {warnings: [], skipped: `unreadable: ${ioReason(error)}`, bytes: 0};
	}
	const magic = head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;
	if (options.gzip && !magic) return {warnings: [], skipped: 'not a gzip file despite its .gz name', bytes: 0};

	const lines = new LineSplitter(options);
	const source = createReadStream(path);
	let diskBytes = 0;
	let readError: Error | undefined;
	source.on('data', (chunk) => {
		diskBytes += chunk.length;
		options.onBytes?.(diskBytes);
	});
	let stream: AsyncIterable<Buffer> = source;
	if (magic) {
		const gunzip = createGunzip();
		// pipe() does not pass a read error on; without this the loop below would wait forever.
		source.on('error', (error) => {
			readError = error;
			gunzip.destroy(error);
		});
		stream = source.pipe(gunzip);
	}
	let gzipError: Error | undefined;
	try {
		for await (const chunk of stream) {
			if (!lines.push(chunk)) break;
		}
	} catch (error) {
		if (readError || !magic) return {warnings: [], skipped: `unreadable: ${ioReason(readError ?? error)}`, bytes: lines.bytes};
		gzipError = error as Error;
	} finally {
		source.destroy();
	}
	// Node's gunzip (fast: it inflates ahead in its own thread) reads bytes after the gzip data as
	// a broken next member, and drops the output of its last step with the error. So on an error
	// the file is inflated again member by member (gzip.ts), as zcat reads it, and what follows
	// the bytes already split into lines is given to the splitter: nothing is lost or read twice.
	const gzip: GzipReport = {trailing: 0};
	if (gzipError && !lines.fallback && !lines.limited) {
		gzipError = undefined;
		const again = createReadStream(path);
		let skip = lines.bytes;
		try {
			for await (let chunk of gunzipStream(again, gzip)) {
				if (skip >= chunk.length) {
					skip -= chunk.length;
					continue;
				}
				chunk = chunk.subarray(skip);
				skip = 0;
				if (!lines.push(chunk)) break;
			}
		} catch (error) {
			if (!(error instanceof GzipDataError)) return {warnings: [], skipped: `unreadable: ${ioReason(error)}`, bytes: lines.bytes};
			gzipError = error;
		} finally {
			again.destroy();
		}
	}
	if (lines.fallback) return {warnings: [], fallback: true, bytes: lines.bytes};
	const warnings: string[] = [];
	if (gzipError) {
		// A truncated archive still holds its first records: keep what inflated.
		if (lines.bytes === 0) return {warnings: [], skipped: `truncated or corrupt gzip with no readable data (${gzipError.message})`, bytes: 0};
		warnings.push(`truncated or corrupt gzip: read the first ${formatBytes(lines.bytes)}`);
	}
	if (gzip.trailing > 0) warnings.push(trailingGarbage(gzip.trailing));
	if (lines.limited) warnings.push(lines.limited);
	lines.end();
	if (lines.bytes === 0) return {warnings: [], skipped: 'empty file', bytes: 0};
	if (lines.entries === 0 && lines.blankOnly) return {warnings: [], skipped: 'empty file (whitespace only)', bytes: lines.bytes};
	pushAll(warnings, lines.summary());
	return {warnings, bytes: lines.bytes};
}

async function readHead(path: string | Buffer, n: number): Promise<Buffer> {
	const handle = await open(path, 'r');
	try {
		const buf = Buffer.alloc(n);
		const {bytesRead} = await handle.read(buf, 0, n, 0);
		return buf.subarray(0, bytesRead);
	} finally {
		await handle.close();
	}
}

/** Cuts a byte stream at newlines and turns each line into records. */
class LineSplitter {
	bytes = 0;
	entries = 0;
	fallback = false;
	blankOnly = true;
	/** Why reading stopped before the end of the file (a limit was reached). */
	limited: string | null = null;
	private pending: Buffer[] = [];
	private pendingBytes = 0;
	/** The current line grew over the limit: its bytes are dropped until its end. */
	private oversized = false;
	private lineNo = 0;
	private sniffed = false;
	/** Decoding warnings, counted over lines ("not valid UTF-8 …" on 3 lines). */
	private readonly decodeWarnings = new Map<string, number>();

	constructor(private readonly options: LineStreamOptions) {}

	/** Returns false to stop reading (the reader must fall back, or a limit was reached). */
	push(chunk: Buffer): boolean {
		if (!this.sniffed) {
			this.sniffed = true;
			if (needsWholeFile(chunk)) {
				this.fallback = true;
				return false;
			}
		}
		if (this.bytes + chunk.length > this.options.maxFileBytes) {
			this.stop(`${formatBytes(this.options.maxFileBytes)} of data`);
			return false;
		}
		this.bytes += chunk.length;
		let start = 0;
		for (;;) {
			const at = chunk.indexOf(NEWLINE, start);
			if (at === -1) break;
			this.append(chunk.subarray(start, at));
			this.finishLine();
			if (this.limited) return false;
			start = at + 1;
		}
		if (start < chunk.length) this.append(chunk.subarray(start));
		return true;
	}

	end(): void {
		if (!this.limited && (this.pendingBytes > 0 || this.oversized)) this.finishLine();
	}

	private stop(limit: string): void {
		this.limited ??= `stopped reading at the limit of ${limit} per file (the rest of the file is skipped; set maxInflatedSize or maxRecords in presslens.json)`;
	}

	summary(): string[] {
		return [...this.decodeWarnings].map(([message, count]) => (count > 1 ? `${message} (on ${count} lines)` : message));
	}

	private append(part: Buffer): void {
		if (this.oversized || part.length === 0) return;
		if (this.pendingBytes + part.length > this.options.maxRecordBytes) {
			this.oversized = true;
			this.pending = [];
			this.pendingBytes = 0;
			return;
		}
		// Copied: the chunk's memory is reused by the stream.
		this.pending.push(Buffer.from(part));
		this.pendingBytes += part.length;
	}

	private finishLine(): void {
		this.lineNo++;
		const label = `line ${this.lineNo}`;
		if (this.oversized) {
			this.oversized = false;
			this.blankOnly = false;
			this.emit({skipped: `${label}: record over the size limit of ${formatBytes(this.options.maxRecordBytes)} (set maxFileSize in presslens.json or --max-size)`});
			return;
		}
		const line = this.pending.length === 1 ? this.pending[0] : Buffer.concat(this.pending, this.pendingBytes);
		this.pending = [];
		this.pendingBytes = 0;
		if (isBlank(line)) return;
		this.blankOnly = false;
		const decoded = decodeBytes(line, {maxBytes: this.options.maxRecordBytes, gzip: false});
		if ('skipped' in decoded) {
			this.emit({skipped: `${label}: ${decoded.skipped}`});
			return;
		}
		for (const warning of decoded.warnings) this.decodeWarnings.set(warning, (this.decodeWarnings.get(warning) ?? 0) + 1);
		// Cleaning may turn exotic line breaks into newlines, as it does for a whole file.
		for (const piece of cleanText(decoded.text).split('\n')) {
			if (!piece.trim()) continue;
			const parsed = parseJsonFile(piece, 'jsonl');
			for (const record of parsed.records) {
				this.emit('skipped' in record ? {skipped: record.skipped.replace(/^line 1\b/, label)} : record);
			}
		}
	}

	private emit(entry: StreamEntry): void {
		if (this.limited) return;
		if (this.entries >= this.options.maxRecords) {
			this.stop(`${this.options.maxRecords.toLocaleString('en-US')} records`);
			return;
		}
		this.entries++;
		this.options.onEntry(entry);
	}
}

function isBlank(line: Buffer): boolean {
	for (const b of line) if (b !== 0x20 && b !== 0x09 && b !== 0x0d && b !== 0x0c && b !== 0x0b) return false;
	return true;
}

/** UTF-16 (a zero in every other byte, or its byte-order mark) cannot be split at 0x0A bytes. */
function needsWholeFile(head: Buffer): boolean {
	if (head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))) return true;
	const n = Math.min(head.length, 8192);
	let zeros = 0;
	for (let i = 0; i < n; i++) if (head[i] === 0) zeros++;
	return zeros > Math.max(2, n * 0.001);
}
