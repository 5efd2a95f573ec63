// Bytes to text, defensively: every file is untrusted. Detects gzip, binary content, byte-order
// marks and encodings; anything unusable becomes a reason to skip, never an exception.
import {constants as bufferConstants} from 'node:buffer';
import {constants as fsc} from 'node:fs';
import {open} from 'node:fs/promises';
import {gunzipSync, constants as zlib} from 'node:zlib';
import {gunzipMembers} from './gzip.js';

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

/**
 * Reads a file's bytes for the loader without ever blocking or reading more than needed: opens
 * non-blocking (a file swapped for a named pipe would otherwise hang the load), checks on the open
 * handle that it is a regular file and within the limit (no race with a stat done earlier), and
 * reads at most limit + 1 bytes (a file growing while read is still caught). Compressed files may
 * be up to the limit on disk; their inflated size is checked by decodeBytes.
 */
export async function readFileBytes(path: string | Buffer, maxBytes: number): Promise<{bytes: Buffer} | {skipped: string}> {
	let handle;
	try {
		handle = await open(path, fsc.O_RDONLY | (fsc.O_NONBLOCK ?? 0));
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {skipped: 'vanished during the load (no such file)'};
		return {skipped: `unreadable: ${ioReason(error)}`};
	}
	try {
		const info = await handle.stat();
		if (!info.isFile()) return {skipped: `not a regular file (${kindOf(info)})`};
		if (info.size > maxBytes) return {skipped: overLimit(info.size, maxBytes)};
		const buf = Buffer.allocUnsafe(Math.min(info.size, maxBytes) + 1);
		let length = 0;
		while (length < buf.length) {
			const {bytesRead} = await handle.read(buf, length, buf.length - length, length);
			if (bytesRead === 0) break;
			length += bytesRead;
		}
		if (length > maxBytes) return {skipped: `grew over the limit of ${formatBytes(maxBytes)} while being read`};
		return {bytes: buf.subarray(0, length)};
	} catch (error) {
		return {skipped: `unreadable: ${ioReason(error)}`};
	} finally {
		await handle.close().catch(() => undefined);
	}
}

const overLimit = (size: number, maxBytes: number) =>
	`size ${formatBytes(size)} over the limit of ${formatBytes(maxBytes)} (set maxFileSize in presslens.json or --max-size)`;

