// A whole index saved after it is built, so reopening an unchanged corpus skips loading, analysis,
// entity merging and statement linking: one file per corpus (its paths and size limit) and code
// version, valid while every file of the corpus keeps its size, modification time and inode.
//
// The file is a header line (JSON: fingerprint and the byte range of each part) followed by the
// parts. Article bodies are one UTF-8 block, decoded per article on first use; entity mention
// spans are packed integers, expanded per entity on first use. Everything else is JSON, cut into
// parts small enough to parse quickly and to stay under the engine's longest string.
import {createHash} from 'node:crypto';
import {closeSync, mkdirSync, openSync, readSync, statSync} from 'node:fs';
import {dirname, join, resolve} from 'node:path';
import type {Entity, Mention} from '../analysis/types.js';
import {CONFIG_FILE, walk} from '../corpus/walk.js';
import type {Article, LoadWarning} from '../corpus/types.js';
import {writeFileAtomic} from '../output/atomic.js';
import {CACHE_FORMAT, codeVersion} from './cache.js';
import type {CorpusIndex} from './types.js';

const MAGIC = 'presslens-index';
const ITEMS_PER_PART = 20000;

interface PartRef {
	name: string;
	offset: number;
	length: number;
}

interface Header {
	magic: string;
	format: number;
	version: string;
	fingerprint: string;
	parts: PartRef[];
}

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
	const add = (path: string) => {
		try {
			const s = statSync(path);
			hash.update(`${path}\u0000${s.size}\u0000${s.mtimeMs}\u0000${s.ino}\n`);
		} catch {
			hash.update(`${path}\u0000missing\n`);
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

// ---- writing

type Packed = {index: CorpusIndex; parts: Array<{name: string; data: Buffer}>};

function jsonParts(name: string, items: unknown[]): Array<{name: string; data: Buffer}> {
	const out: Array<{name: string; data: Buffer}> = [];
	for (let i = 0; i < items.length || i === 0; i += ITEMS_PER_PART) {
		out.push({name: `${name}.${out.length}`, data: Buffer.from(JSON.stringify(items.slice(i, i + ITEMS_PER_PART)))});
	}
	return out;
}

function pack(index: CorpusIndex): Packed['parts'] {
	const articleAt = new Map(index.articles.map((a, i) => [a.id, i] as const));
	const bodies: Buffer[] = [];
	let offset = 0;
	const articles = index.articles.map((a) => {
		const body = Buffer.from(a.body, 'utf8');
		bodies.push(body);
		const start = offset;
		offset += body.length;
		// Paragraphs are stored only when they are not simply the body cut at blank lines.
		const paragraphs = a.paragraphs;
		const plain = a.body ? a.body.split('\n\n') : [];
		const own = paragraphs.length === plain.length && paragraphs.every((p, i) => p === plain[i]) ? null : paragraphs;
		// Placeholders keep each field's place, so the reopened article prints exactly as before.
		return {...a, body: [start, offset], paragraphs: own};
	});
	// Spans as [article, start, end, field] integers when their text is the article's own text there.
	const spans: number[] = [];
	const entities = index.entities.map((e) => {
		const list = e.spans;
		const from = spans.length;
		let packable = true;
		for (const m of list) {
			const ai = articleAt.get(m.article);
			const source = ai === undefined ? undefined : m.field === 'title' ? index.articles[ai].title : index.articles[ai].body;
			if (ai === undefined || source?.slice(m.start, m.end) !== m.text) {
				packable = false;
				break;
			}
			spans.push(ai, m.start, m.end, m.field === 'title' ? 1 : 0);
		}
		if (!packable) {
			spans.length = from;
			return e;
		}
		return {...e, spans: {packed: [from / 4, (spans.length - from) / 4]}};
	});
	return [
		{name: 'meta', data: Buffer.from(JSON.stringify({name: index.name, roots: index.roots, warnings: index.warnings}))},
		...jsonParts('articles', articles),
		{name: 'bodies', data: Buffer.concat(bodies)},
		{name: 'spans', data: Buffer.from(new Int32Array(spans).buffer)},
		...jsonParts('entities', entities),
		...jsonParts('statements', index.statements),
	];
}

export function writeSnapshot(path: string, print: string, index: CorpusIndex, version = indexVersion()): void {
	const parts = pack(index);
	const refs: PartRef[] = [];
	let offset = 0;
	for (const part of parts) {
		// Each part starts at a multiple of 8 so typed arrays can view it in place.
		const pad = (8 - (offset % 8)) % 8;
		offset += pad;
		refs.push({name: part.name, offset, length: part.data.length});
		offset += part.data.length;
	}
	const header: Header = {magic: MAGIC, format: CACHE_FORMAT, version, fingerprint: print, parts: refs};
	const headerBytes = Buffer.from(JSON.stringify(header) + '\n');
	const chunks: Buffer[] = [headerBytes];
	let at = 0;
	for (const [i, part] of parts.entries()) {
		const pad = refs[i].offset - at;
		if (pad > 0) chunks.push(Buffer.alloc(pad));
		chunks.push(part.data);
		at = refs[i].offset + part.data.length;
	}
	mkdirSync(dirname(path), {recursive: true});
	writeFileAtomic(path, Buffer.concat(chunks), {overwrite: true});
}

// ---- reading

/** The saved index when it matches `print`; undefined when absent, stale or damaged (with a warning). */
export function readSnapshot(path: string, print: string, options: SnapshotOptions = {}, version = indexVersion()): CorpusIndex | undefined {
	let fd: number;
	try {
		fd = openSync(path, 'r');
	} catch {
		return undefined;
	}
	try {
		const header = readHeader(fd);
		if (!header || header.magic !== MAGIC || header.format !== CACHE_FORMAT || header.version !== version) {
			options.onWarning?.(`ignored a corrupt or old index cache file ${path}; the corpus is indexed again`);
			return undefined;
		}
		if (header.fingerprint !== print) return undefined;
		const base = header.headerLength;
		const size = statSync(path).size;
		const read = (ref: PartRef): Buffer => {
			if (ref.offset + ref.length + base > size) throw new Error('cut off');
			const buf = Buffer.allocUnsafe(ref.length);
			let got = 0;
			while (got < ref.length) {
				const n = readSync(fd, buf, got, ref.length - got, base + ref.offset + got);
				if (n === 0) throw new Error('cut off');
				got += n;
			}
			return buf;
		};
		const parts = new Map(header.parts.map((p) => [p.name, p]));
		const json = <T>(name: string): T => JSON.parse(read(parts.get(name)!).toString('utf8')) as T;
		const jsonList = <T>(name: string): T[] => {
			const out: T[] = [];
			for (let i = 0; parts.has(`${name}.${i}`); i++) for (const item of json<T[]>(`${name}.${i}`)) out.push(item);
			return out;
		};
		const meta = json<{name: string; roots: string[]; warnings: LoadWarning[]}>('meta');
		const bodies = read(parts.get('bodies')!);
		const spanBuf = read(parts.get('spans')!);
		const spans = new Int32Array(spanBuf.buffer, spanBuf.byteOffset, spanBuf.length / 4);
		const articles = jsonList<Record<string, unknown>>('articles').map((raw) => unpackArticle(raw, bodies));
		const entities = jsonList<Record<string, unknown>>('entities').map((raw) => unpackEntity(raw, spans, articles));
		const statements = jsonList<CorpusIndex['statements'][number]>('statements');
		return {name: meta.name, roots: meta.roots, warnings: meta.warnings, articles, entities, statements};
	} catch (error) {
		options.onWarning?.(`ignored a corrupt index cache file ${path} (${(error as Error).message}); the corpus is indexed again`);
		return undefined;
	} finally {
		closeSync(fd);
	}
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

/** A field computed on first read and then kept as a plain value; it keeps its place among the keys. */
function lazy<T extends object>(target: T, key: string, compute: () => unknown): void {
	Object.defineProperty(target, key, {
		enumerable: true,
		configurable: true,
		get() {
			const value = compute();
			Object.defineProperty(target, key, {value, enumerable: true, configurable: true, writable: true});
			return value;
		},
		set(value) {
			Object.defineProperty(target, key, {value, enumerable: true, configurable: true, writable: true});
		},
	});
}

function unpackArticle(raw: Record<string, unknown>, bodies: Buffer): Article {
	const [start, end] = raw.body as [number, number];
	const own = raw.paragraphs as string[] | null;
	const article = raw as unknown as Article;
	lazy(article, 'body', () => bodies.toString('utf8', start, end));
	lazy(article, 'paragraphs', () => own ?? (article.body ? article.body.split('\n\n') : []));
	return article;
}

function unpackEntity(raw: Record<string, unknown>, spans: Int32Array, articles: Article[]): Entity {
	const packed = (raw.spans as {packed?: [number, number]}).packed;
	if (!packed) return raw as unknown as Entity;
	const entity = raw as unknown as Entity;
	const [from, count] = packed;
	lazy(entity, 'spans', () => {
		const out: Mention[] = [];
		for (let i = from; i < from + count; i++) {
			const article = articles[spans[i * 4]];
			const start = spans[i * 4 + 1];
			const end = spans[i * 4 + 2];
			const field = spans[i * 4 + 3] === 1 ? 'title' : 'body';
			const source = field === 'title' ? (article.title ?? '') : article.body;
			out.push({article: article.id, start, end, field, text: source.slice(start, end)});
		}
		return out;
	});
	return entity;
}
