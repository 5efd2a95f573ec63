// gzip as zcat reads it, and bounds on what one file may inflate to.
import {gzipSync} from 'node:zlib';
import {afterEach, describe, expect, it} from 'vitest';
import {loadCorpus} from '../../src/corpus/load.js';
import {makeCorpus, removeCorpus} from '../helpers.js';

const record = (i: number) => JSON.stringify({title: `Harbour report ${i}`, source: 'Veltmoor Courier', text: `The invented harbour board met for the ${i}th time on Tuesday, officials said.`});
const jsonl = (from: number, to: number) => Array.from({length: to - from}, (_, i) => record(from + i)).join('\n') + '\n';
const GARBAGE = Buffer.from('<<scraper log: 200 OK>>\n');

let dirs: string[] = [];
const corpus = (files: Record<string, string | Buffer>) => {
	const dir = makeCorpus(files);
	dirs.push(dir);
	return dir;
};
afterEach(() => {
	for (const dir of dirs) removeCorpus(dir);
	dirs = [];
});

describe('a gzip file with bytes after its data', () => {
	it('loads every record, as zcat does, and names the trailing garbage', async () => {
		const dir = corpus({
			'a.jsonl.gz': Buffer.concat([gzipSync(jsonl(0, 3000)), GARBAGE]),
			'b.json.gz': Buffer.concat([gzipSync(JSON.stringify([JSON.parse(record(1)), JSON.parse(record(2))])), GARBAGE]),
			'c.txt.gz': Buffer.concat([gzipSync('title: A harbour story\n\nThe invented harbour board met again on Tuesday, and officials said nothing new.\n'), GARBAGE]),
		});
		const loaded = await loadCorpus([dir]);
		const count = (file: string) => loaded.articles.filter((a) => a.file.endsWith(file)).length;
		expect(count('a.jsonl.gz')).toBe(3000);
		expect(count('b.json.gz')).toBe(2);
		expect(count('c.txt.gz')).toBe(1);
		for (const file of ['a.jsonl.gz', 'b.json.gz', 'c.txt.gz']) {
			const warning = loaded.warnings.find((w) => w.file.endsWith(file));
			expect(warning?.message).toMatch(/trailing garbage/);
			expect(warning?.skipped).toBe(false);
		}
	});

	it('reads files joined with cat a.gz b.gz whole, without a warning', async () => {
		const dir = corpus({'joined.jsonl.gz': Buffer.concat([gzipSync(jsonl(0, 10)), gzipSync(jsonl(10, 25))]), 'joined.json.gz': Buffer.concat([gzipSync('[' + record(1)), gzipSync(',' + record(2) + ']')])});
		const loaded = await loadCorpus([dir]);
		expect(loaded.articles.filter((a) => a.file.endsWith('joined.jsonl.gz')).map((a) => a.title)).toEqual(Array.from({length: 25}, (_, i) => `Harbour report ${i}`));
		expect(loaded.articles.filter((a) => a.file.endsWith('joined.json.gz'))).toHaveLength(2);
		expect(loaded.warnings).toEqual([]);
	});
});

describe('a gzip bomb', () => {
	// Tiny records that compress to almost nothing: the per-record size limit never fires.
	const bomb = () => gzipSync(Buffer.from(jsonl(0, 1).repeat(40_000)), {level: 9});

	it('stops at the inflated size limit of the whole file, with a warning', async () => {
		const dir = corpus({'bomb.jsonl.gz': bomb(), 'presslens.json': JSON.stringify({maxInflatedSize: '1MB'})});
		const loaded = await loadCorpus([dir]);
		expect(loaded.articles.length).toBeGreaterThan(0);
		expect(loaded.articles.length).toBeLessThan(10_000);
		expect(loaded.warnings.map((w) => w.message)).toEqual([expect.stringMatching(/stopped reading at the limit of 1\.0 MB/)]);
	});

	it('stops at the record limit of one file, streamed or read whole', async () => {
		const dir = corpus({
			'bomb.jsonl.gz': bomb(),
			'array.json': JSON.stringify(Array.from({length: 120}, (_, i) => JSON.parse(record(i)))),
			'presslens.json': JSON.stringify({maxRecords: 100}),
		});
		const loaded = await loadCorpus([dir]);
		expect(loaded.articles.filter((a) => a.file.endsWith('bomb.jsonl.gz'))).toHaveLength(100);
		expect(loaded.articles.filter((a) => a.file.endsWith('array.json'))).toHaveLength(100);
		expect(loaded.warnings.find((w) => w.file.endsWith('bomb.jsonl.gz'))?.message).toMatch(/limit of 100 records/);
		expect(loaded.warnings.find((w) => w.file.endsWith('array.json'))?.message).toMatch(/first 100 of 120 records/);
	});
});
