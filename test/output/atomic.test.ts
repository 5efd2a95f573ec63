// What presslens writes appears whole or not at all, and a failed write leaves nothing behind: a
// full disk is made real for a child process by a file size limit (ulimit -f), under which every
// write past the limit fails (EFBIG) as it would on a full disk.
import {spawnSync} from 'node:child_process';
import {mkdtempSync, readdirSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {FileExistsError, writeFileAtomic} from '../../src/output/atomic.js';
import {removeCorpus, ROOT} from '../helpers.js';

const dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs.splice(0)) removeCorpus(dir);
});

function folder(): string {
	const dir = mkdtempSync(join(tmpdir(), 'presslens-atomic-'));
	dirs.push(dir);
	return dir;
}

/** Runs `code` (an ES module body) in a child whose files may not grow past 16 blocks (8–16 KB). */
function underSizeLimit(code: string): {status: number | null; stdout: string; stderr: string} {
	const dir = folder();
	const script = join(dir, 'child.mjs');
	// Without a handler the signal for an oversized write would end the process instead of failing the write.
	writeFileSync(script, `process.on('SIGXFSZ', () => {});\nconst dist = ${JSON.stringify(join(ROOT, 'dist', 'src'))};\n${code}`);
	const run = spawnSync('sh', ['-c', `ulimit -f 16 && exec "${process.execPath}" "${script}"`], {encoding: 'utf8'});
	return {status: run.status, stdout: run.stdout, stderr: run.stderr};
}

describe('atomic writes', () => {
	it('writes the whole file, and never replaces one without overwrite', () => {
		const dir = folder();
		const path = join(dir, 'out.md');
		writeFileAtomic(path, 'first');
		expect(() => writeFileAtomic(path, 'second')).toThrow(FileExistsError);
		writeFileAtomic(path, 'third', {overwrite: true});
		expect(readdirSync(dir)).toEqual(['out.md']);
	});

	it('removes its temporary file when the disk is full, for exports, cache segments and the saved index', () => {
		const out = folder();
		const {status, stdout, stderr} = underSizeLimit(`
			const {writeFileAtomic} = await import(dist + '/output/atomic.js');
			const {AnalysisCache} = await import(dist + '/index/cache.js');
			const {writeSnapshot} = await import(dist + '/index/snapshot.js');
			const out = ${JSON.stringify(out)};
			const big = 'Quay works at Olmsby. '.repeat(5000);
			const results = [];
			try { writeFileAtomic(out + '/export.md', big); results.push('export written'); } catch (e) { results.push('export ' + e.code); }
			const warnings = [];
			const cache = new AnalysisCache(out + '/cache', 'v1', {onWarning: (m) => warnings.push(m)});
			cache.set('a'.repeat(64), {article: 'a', quotes: [], mentions: {mentions: [], aliasPairs: [], descriptors: [{text: big}]}});
			cache.flush();
			results.push('cache warnings ' + warnings.length);
			const article = {id: 'a', file: 'a', record: 0, format: 'text', outlet: null, url: null, published: null, title: null, byline: null,
				body: big, paragraphs: [big], words: 1, provenance: {}, warnings: [], hash: 'h'};
			try { writeSnapshot(out + '/index/x.idx', 'p', {name: 'x', roots: [], warnings: [], articles: [article], entities: [], statements: []}, 'v'); results.push('index written'); }
			catch (e) { results.push('index ' + e.code); }
			console.log(JSON.stringify(results));
		`);
		expect(stderr).toBe('');
		expect(status).toBe(0);
		expect(JSON.parse(stdout)).toEqual(['export EFBIG', 'cache warnings 1', 'index EFBIG']);
		const left = (dir: string): string[] => readdirSync(dir, {withFileTypes: true}).flatMap((e) => (e.isDirectory() ? left(join(dir, e.name)) : [e.name]));
		expect(left(out)).toEqual([]);
	});
});
