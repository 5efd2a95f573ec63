import {readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import type {Entity, Rendering, Statement} from '../../src/analysis/types.js';
import type {Article} from '../../src/corpus/types.js';
import {growHeapFreely} from '../../src/index/heap.js';
import {fingerprint, readSnapshot, readSnapshotSliced, writeSnapshot} from '../../src/index/snapshot.js';
import {eachSpanStart, spanJob} from '../../src/index/snapshot-schema.js';
import type {CorpusIndex} from '../../src/index/types.js';
import {makeCorpus, removeCorpus} from '../helpers.js';
import {makeArticle} from '../fixtures/article.js';

const dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs.splice(0)) removeCorpus(dir);
});

const VERSION = 'test-version';
const PRINT = 'print-1';

function article(id: string, body: string, extra: Partial<Article> = {}): Article {
	return makeArticle({
		id, body, file: `/corpus/${id}`, format: 'json', outlet: 'Tarnwick Herald', published: '2023-04-05', title: `Title of ${id}`,
		paragraphs: body ? body.split('\n\n') : [], provenance: {outlet: 'metadata'}, hash: `hash-${id}`, ...extra,
	});
}

function rendering(a: Article, start: number, end: number, extra: Partial<Rendering> = {}): Rendering {
	return {
		id: `${a.id}:${start}`,
		article: a.id,
		outlet: a.outlet,
		published: a.published,
		text: a.body.slice(start, end),
		start,
		end,
		kind: 'direct',
		verb: 'said',
		speaker: 'mira-oldfen',
		speakerName: 'Mira Oldfen',
		speakerLabel: null,
		...extra,
	};
}

/** An index with the usual shapes and every unusual one the format must keep as it was. */
function sampleIndex(): CorpusIndex {
	const a = article('a.json', 'Mira Oldfen said “the ferry will run again” on Monday.\n\nThe Quarnholt council agreed.');
	const b = article('b.json', 'The “ferry will run again”, Oldfen said. 🚢 Boats wait.', {outlet: null, published: null, warnings: ['no date found', 'byline guessed']});
	// Paragraphs that are not the body cut at blank lines, and an empty body.
	const c = article('c.json', 'One block\n\nof text', {paragraphs: ['One block of text'], words: 4});
	const d = article('12', '', {title: null, provenance: {}});
	// Shapes the packed layout does not cover: an unpaired surrogate, a new field, a fraction.
	const e = article('e.json', 'Broken \uD800 text here.');
	const f = {...article('f.json', 'Plain text.'), extra: {note: 'added later'}} as Article;
	const g = article('g.json', 'Short.', {words: 1.5});
	const articles = [a, b, c, d, e, f, g];
	const entities: Entity[] = [
		{
			id: 'mira-oldfen',
			type: 'person',
			name: 'Mira Oldfen',
			aliases: ['Mira Oldfen', 'Oldfen'],
			mentions: {'a.json': 1, 'b.json': 1, '12': 0},
			spans: [
				{article: 'a.json', start: 0, end: 11, field: 'body', text: 'Mira Oldfen'},
				{article: 'b.json', start: 28, end: 34, field: 'body', text: 'Oldfen'},
				{article: 'a.json', start: 0, end: 5, field: 'title', text: 'Title'},
			],
			descriptors: [{article: 'a.json', outlet: 'Tarnwick Herald', text: 'ferry spokeswoman', kind: 'appositive'}],
		},
		// Mentions in an article the index does not hold, spans whose text is not the article's.
		{
			id: 'quarnholt-council',
			type: 'organization',
			name: 'Quarnholt council',
			aliases: ['Quarnholt council'],
			mentions: {'a.json': 1, 'gone.json': 2},
			spans: [{article: 'a.json', start: 60, end: 77, field: 'body', text: 'not what is there'}],
			descriptors: [{article: 'a.json', outlet: null, text: 'council', kind: 'other', extra: 1} as never],
		},
		{id: 'lone', type: 'other', name: 'Lone', aliases: [], mentions: {}, spans: [], descriptors: []},
		{...{id: 'new-field', type: 'place', name: 'Tarnwick', aliases: ['Tarnwick']}, score: 3, mentions: {}, spans: [], descriptors: []} as Entity,
	];
	const statements: Statement[] = [
		{id: 's1', speaker: 'mira-oldfen', speakerName: 'Mira Oldfen', renderings: [rendering(a, 17, 42), rendering(b, 4, 25, {kind: 'indirect', verb: null, speaker: null})], outlets: 2},
		{id: 's2', speaker: null, speakerName: null, renderings: [rendering(a, 59, 82, {id: 'custom-id', speakerLabel: 'council'})], outlets: 1},
		{id: 's3', speaker: null, speakerName: null, renderings: [], outlets: 0},
		{id: 's4', speaker: null, speakerName: null, renderings: [{...rendering(b, 0, 3), confidence: 0.5} as Rendering, rendering(b, 4, 8, {start: 4.5})], outlets: 1},
		{...{id: 's5', speaker: null, speakerName: null, renderings: [rendering(c, 0, 3)]}, outlets: 1, note: 'x'} as Statement,
		// An object of a class prints its own fields only, whatever its prototype holds.
		{id: 's6', speaker: null, speakerName: null, renderings: [Object.assign(Object.create({extra: 'inherited'}) as object, rendering(c, 0, 3)) as Rendering], outlets: 1},
	];
	return {name: 'sample', roots: ['/corpus'], warnings: [{file: '/corpus/bad.json', skipped: true, message: 'not JSON'}], articles, entities, statements};
}

