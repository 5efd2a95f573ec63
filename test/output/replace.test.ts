// --force replaces a regular file and nothing else.
import {execFileSync} from 'node:child_process';
import {lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {writeFileAtomic} from '../../src/output/atomic.js';
import {NotReplaceableError} from '../../src/output/replace.js';

let dir: string;
beforeAll(() => {
	dir = mkdtempSync(join(tmpdir(), 'presslens-replace-'));
});
afterAll(() => rmSync(dir, {recursive: true, force: true}));

describe('writing with --force', () => {
	it('replaces a regular file, and writes where nothing was', () => {
		const file = join(dir, 'out.md');
		writeFileSync(file, 'old');
		writeFileAtomic(file, 'new', {overwrite: true});
		expect(readFileSync(file, 'utf8')).toBe('new');
		writeFileAtomic(join(dir, 'fresh.md'), 'x', {overwrite: true});
		expect(readFileSync(join(dir, 'fresh.md'), 'utf8')).toBe('x');
	});

	it('refuses a device, a named pipe, a folder and a symbolic link, and leaves each as it was', () => {
		const pipe = join(dir, 'pipe');
		execFileSync('mkfifo', [pipe]);
		const folder = join(dir, 'folder');
		mkdirSync(folder);
		const target = join(dir, 'target.md');
		writeFileSync(target, 'kept');
		const link = join(dir, 'link.md');
		symlinkSync(target, link);
		const before = readdirSync(dir).sort();
		for (const [path, kind] of [
			['/dev/null', /a device/],
			[pipe, /a named pipe/],
			[folder, /a folder/],
			[link, /a symbolic link/],
		] as const) {
			expect(() => writeFileAtomic(path, 'x', {overwrite: true}), path).toThrow(NotReplaceableError);
			expect(() => writeFileAtomic(path, 'x', {overwrite: true}), path).toThrow(kind);
		}
		expect(lstatSync(pipe).isFIFO()).toBe(true);
		expect(lstatSync(link).isSymbolicLink()).toBe(true);
		expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true);
		expect(readFileSync(target, 'utf8')).toBe('kept');
		expect(readdirSync(dir).sort()).toEqual(before);
	});
});
