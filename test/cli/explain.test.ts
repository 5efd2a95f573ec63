import {mkdtempSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {jsonLines, makeCorpus, removeCorpus, runCli} from '../helpers.js';

const made: string[] = [];
afterEach(() => {
	for (const dir of made.splice(0)) removeCorpus(dir);
});

type Row = {id: string; renderings: Array<{article: string; text: string}>};

// Two outlets render Kessel's remark (in slightly other words); a third quotes someone else.
function corpus(): string {
	const dir = makeCorpus({
		'a.txt': 'Crews meet again\n\nUnion leader Maro Kessel spoke on Monday. “The deadline for an agreement is nearing, and the owners must respect it before the winter,” Kessel warned.',
		'b.txt': 'Dockers rally\n\nThe dockers gathered on Monday. “The deadline for an agreement is winding up, and the owners must respect it before the winter,” Maro Kessel said.',
		'c.txt': 'Ferry news\n\nThe ferry office spoke on Monday. “Our crews will sail to the islands twice a day from the first of May,” said Ana Lind.',
	});
	made.push(dir);
	return dir;
}

const statements = (dir: string): Row[] => jsonLines<Row>(runCli(['statements', dir, '--json', '--no-cache']).stdout);

describe('presslens explain', () => {
	it('shows why each rendering joined, as text and as JSON', () => {
		const dir = corpus();
		const pair = statements(dir).find(s => s.renderings.length === 2)!;
		expect(pair).toBeDefined();
		const text = runCli(['explain', pair.id.slice(0, 6), dir, '--no-cache']);
		expect(text.status).toBe(0);
		expect(text.stdout).toContain(`Statement ${pair.id}`);
		expect(text.stdout).toMatch(/\[2\] linked to \[1\]: the same words/);
		expect(text.stdout).toMatch(/shared: .*deadline/);
		const json = runCli(['explain', pair.id, dir, '--json', '--no-cache']);
		expect(json.status).toBe(0);
		const x = JSON.parse(json.stdout);
		expect(x.statement.id).toBe(pair.id);
		expect(x.joins.map((j: {how: string}) => j.how)).toEqual(['rule', 'rule']);
	});

	it('says which statement id is unknown, with exit status 2', () => {
		const dir = corpus();
		const {status, stderr} = runCli(['explain', 'ffffffff', dir, '--no-cache']);
		expect(status).toBe(2);
		expect(stderr).toMatch(/no statement "ffffffff"/);
		expect(runCli(['explain']).stderr).toMatch(/explain needs a STATEMENT_ID/);
	});
});

describe('statements corrections in presslens.json', () => {
	it('links and splits as told, and names the source of each link in explain', () => {
		const dir = corpus();
		const before = statements(dir);
		const pair = before.find(s => s.renderings.length === 2)!;
		const ferry = before.find(s => s.renderings.some(r => r.article === 'c.txt'))!;
		const kessel = pair.renderings.find(r => r.article === 'a.txt')!;
		writeFileSync(join(dir, 'presslens.json'), JSON.stringify({statements: {split: [[pair.id, `b.txt:${(pair.renderings.find(r => r.article === 'b.txt') as unknown as {start: number}).start}`]], link: [[ferry.id, pair.id]]}}));
		const after = statements(dir);
		const joined = after.find(s => s.renderings.some(r => r.article === 'c.txt'))!;
		expect(joined.renderings.map(r => r.article).sort()).toEqual(['a.txt', 'c.txt']);
		expect(after.find(s => s.renderings.some(r => r.article === 'b.txt'))!.renderings).toHaveLength(1);
		const why = runCli(['explain', joined.id, dir, '--no-cache']);
		expect(why.stdout).toContain('put here by presslens.json statements.link[0]');
		expect(kessel.text).toContain('deadline');
	});

	it('stops with exit status 2 naming the file and the key path of a mistake', () => {
		const dir = corpus();
		writeFileSync(join(dir, 'presslens.json'), JSON.stringify({statements: {speaker: {'abcdef': 3}}}));
		const {status, stderr} = runCli(['statements', dir, '--no-cache']);
		expect(status).toBe(2);
		expect(stderr).toContain(join(dir, 'presslens.json'));
		expect(stderr).toContain('statements.speaker["abcdef"]');
	});

	it('reports an id that matches nothing as a warning', () => {
		const dir = corpus();
		writeFileSync(join(dir, 'presslens.json'), JSON.stringify({statements: {link: [['0000000000', 'ffffffffff']]}}));
		const cache = mkdtempSync(join(tmpdir(), 'presslens-cache-'));
		made.push(cache);
		expect(runCli(['statements', dir, '--cache-dir', cache]).status).toBe(0);
		const warnings = runCli(['warnings', dir, '--cache-dir', cache]);
		expect(warnings.stdout).toContain('statements.link[0][0]: no statement or rendering "0000000000"');
	});
});
