// A saved index with damaged bytes never gives wrong output: a part read at open that does not
// match its checksum makes the open fail with a warning (and the file is removed); an article body
// is checked when it is read, and a damaged one throws instead of being shown as the article's text.
import {existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import type {Article} from '../../src/corpus/types.js';
import {DamagedIndexError, readSnapshot, writeSnapshot} from '../../src/index/snapshot.js';
import type {CorpusIndex} from '../../src/index/types.js';
import {jsonLines, makeCorpus, removeCorpus, runCli} from '../helpers.js';
import {makeArticle} from '../fixtures/article.js';

const dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs.splice(0)) removeCorpus(dir);
});

function article(id: string, body: string): Article {
	return makeArticle({
		id, body, file: `/corpus/${id}`, outlet: 'Brisk Valley Post', published: '2022-02-02', title: `About ${id}`,
		words: body.split(' ').length, provenance: {outlet: 'metadata'}, hash: `h-${id}`,
	});
}

function sample(): CorpusIndex {
	const a = article('a.txt', 'The ferry from Olmsby runs twice a day.\n\nTickets cost four crowns.');
	const b = article('b.txt', 'Harbour master Ilsa Vogt said the quay would reopen.');
	return {
		name: 'sample', roots: ['/corpus'], warnings: [],
		articles: [a, b],
		entities: [{id: 'ilsa-vogt', type: 'person', name: 'Ilsa Vogt', aliases: ['Ilsa Vogt'], mentions: {'b.txt': 1}, spans: [{article: 'b.txt', start: 15, end: 24, field: 'body', text: 'Ilsa Vogt'}], descriptors: []}],
		statements: [],
	};
}

interface PartRef {
	name: string;
	offset: number;
	length: number;
}

function saved() {
	const dir = mkdtempSync(join(tmpdir(), 'presslens-damage-'));
	dirs.push(dir);
	const path = join(dir, 'sample.idx');
	writeSnapshot(path, 'print', sample(), 'v');
	const bytes = readFileSync(path);
	const headerEnd = bytes.indexOf(0x0a) + 1;
	const parts = (JSON.parse(bytes.subarray(0, headerEnd).toString('utf8')) as {parts: PartRef[]}).parts;
	const at = (name: string) => headerEnd + parts.find((p) => p.name === name)!.offset;
	return {path, bytes, parts, headerEnd, at};
}

function reopen(path: string) {
	const warnings: string[] = [];
	return {index: readSnapshot(path, 'print', {onWarning: (m) => warnings.push(m)}, 'v'), warnings};
}

