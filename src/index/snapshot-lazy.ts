// The parts of an open saved index read on first use (article bodies, mention spans), each checked
// against its checksum when it is read.
import {closeSync, fstatSync, readSync, statSync, unlinkSync} from 'node:fs';
import {crc32} from 'node:zlib';
import type {LazyParts} from './snapshot-schema.js';

export interface PartRef {
	name: string;
	offset: number;
	length: number;
	/** CRC-32 of the part's bytes. */
	sum: number;
}

/** CRC-32 (zlib's, which is fast): enough to notice damaged bytes, which is all it is for. */
export const checksum = (bytes: Uint8Array): number => crc32(bytes);

/** A part of the saved index read after it was opened (an article body) does not match its checksum. */
export class DamagedIndexError extends Error {
	constructor(readonly path: string) {
		super(`the saved index ${path} is damaged; it has been removed and is built again on the next run`);
		this.name = 'DamagedIndexError';
	}
}

/**
 * The open snapshot file, for the parts read on first use (article bodies, mention spans). Holding
 * the descriptor keeps those bytes readable when the file is replaced (new files are renamed into
 * place) or deleted meanwhile; it is closed once nothing is left to read or the index is dropped.
 */
export class LazyFile implements LazyParts {
	private static readonly closer = new FinalizationRegistry<number>((fd) => {
		try {
			closeSync(fd);
		} catch {
			// already closed
		}
	});
	private fd: number | undefined;
	private packedSpans: Int32Array | undefined;
	/** The spans part while it is read a slice at a time: where it is read into, how far, its checksum so far. */
	private spanRead: {ints: Int32Array; at: number; sum: number} | undefined;
	private warned = false;

	constructor(
		fd: number,
		private readonly path: string,
		private readonly base: number,
		private readonly bodies: PartRef,
		private readonly bodySums: Int32Array,
		private readonly spanPart: PartRef,
		private pending: number,
		private readonly onWarning: ((message: string) => void) | undefined,
		private readonly damagedBody: string | undefined,
	) {
		this.fd = fd;
		if (pending > 0) LazyFile.closer.register(this, fd, this);
		else this.close();
	}

	body(index: number, start: number, length: number): string {
		const bytes = this.read(this.bodies.offset + start, length);
		if (bytes.length === length && (checksum(bytes) | 0) !== this.bodySums[index]) {
			if (this.damagedBody === undefined) this.damage();
			this.damaged();
			this.done();
			return this.damagedBody;
		}
		this.done();
		return bytes.toString('utf8');
	}

	/** Damaged spans are left out (they only mark names in the reader), with a warning. */
	spans(): Int32Array {
		while (!this.readSpans(Infinity));
		return this.packedSpans!;
	}

	/**
	 * Reads up to `bytes` more of the spans part, straight into the array they are used from, its
	 * checksum kept as it goes; true once all of it is read. A part of tens of MB read at once (and
	 * copied) held the app's keys for half a second, most of it a full collection that the
	 * allocation brought on; in slices it is read ahead in idle turns (SpanReading).
	 */
	readSpans(bytes: number): boolean {
		if (this.packedSpans) return true;
		const total = this.spanPart.length;
		const into = (this.spanRead ??= {ints: new Int32Array(total >> 2), at: 0, sum: 0});
		const view = new Uint8Array(into.ints.buffer);
		const want = Math.min(total - into.at, bytes);
		const got = this.readInto(view, into.at, want, this.spanPart.offset + into.at);
		into.sum = crc32(view.subarray(into.at, into.at + got), into.sum);
		into.at += got;
		if (into.at < total && got === want) return false;
		if (into.at === total && into.sum !== this.spanPart.sum) {
			this.damaged();
			this.packedSpans = new Int32Array(0);
		} else this.packedSpans = into.at === total ? into.ints : into.ints.slice(0, into.at >> 2);
		this.spanRead = undefined;
		this.done();
		return true;
	}

	/** A damaged body is never shown as the article's text. */
	private damage(): never {
		this.damaged();
		throw new DamagedIndexError(this.path);
	}

	/** Warns once and removes the file (unless another has been renamed into its place). */
	private damaged(): void {
		if (this.warned) return;
		this.warned = true;
		this.onWarning?.(`ignored a corrupt index cache file ${this.path} (a part read after opening does not match its checksum); the corpus is indexed again`);
		removeIfSame(this.path, this.fd);
	}

	/** The bytes at `offset` (after the header); fewer, or none, if they cannot be read any more. */
	private read(offset: number, length: number): Buffer {
		const buf = Buffer.allocUnsafe(length);
		const got = this.readInto(buf, 0, length, offset);
		return got === length ? buf : buf.subarray(0, got);
	}

	/** Reads `length` bytes at `offset` (after the header) into `into` at `at`; how many it could read. */
	private readInto(into: Uint8Array, at: number, length: number, offset: number): number {
		let got = 0;
		try {
			while (this.fd !== undefined && got < length) {
				const n = readSync(this.fd, into, at + got, length - got, this.base + offset + got);
				if (n === 0) break;
				got += n;
			}
		} catch {
			// An unreadable file leaves the rest out (a body empty) rather than stopping the program.
		}
		return got;
	}

	/** One fewer part to read; the file is closed after the last. */
	private done(): void {
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

/** Removes the file at `path` if it is still the one open as `fd` (a newer one may have replaced it). */
export function removeIfSame(path: string, fd: number | undefined): void {
	try {
		if (fd === undefined || statSync(path).ino === fstatSync(fd).ino) unlinkSync(path);
	} catch {
		// Already gone, or a read-only cache.
	}
}
