// `-` as a PATH: standard input, spooled into a private temporary file that the usual readers then
// open like any other (JSON Lines streamed record by record, gzip, size limits, warnings), and
// removed when the process ends. The name given to the spool says what the input holds, as an
// extension would: JSON Lines when it starts with `{`, else one article whose format is sniffed.
import {createReadStream, createWriteStream, mkdtempSync, renameSync, rmSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import type {Readable} from 'node:stream';
import {pipeline} from 'node:stream/promises';
import {createGunzip} from 'node:zlib';

export const STDIN_PATH = '-';
/** How the app names standard input in its header. */
export const STDIN_NAME = 'standard input';

/** The file name for input starting with these (decompressed) bytes. */
export function spoolName(head: Buffer): string {
	let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0; // a UTF-8 byte order mark
	while (i < head.length && (head[i] === 0x20 || head[i] === 0x09 || head[i] === 0x0a || head[i] === 0x0d)) i++;
	return head[i] === 0x7b ? 'stdin.jsonl' : 'stdin.txt';
}

/** The first chunk of a file, decompressed when it is gzip; empty for an empty file. */
async function firstChunk(path: string, gzip: boolean): Promise<Buffer> {
	const file = createReadStream(path, {end: 64 * 1024 - 1});
	const stream: Readable = gzip ? file.pipe(createGunzip()) : file;
	try {
		for await (const chunk of stream) return chunk as Buffer;
	} catch {
		// Damaged gzip: the reader reports it when it opens the file.
	} finally {
		file.destroy();
		stream.destroy();
	}
	return Buffer.alloc(0);
}

/**
 * Copies `input` into a new temporary folder and returns the copy's path. The folder is removed at
 * exit unless `keep` (tests remove it themselves).
 */
export async function spoolStdin(input: Readable = process.stdin, options: {keep?: boolean} = {}): Promise<string> {
	const dir = mkdtempSync(join(tmpdir(), 'presslens-stdin-'));
	if (!options.keep) process.once('exit', () => rmSync(dir, {recursive: true, force: true}));
	const raw = join(dir, 'input');
	await pipeline(input, createWriteStream(raw, {mode: 0o600}));
	const magic = await firstChunk(raw, false);
	const gzip = magic[0] === 0x1f && magic[1] === 0x8b;
	const path = join(dir, spoolName(gzip ? await firstChunk(raw, true) : magic) + (gzip ? '.gz' : ''));
	renameSync(raw, path);
	return path;
}

interface Labelled {
	name: string;
	articles: Array<{file: string}>;
	warnings: Array<{file: string}>;
}

/** Names the spool `-` again in what is shown and printed (the corpus name, each file field). */
export function labelStdin<T extends Labelled>(data: T, spool: string): T {
	data.name = data.name.split(spool).join(STDIN_PATH);
	for (const item of [...data.articles, ...data.warnings]) if (item.file === spool) item.file = STDIN_PATH;
	return data;
}