describe('a damaged saved index', () => {
	it('is refused at open, with a warning, when any part read at open has a changed byte', () => {
		const {path, bytes, parts, headerEnd} = saved();
		for (const part of parts.filter((p) => p.length > 0 && p.name !== 'bodies' && p.name !== 'spans')) {
			for (const offset of [0, part.length >> 1, part.length - 1]) {
				const damaged = Buffer.from(bytes);
				// A change that keeps the bytes valid (a letter for another), as a bit flip in text often does.
				damaged[headerEnd + part.offset + offset] ^= 0x01;
				writeFileSync(path, damaged);
				const {index, warnings} = reopen(path);
				expect(index, `${part.name} byte ${offset}`).toBeUndefined();
				expect(warnings.join('\n')).toMatch(/corrupt index cache file .*checksum/);
				// Removed, so the next open does not meet it again.
				expect(existsSync(path)).toBe(false);
			}
		}
	});

	it('never shows a damaged body as the article text: the read throws, warns once and removes the file', () => {
		const {path, bytes, at} = saved();
		const damaged = Buffer.from(bytes);
		// "The ferry" becomes "Uhe ferry": still valid UTF-8, so only a checksum can tell.
		damaged[at('bodies')] ^= 0x01;
		writeFileSync(path, damaged);
		const {index, warnings} = reopen(path);
		expect(index).toBeDefined();
		expect(() => index!.articles[0].body).toThrow(DamagedIndexError);
		expect(() => index!.articles[0].body).toThrow(DamagedIndexError);
		expect(warnings).toHaveLength(1);
		expect(warnings[0]).toMatch(/corrupt index cache file/);
		expect(existsSync(path)).toBe(false);
		// The other bodies are whole and still read.
		expect(index!.articles[1].body).toBe(sample().articles[1].body);
	});

	it('reads a damaged body as the text the app gives for it, when it gives one, warning once', () => {
		const {path, bytes, at} = saved();
		const damaged = Buffer.from(bytes);
		damaged[at('bodies')] ^= 0x01;
		writeFileSync(path, damaged);
		const warnings: string[] = [];
		const index = readSnapshot(path, 'print', {onWarning: (m) => warnings.push(m), damagedBody: '[damaged]'}, 'v');
		expect(index!.articles[0].body).toBe('[damaged]');
		expect(index!.articles[1].body).toBe(sample().articles[1].body);
		expect(warnings).toHaveLength(1);
		expect(existsSync(path)).toBe(false);
	});

	it('leaves out damaged mention spans with a warning instead of marking the wrong words', () => {
		const {path, bytes, at} = saved();
		const damaged = Buffer.from(bytes);
		damaged[at('spans') + 4] ^= 0x01;
		writeFileSync(path, damaged);
		const {index, warnings} = reopen(path);
		expect(index!.entities[0].spans).toEqual([]);
		expect(warnings.join('\n')).toMatch(/corrupt index cache file/);
	});

	it('finds damaged spans as well when they are read ahead a few bytes at a time', () => {
		const {path, bytes, at} = saved();
		const damaged = Buffer.from(bytes);
		damaged[at('spans') + 4] ^= 0x01;
		writeFileSync(path, damaged);
		const {index, warnings} = reopen(path);
		let steps = 1;
		// A budget unit reads 2,000 bytes: 0.004 reads 8 bytes, half a span.
		while (!index!.readAhead!.step(0.004)) steps++;
		expect(steps).toBeGreaterThan(1);
		expect(index!.entities[0].spans).toEqual([]);
		expect(warnings.join('\n')).toMatch(/corrupt index cache file/);
	});
});

describe('presslens on a corpus whose saved index was damaged', () => {
	it('prints the articles as the files hold them, warns, and exits 0', () => {
		const text = (n: number) => `Quay works\n\nThe quay at Olmsby will reopen in spring, harbour master Ilsa Vogt said. Work number ${n} is done.`;
		const corpus = makeCorpus({'a.txt': text(1), 'b.txt': text(2)});
		const cache = mkdtempSync(join(tmpdir(), 'presslens-cache-'));
		dirs.push(corpus, cache);
		expect(runCli(['statements', corpus, '--cache-dir', cache]).status).toBe(0);
		const clean = runCli(['articles', corpus, '--json', '--no-cache']).stdout;
		const folder = readdirSync(cache).find((n) => n.startsWith('index-'))!;
		const file = join(cache, folder, readdirSync(join(cache, folder)).find((n) => n.endsWith('.idx'))!);
		const bytes = readFileSync(file);
		const headerEnd = bytes.indexOf(0x0a) + 1;
		const parts = (JSON.parse(bytes.subarray(0, headerEnd).toString('utf8')) as {parts: PartRef[]}).parts;
		const bodies = parts.find((p) => p.name === 'bodies')!;
		// A letter of the last body changed for another: valid text, wrong words.
		bytes[headerEnd + bodies.offset + bodies.length - 3] ^= 0x01;
		writeFileSync(file, bytes);

		const run = runCli(['articles', corpus, '--json', '--cache-dir', cache]);
		expect(run.status).toBe(0);
		expect(run.stderr).toMatch(/presslens: warning: ignored a corrupt index cache file/);
		expect(jsonLines(run.stdout)).toEqual(jsonLines(clean));
	});
});