/** The index as the CLI would print it. */
const shape = (index: CorpusIndex) => JSON.stringify(index);

function saved(index = sampleIndex()) {
	const dir = makeCorpus({});
	dirs.push(dir);
	const path = join(dir, 'index-test', 'sample.idx');
	writeSnapshot(path, PRINT, index, VERSION);
	return {path, index};
}

function reopen(path: string, print = PRINT) {
	const warnings: string[] = [];
	const index = readSnapshot(path, print, {onWarning: (m) => warnings.push(m)}, VERSION);
	return {index, warnings};
}

describe('saved index file', () => {
	it('reopens to an index that prints exactly as the saved one, unusual shapes included', () => {
		const {path, index} = saved();
		const {index: again, warnings} = reopen(path);
		expect(warnings).toEqual([]);
		expect(shape(again!)).toBe(shape(index));
		expect(again!.articles.map((a) => a.paragraphs)).toEqual(index.articles.map((a) => a.paragraphs));
		expect(again!.entities.map((e) => e.spans)).toEqual(index.entities.map((e) => e.spans));
		expect(again).toEqual(index);
	});

	it('keeps every field in place and assignable, whether read or not', () => {
		const {path, index} = saved();
		const again = reopen(path).index!;
		// Bodies, mention counts and spans wait for their first read.
		for (const [item, key] of [[again.articles[0], 'body'], [again.entities[0], 'mentions'], [again.entities[0], 'spans']] as const) {
			expect(Object.getOwnPropertyDescriptor(item, key)?.get).toBeTypeOf('function');
		}
		expect(Object.keys(again.articles[0])).toEqual(Object.keys(index.articles[0]));
		expect(Object.keys(again.entities[0])).toEqual(Object.keys(index.entities[0]));
		again.articles[1].body = 'Replaced.';
		again.entities[0].spans = [];
		again.entities[0].mentions['b.json'] = 5;
		expect(again.articles[1].body).toBe('Replaced.');
		expect(again.entities[0].spans).toEqual([]);
		expect(again.entities[0].mentions).toEqual({'a.json': 1, 'b.json': 5, '12': 0});
		expect(Object.keys(again.entities[0])).toEqual(Object.keys(index.entities[0]));
	});

	it('gives span positions without reading the bodies, and their text when asked, in copies too', () => {
		const {path, index} = saved();
		const again = reopen(path).index!;
		const spans = again.entities[0].spans;
		const body = Object.getOwnPropertyDescriptor(again.articles[0], 'body');
		// Reading where the names are leaves the bodies in the file.
		expect(spans.map((s) => [s.article, s.start, s.end, s.field])).toEqual(index.entities[0].spans.map((s) => [s.article, s.start, s.end, s.field]));
		expect(Object.getOwnPropertyDescriptor(again.articles[0], 'body')).toEqual(body);
		expect(body?.get).toBeTypeOf('function');
		const texts = index.entities[0].spans.map((s) => s.text);
		expect(spans.map((s) => s.text)).toEqual(texts);
		expect(JSON.parse(JSON.stringify(spans)).map((s: {text: string}) => s.text)).toEqual(texts);
		expect(structuredClone(spans).map((s) => s.text)).toEqual(texts);
		expect(spans.map((s) => ({...s}).text)).toEqual(texts);
	});

	it('gives where each span starts from the packed integers, without making the spans', () => {
		const {path, index} = saved();
		const again = reopen(path).index!;
		const starts = (e: Entity) => {
			const out: Array<[string, string, number]> = [];
			const n = eachSpanStart(e, (article, field, start) => out.push([article, field, start]));
			expect(n).toBe(out.length);
			return out;
		};
		const expected = index.entities.map((e) => e.spans.map((m) => [m.article, m.field, m.start]));
		expect(again.entities.map(starts)).toEqual(expected);
		// Still unread: the spans' getter is in place.
		expect(Object.getOwnPropertyDescriptor(again.entities[0], 'spans')?.get).toBeTypeOf('function');
		// Replaced, the entity's own spans are what counts.
		again.entities[0].spans = [{article: 'b.json', start: 3, end: 5, field: 'body', text: 'xy'}];
		expect(starts(again.entities[0])).toEqual([['b.json', 'body', 3]]);
	});

	it('walks the spans a range at a time, and makes their Mentions a step at a time to the same spans', () => {
		const {path, index} = saved();
		const again = reopen(path).index!;
		const [entity] = again.entities;
		const expected = index.entities[0].spans.map((m) => [m.article, m.field, m.start]);
		expect(expected.length).toBeGreaterThan(2);
		// One place at a time, as the app's filing pass resumes a large organisation's mentions.
		const walked: unknown[] = [];
		let passed: number;
		for (let at = 0; (passed = eachSpanStart(entity, (...start) => walked.push(start), at, at + 1)) === 1; at++);
		expect(passed).toBe(0);
		expect(walked).toEqual(expected);
		// Made a place per step: the spans the getter would give, in its place once all are made.
		const job = spanJob(entity)!;
		let steps = 1;
		while (!job.step(1)) steps++;
		expect(steps).toBe(expected.length);
		expect(Object.getOwnPropertyDescriptor(entity, 'spans')?.get).toBeUndefined();
		expect(entity.spans).toEqual(reopen(path).index!.entities[0].spans);
		expect(entity.spans).toEqual(index.entities[0].spans);
		// Nothing left to make: no job.
		expect(spanJob(entity)).toBeUndefined();
		expect(spanJob(index.entities[0])).toBeUndefined();
	});

	it('reads the spans ahead a few bytes at a time to the same spans', () => {
		const {path, index} = saved();
		const again = reopen(path).index!;
		let steps = 1;
		while (!again.readAhead!.step(0.004)) steps++;
		expect(steps).toBeGreaterThan(3);
		expect(again.entities.map((e) => e.spans)).toEqual(index.entities.map((e) => e.spans));
		expect(again.readAhead!.step(1)).toBe(true);
	});

	it('still gives bodies and spans read after the file is deleted or replaced', () => {
		const {path, index} = saved();
		const early = reopen(path).index!;
		const late = reopen(path).index!;
		rmSync(path);
		expect(shape(early)).toBe(shape(index));
		// A newer index renamed into place does not change one opened before.
		const other = sampleIndex();
		other.articles[0].body = other.articles[0].body.toUpperCase();
		writeSnapshot(`${path}.new`, PRINT, other, VERSION);
		renameSync(`${path}.new`, path);
		expect(shape(late)).toBe(shape(index));
		expect(reopen(path).index!.articles[0].body).toBe(other.articles[0].body);
	});

	it('decodes inside the program’s aroundRead, heap flags included, and gives the same index', () => {
		const {path, index} = saved();
		let calls = 0;
		const again = readSnapshot(path, PRINT, {aroundRead: (read) => (calls++, growHeapFreely(read))}, VERSION);
		expect(calls).toBe(1);
		expect(shape(again!)).toBe(shape(index));
	});

	it('reads over several turns of the event loop when sliced, to the same index (keys are answered meanwhile)', async () => {
		// Enough records for several pauses (decodeSteps pauses every 4,096 records).
		const base = sampleIndex();
		const [first] = base.statements;
		const statements = Array.from({length: 20_000}, (_, i) => ({...first, id: `s${i}`, renderings: first.renderings.map((r) => ({...r}))}));
		const {path, index} = saved({...base, statements});
		let turns = 0;
		let reading = true;
		const tick = () => {
			if (!reading) return;
			turns++;
			setImmediate(tick);
		};
		setImmediate(tick);
		let slices = 0;
		// A slice of no time at all: a pause wherever the decoding can pause.
		const again = await readSnapshotSliced(path, PRINT, {aroundRead: (read) => (slices++, read())}, VERSION, 0);
		reading = false;
		expect(slices).toBeGreaterThan(4);
		expect(turns).toBeGreaterThan(4);
		expect(shape(again!)).toBe(shape(index));
		expect(again).toEqual(reopen(path).index);
		// A damaged or stale file: undefined, as readSnapshot says.
		expect(await readSnapshotSliced(path, 'print-2', {}, VERSION, 0)).toBeUndefined();
	});

	it('is not used for another fingerprint or version', () => {
		const {path} = saved();
		expect(reopen(path, 'print-2')).toEqual({index: undefined, warnings: []});
		const warnings: string[] = [];
		expect(readSnapshot(path, PRINT, {onWarning: (m) => warnings.push(m)}, 'other-version')).toBeUndefined();
		expect(warnings.join('\n')).toMatch(/old index cache file/);
	});

	it('warns and gives nothing, at open, for a file cut short or grown', () => {
		const {path} = saved();
		const bytes = readFileSync(path);
		for (const damaged of [bytes.subarray(0, bytes.length - 1), bytes.subarray(0, bytes.indexOf(0x0a) + 9), Buffer.concat([bytes, Buffer.from('x')])]) {
			writeFileSync(path, damaged);
			const {index, warnings} = reopen(path);
			expect(index).toBeUndefined();
			expect(warnings.join('\n')).toMatch(/corrupt index cache file/);
		}
	});

	it('warns or reopens, never throws, whatever byte of the file is damaged', () => {
		const {path, index} = saved();
		const bytes = readFileSync(path);
		const headerEnd = bytes.indexOf(0x0a) + 1;
		// Every byte of the parts read at open (the bodies at the end are only text).
		const header = JSON.parse(bytes.subarray(0, headerEnd - 1).toString('utf8')) as {parts: Array<{name: string; offset: number; length: number}>};
		const bodies = header.parts.find((p) => p.name === 'bodies')!;
		for (let at = headerEnd; at < headerEnd + bodies.offset; at++) {
			const damaged = Buffer.from(bytes);
			damaged[at] ^= 0x5a;
			writeFileSync(path, damaged);
			const {index: again, warnings} = reopen(path);
			if (again) expect(() => shape(again)).not.toThrow();
			else expect(warnings.join('\n')).toMatch(/corrupt index cache file/);
		}
		writeFileSync(path, bytes);
		expect(shape(reopen(path).index!)).toBe(shape(index));
	});

	it('saves and reopens an empty index', () => {
		const empty: CorpusIndex = {name: 'empty', roots: [], warnings: [], articles: [], entities: [], statements: []};
		const {path} = saved(empty);
		expect(reopen(path).index).toEqual(empty);
	});
});

describe('fingerprint', () => {
	it('is the same for a corpus named by a relative or an absolute path, and changes with a file', async () => {
		const dir = makeCorpus({'a.txt': 'Alpha text.', 'b.txt': 'Beta text.'});
		dirs.push(dir);
		const absolute = await fingerprint([dir]);
		expect(await fingerprint([relative(process.cwd(), dir)])).toBe(absolute);
		writeFileSync(join(dir, 'b.txt'), 'Beta text, longer now.');
		expect(await fingerprint([dir])).not.toBe(absolute);
	});
});
