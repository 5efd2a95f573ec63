// gzip read as zcat reads it: member after member (files joined with `cat a.gz b.gz` are valid),
// and bytes after the last member that do not start another one are reported and ignored
// instead of making the whole file unreadable. Node's own gunzip treats such bytes as a broken
// next member: gunzipSync throws away everything, and its stream drops the last output chunk
// before the error. Each member's deflate data is inflated raw here; the inflater stops at the
// end of that data and says how many input bytes it used, which tells where the next member is.
import {constants as bufferConstants} from 'node:buffer';
import {createInflateRaw, inflateRawSync, type InflateRaw} from 'node:zlib';

/** The deflate data is damaged or cut short (the bytes inflated before it were delivered). */
export class GzipDataError extends Error {}

/** Bytes after the last gzip member that are not another member (0 when there are none). */
export interface GzipReport {
	trailing: number;
}

const TRAILER = 8; // CRC-32 and size of each member

/** Length of the gzip member header at the start of `buf`; 0 when more bytes are needed, -1 when it is none. */
export function gzipHeaderLength(buf: Uint8Array): number {
	if (buf.length >= 1 && buf[0] !== 0x1f) return -1;
	if (buf.length >= 2 && buf[1] !== 0x8b) return -1;
	if (buf.length >= 3 && buf[2] !== 8) return -1; // deflate is the only method
	if (buf.length < 10) return 0;
	const flags = buf[3];
	let at = 10;
	if (flags & 0x04) {
		if (buf.length < at + 2) return 0;
		at += 2 + (buf[at] | (buf[at + 1] << 8)); // extra field
	}
	for (const flag of [0x08, 0x10]) {
		if (!(flags & flag)) continue;
		const end = buf.indexOf(0, at); // file name, comment: zero-terminated
		if (end === -1) return 0;
		at = end + 1;
	}
	if (flags & 0x02) at += 2; // header CRC
	return buf.length >= at ? at : 0;
}

/** Largest output Node can make into one buffer; a larger limit would be read as "too large". */
const clampOutput = (n: number) => Math.max(1, Math.min(n, bufferConstants.MAX_LENGTH));

/**
 * Inflates every member of a gzip file held in memory, at most `maxBytes` in all (over it,
 * zlib's "too large" RangeError is thrown). Throws GzipDataError for damaged or cut data.
 */
export function gunzipMembers(buf: Buffer, maxBytes: number): {data: Buffer; trailing: number} {
	const parts: Buffer[] = [];
	let total = 0;
	let at = 0;
	while (at < buf.length) {
		const header = gzipHeaderLength(buf.subarray(at));
		if (header <= 0) {
			if (at === 0) throw new GzipDataError('not a gzip header');
			return {data: Buffer.concat(parts, total), trailing: buf.length - at};
		}
		let result: {buffer: Buffer; engine: {bytesWritten: number}};
		try {
			result = inflateRawSync(buf.subarray(at + header), {info: true, maxOutputLength: clampOutput(maxBytes - total)} as never) as never;
		} catch (error) {
			if (error instanceof RangeError) throw error;
			throw new GzipDataError((error as Error).message);
		}
		parts.push(result.buffer);
		total += result.buffer.length;
		at += header + result.engine.bytesWritten + TRAILER;
	}
	return {data: Buffer.concat(parts, total), trailing: 0};
}

/**
 * Inflates a stream of gzip bytes member by member, yielding the inflated chunks in order.
 * Damaged or cut data throws GzipDataError after the chunks inflated before it; trailing
 * bytes end the stream and are counted in `report`.
 */
export async function* gunzipStream(source: AsyncIterable<Buffer>, report: GzipReport): AsyncGenerator<Buffer> {
	const input = source[Symbol.asyncIterator]();
	let pending: Buffer = Buffer.alloc(0);
	let exhausted = false;
	const more = async (): Promise<boolean> => {
		if (exhausted) return false;
		const next = await input.next();
		if (next.done) {
			exhausted = true;
			return false;
		}
		pending = pending.length ? Buffer.concat([pending, next.value]) : next.value;
		return true;
	};
	try {
		for (let index = 0; ; index++) {
			let header = gzipHeaderLength(pending);
			while (header === 0 && (await more())) header = gzipHeaderLength(pending);
			if (pending.length === 0) return;
			if (header <= 0) {
				if (index === 0) throw new GzipDataError(header === 0 ? 'cut off in the gzip header' : 'not a gzip header');
				report.trailing = pending.length;
				for (let next = await input.next(); !next.done; next = await input.next()) report.trailing += next.value.length;
				exhausted = true;
				return;
			}
			pending = pending.subarray(header);
			const member = new Member();
			try {
				for (;;) {
					if (pending.length === 0 && !(await more())) {
						// The input ended inside the deflate data.
						yield* await member.finish();
						throw new GzipDataError(member.failure?.message ?? 'unexpected end of file');
					}
					const chunk = pending;
					pending = Buffer.alloc(0);
					// The chunk inflates in zlib's thread while the caller reads the output of the last.
					const written = member.feed(chunk);
					yield* member.take();
					const unused = await written;
					if (member.failure) {
						yield* member.take();
						throw new GzipDataError(member.failure.message);
					}
					if (unused > 0) {
						// The deflate data ended inside this chunk: the rest is the trailer and what follows.
						await new Promise((resolve) => setImmediate(resolve)); // any late output
						yield* member.take();
						pending = chunk.subarray(chunk.length - unused);
						break;
					}
				}
			} finally {
				member.close();
			}
			while (pending.length < TRAILER && (await more())) {
				// the trailer may arrive in the next chunk
			}
			pending = pending.subarray(Math.min(TRAILER, pending.length));
		}
	} finally {
		if (!exhausted) await input.return?.();
	}
}

/** One member's raw inflater, fed a chunk at a time. */
class Member {
	failure: Error | null = null;
	private readonly inflater: InflateRaw = createInflateRaw();
	private readonly out: Buffer[] = [];
	private fed = 0;
	private wake: (() => void) | null = null;

	constructor() {
		this.inflater.on('data', (chunk: Buffer) => this.out.push(chunk));
		this.inflater.on('error', (error) => {
			this.failure = error;
			this.signal();
		});
		this.inflater.on('end', () => this.signal());
	}

	/** Writes a chunk; resolves with how many of its bytes the inflater did not use (it had reached the end). */
	async feed(chunk: Buffer): Promise<number> {
		this.fed += chunk.length;
		await new Promise<void>((resolve) => {
			this.wake = resolve;
			this.inflater.write(chunk, () => this.signal());
		});
		return this.failure ? 0 : this.fed - this.inflater.bytesWritten;
	}

	/** Ends the input; resolves with the last output. */
	async finish(): Promise<Buffer[]> {
		await new Promise<void>((resolve) => {
			this.wake = resolve;
			this.inflater.end();
			if (this.inflater.readableEnded) this.signal();
		});
		return this.take();
	}

	take(): Buffer[] {
		return this.out.splice(0);
	}

	close(): void {
		this.inflater.destroy();
	}

	private signal(): void {
		const wake = this.wake;
		this.wake = null;
		wake?.();
	}
}
