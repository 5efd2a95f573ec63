import {readFileSync, rmSync} from 'node:fs';
import {basename, dirname} from 'node:path';
import {Readable} from 'node:stream';
import {gzipSync} from 'node:zlib';
import {describe, expect, it} from 'vitest';
import {labelStdin, spoolName, spoolStdin} from '../../src/corpus/stdin.js';

const spool = async (bytes: Buffer) => {
	const path = await spoolStdin(Readable.from([bytes.subarray(0, 3), bytes.subarray(3)]), {keep: true});
	const copy = readFileSync(path);
	rmSync(dirname(path), {recursive: true, force: true});
	return {name: basename(path), copy};
};

describe('standard input as a corpus', () => {
	it('names JSON Lines by their first record, anything else as one text article', () => {
		expect(spoolName(Buffer.from('\ufeff \n{"title": "x"}\n'))).toBe('stdin.jsonl');
		expect(spoolName(Buffer.from('A headline\n\nThe council said so.'))).toBe('stdin.txt');
		expect(spoolName(Buffer.alloc(0))).toBe('stdin.txt');
	});

	it('copies the input unchanged, and keeps gzip compressed under a .gz name', async () => {
		const lines = Buffer.from('{"title":"One","text":"The council met on Tuesday."}\n');
		expect(await spool(lines)).toEqual({name: 'stdin.jsonl', copy: lines});
		const packed = gzipSync(lines);
		expect(await spool(packed)).toEqual({name: 'stdin.jsonl.gz', copy: packed});
		expect((await spool(gzipSync('Plain words here.'))).name).toBe('stdin.txt.gz');
	});

	it('shows the copy as - in the corpus name and file fields', () => {
		const data = {name: '/tmp/s/stdin.jsonl other', articles: [{file: '/tmp/s/stdin.jsonl'}, {file: 'other/a.txt'}], warnings: [{file: '/tmp/s/stdin.jsonl'}]};
		expect(labelStdin(data, '/tmp/s/stdin.jsonl')).toEqual({name: '- other', articles: [{file: '-'}, {file: 'other/a.txt'}], warnings: [{file: '-'}]});
	});
});