function kindOf(info: {isFIFO(): boolean; isSocket(): boolean; isDirectory(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean}): string {
	if (info.isFIFO()) return 'named pipe';
	if (info.isSocket()) return 'socket';
	if (info.isDirectory()) return 'folder';
	if (info.isCharacterDevice() || info.isBlockDevice()) return 'device';
	return 'special file';
}

/** A short human reason for a file-system error. */
export function ioReason(error: unknown): string {
	const e = error as NodeJS.ErrnoException;
	switch (e?.code) {
		case 'ENOENT':
			return 'no such file or folder';
		case 'EACCES':
		case 'EPERM':
			return 'permission denied';
		case 'ELOOP':
			return 'too many symbolic links (loop)';
		case 'EISDIR':
			return 'is a folder';
		case 'EMFILE':
		case 'ENFILE':
			return 'too many open files';
		case 'EIO':
			return 'input/output error';
		case 'ENAMETOOLONG':
			return 'path too long';
		default:
			return e?.message ?? String(error);
	}
}

function gunzip(buf: Buffer, limit: number): {data: Buffer; warning?: string} | {skipped: string} {
	// zlib refuses a limit over the largest Buffer (4 GB); a larger one could never be reached anyway.
	const maxBytes = Math.min(limit, bufferConstants.MAX_LENGTH);
	try {
		return {data: gunzipSync(buf, {maxOutputLength: maxBytes})};
	} catch (error) {
		if (isTooLarge(error)) return {skipped: `decompressed size over the limit of ${formatBytes(maxBytes)}`};
		// Bytes after the gzip data that start no member (zlib reads them as a broken one): keep
		// the members, as zcat does.
		try {
			const members = gunzipMembers(buf, maxBytes);
			if (members.trailing > 0 && members.data.length > 0) return {data: members.data, warning: trailingGarbage(members.trailing)};
		} catch (again) {
			if (isTooLarge(again)) return {skipped: `decompressed size over the limit of ${formatBytes(maxBytes)}`};
		}
		// A truncated archive still holds its first records: keep what inflates.
		try {
			const partial = gunzipSync(buf, {finishFlush: zlib.Z_SYNC_FLUSH, maxOutputLength: maxBytes});
			if (partial.length > 0) return {data: partial, warning: `truncated or corrupt gzip: read the first ${formatBytes(partial.length)}`};
		} catch (again) {
			if (isTooLarge(again)) return {skipped: `decompressed size over the limit of ${formatBytes(maxBytes)}`};
		}
		const why = (error as Error).message;
		return {skipped: isGzip(buf) ? `truncated or corrupt gzip with no readable data (${why})` : `not a gzip file despite its .gz name`};
	}
}

export const trailingGarbage = (bytes: number) => `ignored ${formatBytes(bytes)} of trailing garbage after the gzip data`;

/** Only the output over the limit is "too large": any other error (a bad option among them) is not. */
const isTooLarge = (error: unknown) => (error as NodeJS.ErrnoException)?.code === 'ERR_BUFFER_TOO_LARGE';

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
	if (buf.length > maxBytes) return {skipped: overLimit(buf.length, maxBytes)};
	if (buf.length === 0) return {skipped: 'empty file'};

	let text: string;
	const utf16 = bomUtf16(buf) ?? sniffUtf16(buf);
	if (utf16) {
		const body = utf16.bom ? buf.subarray(2) : buf;
		text = new TextDecoder(utf16.encoding).decode(body.length % 2 ? body.subarray(0, body.length - 1) : body);
		warnings.push(utf16.bom ? `decoded as ${utf16.label} (byte-order mark)` : `decoded as ${utf16.label} (no byte-order mark; detected from its zero bytes)`);
		if (body.length % 2) warnings.push(`${utf16.label} text has an odd number of bytes: dropped the last one`);
	} else {
		if (looksBinary(buf)) return {skipped: 'binary content (NUL or control bytes), not text'};
		const check = checkUtf8(buf);
		if (check.invalid === 0) {
			text = new TextDecoder('utf-8', {ignoreBOM: false}).decode(buf);
		} else if (check.multibyte === 0) {
			// Legacy single-byte text is the common cause; Windows-1252 decodes every byte and is a
			// superset of Latin-1's printable characters (curly quotes and € live at 0x80–0x9F).
			text = decodeWindows1252(buf);
			warnings.push('not valid UTF-8: decoded as Windows-1252/Latin-1');
		} else {
			// UTF-8 with some bytes that are not (a legacy fragment pasted in, a cut-off character):
			// decoding it all as Windows-1252 would garble every good accented letter, so only the
			// bad bytes are read that way.
			text = decodeMixed(buf);
			warnings.push(`not valid UTF-8: ${check.invalid} invalid byte sequence(s) read as Windows-1252`);
		}
	}
	const nul = text.indexOf('\u0000');
	if (nul !== -1) {
		text = text.replace(/\u0000+/g, '');
		warnings.push('removed NUL characters');
	}
	if (!/[\p{L}\p{N}\p{S}\p{P}]/u.test(text)) return {skipped: 'empty file (whitespace only)'};
	return {text, warnings};
}

// Windows-1252's 0x80–0x9F (WHATWG table; unassigned bytes keep their C1 code point, which the
// cleaner removes). Node 20's TextDecoder('windows-1252') decodes these bytes as Latin-1 C1
// controls, losing curly quotes, dashes and €, so the table is applied here.
const CP1252 =
	'\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
	'\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

export function decodeWindows1252(buf: Uint8Array): string {
	return Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength)
		.toString('latin1')
		.replace(/[\u0080-\u009f]/g, c => CP1252[c.charCodeAt(0) - 0x80]);
}

function bomUtf16(buf: Buffer): {encoding: 'utf-16le' | 'utf-16be'; label: string; bom: boolean} | null {
	if (buf[0] === 0xff && buf[1] === 0xfe) return {encoding: 'utf-16le', label: 'UTF-16LE', bom: true};
	if (buf[0] === 0xfe && buf[1] === 0xff) return {encoding: 'utf-16be', label: 'UTF-16BE', bom: true};
	return null;
}

/**
 * UTF-16 without a byte-order mark: text in Latin scripts has a zero in every other byte. Only a
 * strong pattern counts (zeros on one parity, almost none on the other), so binary stays binary.
 */
