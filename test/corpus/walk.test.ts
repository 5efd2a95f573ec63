import {execFileSync} from 'node:child_process';
import {mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import type {LoadWarning} from '../../src/corpus/types.js';
import {UsageError, walk} from '../../src/corpus/walk.js';

const base = mkdtempSync(join(tmpdir(), 'presslens-walk-'));
afterAll(() => rmSync(base, {recursive: true, force: true}));
let n = 0;
function tree(files: Record<string, string>): string {
	const root = join(base, `t${n++}`);
	for (const [rel, content] of Object.entries(files)) {
		mkdirSync(join(root, rel, '..'), {recursive: true});
		writeFileSync(join(root, rel), content);
	}
	mkdirSync(root, {recursive: true});
	return root;
}
async function run(roots: string[], maxDepth?: number) {
	const warnings: LoadWarning[] = [];
	const files = await walk(roots, warnings, {maxDepth});
	return {rels: files.map(f => f.rel), files, warnings};
}

describe('walk', () => {
	it('lists article files in code-point order, folders and files interleaved, hidden ones ignored', async () => {
		const root = tree({'b.txt': 'x', 'a/z.md': 'x', 'B.html': 'x', 'a/é.json': 'x', '.hidden.txt': 'x', 'presslens.json': '{}', 'c.jsonl.gz': 'x'});
		const {rels, files, warnings} = await run([root]);
		expect(rels).toEqual(['B.html', 'a/z.md', 'a/é.json', 'b.txt', 'c.jsonl.gz']);
		expect(files.find(f => f.rel === 'c.jsonl.gz')).toMatchObject({format: 'jsonl', gzip: true});
		expect(warnings).toEqual([]);
	});

	it('warns about files that are not articles', async () => {
		const root = tree({'photo.jpg': 'x', 'a.txt': 'x'});
		const {rels, warnings} = await run([root]);
		expect(rels).toEqual(['a.txt']);
		expect(warnings).toEqual([{file: join(root, 'photo.jpg'), skipped: true, message: 'not an article format (.jpg)'}]);
	});

	it('follows a symlink loop once and says where it leads', async () => {
		const root = tree({'loop/inner/a.txt': 'x'});
		symlinkSync('..', join(root, 'loop/inner/up'));
		const {rels, warnings} = await run([root]);
		expect(rels).toEqual(['loop/inner/a.txt']);
		expect(warnings).toHaveLength(1);
		expect(warnings[0]).toMatchObject({file: join(root, 'loop/inner/up'), skipped: true});
		expect(warnings[0].message).toMatch(/symbolic link loop: leads back to .*loop$/);
	});

	it('reads a folder reached by two links once', async () => {
		const root = tree({'real/a.txt': 'x'});
		symlinkSync('real', join(root, 'alias'));
		const {rels, warnings} = await run([root]);
		expect(rels).toEqual(['alias/a.txt']);
		expect(warnings[0].message).toMatch(/folder already read as .*alias/);
		expect(warnings[0].file).toBe(join(root, 'real'));
	});

	it('loads a file reached twice (link, repeated root) once', async () => {
		const root = tree({'a.txt': 'x'});
		symlinkSync('a.txt', join(root, 'b.txt'));
		const {rels, warnings} = await run([root, join(root, 'a.txt')]);
		expect(rels).toEqual(['a.txt']);
		expect(warnings.map(w => [w.file, /same file as/.test(w.message)])).toEqual([
			[join(root, 'b.txt'), true],
			[join(root, 'a.txt'), true],
		]);
	});

	it('names broken links, self-links and pipes', async () => {
		const root = tree({'ok.txt': 'x'});
		symlinkSync('missing.txt', join(root, 'broken.txt'));
		symlinkSync('self.txt', join(root, 'self.txt'));
		execFileSync('mkfifo', [join(root, 'pipe.txt')]);
		const {rels, warnings} = await run([root]);
		expect(rels).toEqual(['ok.txt']);
		const byFile = Object.fromEntries(warnings.map(w => [w.file.slice(root.length + 1), w.message]));
		expect(byFile).toEqual({
			'broken.txt': 'broken symbolic link: its target does not exist',
			'pipe.txt': 'not a regular file (named pipe)',
			'self.txt': 'unreadable: too many symbolic links (loop)',
		});
	});

	it('descends deep trees up to the limit and warns beyond it', async () => {
		const deep = Array.from({length: 12}, (_, i) => `d${i}`).join('/');
		const root = tree({[`${deep}/a.txt`]: 'x', 'top.txt': 'x'});
		expect((await run([root])).rels).toEqual([`${deep}/a.txt`, 'top.txt']);
		const {rels, warnings} = await run([root], 5);
		expect(rels).toEqual(['top.txt']);
		expect(warnings).toHaveLength(1);
		expect(warnings[0].message).toBe('folder nested deeper than 5 levels: not read');
		expect(warnings[0].file).toBe(join(root, 'd0/d1/d2/d3/d4/d5'));
	});

	it('handles a tree hundreds of levels deep without failing', async () => {
		const deep = Array.from({length: 300}, () => 'a').join('/');
		const root = tree({[`${deep}/a.txt`]: 'x', 'b.txt': 'x'});
		const {rels, warnings} = await run([root]);
		expect(rels).toEqual(['b.txt']);
		expect(warnings.map(w => w.message)).toEqual(['folder nested deeper than 100 levels: not read']);
	});

	it('rejects a missing root or one that is neither file nor folder as a usage error', async () => {
		await expect(run([join(base, 'nope')])).rejects.toThrow(UsageError);
		await expect(run([join(base, 'nope')])).rejects.toThrow(/cannot read .*nope: no such file or folder/);
		const root = tree({});
		execFileSync('mkfifo', [join(root, 'p')]);
		await expect(run([join(root, 'p')])).rejects.toThrow(/neither a file nor a folder/);
	});
});
