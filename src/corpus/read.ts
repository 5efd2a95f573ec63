// Bytes to text, defensively: every file is untrusted. Detects gzip, binary content, byte-order
// marks and encodings; anything unusable becomes a reason to skip, never an exception.
import {gunzipSync, constants as zlib} from 'node:zlib';

export type Decoded = {text: string; warnings: string[]} | {skipped: string};

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export interface DecodeOptions {
	/** Largest decompressed size accepted. */
	maxBytes?: number;
	/** Whether the file name says gzip (.gz); the magic number is checked too. */
	gzip?: boolean;
}

const isGzip = (buf: Uint8Array) => buf.length >= 2 && buf[0] === 0x1f && buf[1] === 0x8b;

export function formatBytes(n: number): string {
	if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
	if (n >= 1024) return `${(n / 1024).toFixed(1)} KB`;
	return `${n} B`;
}

function gunzip(buf: Buffer, maxBytes: number): {data: Buffer; warning?: string} | {skipped: string} {
	try {
		return {data: gunzipSync(buf, {maxOutputLength: maxBytes})};
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ERR_BUFFER_TOO_LARGE' || /maxOutputLength|Cannot create a Buffer larger/i.test(String(error))) {
			return {skipped: `decompressed size over the limit of ${formatBytes(maxBytes)}`};
		}
		// A truncated archive still holds its first records: keep what inflates.
		try {
			const partial = gunzipSync(buf, {finishFlush: zlib.Z_SYNC_FLUSH, maxOutputLength: maxBytes});
			if (partial.length > 0) return {data: partial, warning: `truncated or corrupt gzip: read the first ${formatBytes(partial.length)}`};
		} catch {
			// fall through
		}
		return {skipped: `not a readable gzip file (${(error as Error).message})`};
	}
}

export function decodeBytes(input: Buffer, options: DecodeOptions = {}): Decoded {
	const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
	const warnings: string[] = [];
	let buf = input;
	if (options.gzip || isGzip(buf)) {
		const out = gunzip(buf, maxBytes);
		if ('skipped' in out) return out;
		buf = out.data;
		if (out.warning) warnings.push(out.warning);
	}
	if (buf.length > maxBytes) return {skipped: `size ${formatBytes(buf.length)} over the limit of ${formatBytes(maxBytes)}`};
	if (buf.length === 0) return {skipped: 'empty file'};

	let text: string;
	if (buf[0] === 0xff && buf[1] === 0xfe) {
		text = new TextDecoder('utf-16le').decode(buf.subarray(2));
		warnings.push('decoded as UTF-16LE (byte-order mark)');
	} else if (buf[0] === 0xfe && buf[1] === 0xff) {
		text = new TextDecoder('utf-16be').decode(buf.subarray(2));
		warnings.push('decoded as UTF-16BE (byte-order mark)');
	} else {
		if (looksBinary(buf)) return {skipped: 'binary content (NUL or control bytes)'};
		try {
			text = new TextDecoder('utf-8', {fatal: true, ignoreBOM: false}).decode(buf);
		} catch {
			// Invalid UTF-8: legacy single-byte text is the common cause; windows-1252 decodes every byte.
			text = new TextDecoder('windows-1252').decode(buf);
			warnings.push('not valid UTF-8: decoded as Windows-1252/Latin-1');
		}
	}
	if (!text.trim()) return {skipped: 'empty file (whitespace only)'};
	return {text, warnings};
}

/** NUL bytes, or many control bytes, in the first 8 KB mean this is not text. */
function looksBinary(buf: Buffer): boolean {
	const n = Math.min(buf.length, 8192);
	let control = 0;
	for (let i = 0; i < n; i++) {
		const b = buf[i];
		if (b === 0) return true;
		if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
	}
	return control > n * 0.1;
}