function sniffUtf16(buf: Buffer): {encoding: 'utf-16le' | 'utf-16be'; label: string; bom: boolean} | null {
	const n = Math.min(buf.length, 8192) & ~1;
	if (n < 8) return null;
	let evenZero = 0;
	let oddZero = 0;
	for (let i = 0; i < n; i += 2) {
		if (buf[i] === 0) evenZero++;
		if (buf[i + 1] === 0) oddZero++;
	}
	const pairs = n / 2;
	if (oddZero > pairs * 0.6 && evenZero < pairs * 0.02) return {encoding: 'utf-16le', label: 'UTF-16LE', bom: false};
	if (evenZero > pairs * 0.6 && oddZero < pairs * 0.02) return {encoding: 'utf-16be', label: 'UTF-16BE', bom: false};
	return null;
}

/** Length of the well-formed UTF-8 sequence at i (1 for ASCII), or 0 when the byte starts none. */
export function utf8Length(buf: Uint8Array, i: number): number {
	const b = buf[i];
	if (b < 0x80) return 1;
	let need: number;
	let cp: number;
	let min: number;
	if (b >= 0xc2 && b <= 0xdf) [need, cp, min] = [1, b & 0x1f, 0x80];
	else if (b >= 0xe0 && b <= 0xef) [need, cp, min] = [2, b & 0x0f, 0x800];
	else if (b >= 0xf0 && b <= 0xf4) [need, cp, min] = [3, b & 0x07, 0x10000];
	else return 0;
	if (i + need >= buf.length) return 0;
	for (let k = 1; k <= need; k++) {
		const c = buf[i + k];
		if ((c & 0xc0) !== 0x80) return 0;
		cp = (cp << 6) | (c & 0x3f);
	}
	if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return 0;
	return need + 1;
}

/** Counts well-formed multi-byte UTF-8 sequences and invalid ones (each maximal bad run counts once). */
export function checkUtf8(buf: Uint8Array): {multibyte: number; invalid: number} {
	let multibyte = 0;
	let invalid = 0;
	let i = 0;
	const n = buf.length;
	while (i < n) {
		if (buf[i] < 0x80) {
			i++;
			continue;
		}
		const len = utf8Length(buf, i);
		if (len) {
			multibyte++;
			i += len;
		} else {
			invalid++;
			i++;
			while (i < n && buf[i] >= 0x80 && buf[i] < 0xc0) i++; // the rest of the broken sequence
		}
	}
	return {multibyte, invalid};
}

/** UTF-8 where it is well-formed, Windows-1252 for each byte where it is not. */
export function decodeMixed(buf: Uint8Array): string {
	const b = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
	const parts: string[] = [];
	let start = 0;
	let i = 0;
	while (i < b.length) {
		if (b[i] < 0x80) {
			i++;
			continue;
		}
		const len = utf8Length(b, i);
		if (len) {
			i += len;
			continue;
		}
		if (i > start) parts.push(b.toString('utf8', start, i));
		parts.push(decodeWindows1252(b.subarray(i, i + 1)));
		i++;
		start = i;
	}
	if (start < b.length) parts.push(b.toString('utf8', start));
	return parts.join('');
}

/**
 * Binary, not text: NUL bytes in quantity, or many control bytes, in the first 8 KB. A stray NUL
 * or two in real text (a scraper's glitch) is removed with a warning instead.
 */
function looksBinary(buf: Buffer): boolean {
	const n = Math.min(buf.length, 8192);
	let nul = 0;
	let control = 0;
	for (let i = 0; i < n; i++) {
		const b = buf[i];
		if (b === 0) nul++;
		else if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++;
	}
	if (nul > Math.max(2, n * 0.001)) return true;
	if (control + nul > n * 0.1) return true;
	// A text format's magic bytes say nothing; known binary formats' do.
	return hasBinaryMagic(buf);
}

const MAGIC: number[][] = [
	[0x89, 0x50, 0x4e, 0x47], // PNG
	[0xff, 0xd8, 0xff], // JPEG
	[0x25, 0x50, 0x44, 0x46, 0x2d], // %PDF-
	[0x50, 0x4b, 0x03, 0x04], // ZIP, DOCX, EPUB
	[0x47, 0x49, 0x46, 0x38], // GIF8
	[0x7f, 0x45, 0x4c, 0x46], // ELF
	[0x28, 0xb5, 0x2f, 0xfd], // zstd
	[0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], // xz
];

function hasBinaryMagic(buf: Buffer): boolean {
	return MAGIC.some(m => m.length <= buf.length && m.every((b, i) => buf[i] === b));
}
