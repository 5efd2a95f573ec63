// Outlet groups from presslens.json (by outlet name or glob, or from a record field) and the
// record fields kept as an article's meta.
import {afterEach, describe, expect, it} from 'vitest';
import {parseConfig} from '../../src/corpus/config.js';
import {groupOf, outletGroups} from '../../src/corpus/groups.js';
import {loadCorpus} from '../../src/corpus/load.js';
import {UsageError} from '../../src/corpus/walk.js';
import {makeArticle} from '../fixtures/article.js';
import {jsonLines, makeCorpus, removeCorpus, runCli} from '../helpers.js';

let dirs: string[] = [];
afterEach(() => {
	for (const dir of dirs) removeCorpus(dir);
	dirs = [];
});

const corpus = (files: Record<string, string>) => {
	const dir = makeCorpus(files);
	dirs.push(dir);
	return dir;
};

const line = (fields: Record<string, unknown>) => JSON.stringify({text: 'The harbour board met on Monday to discuss the dredging plan.', ...fields});

describe('record fields kept as meta', () => {
	it('keeps the fields the loader does not read, as text, cleaned of escape sequences', async () => {
		const dir = corpus({'a.jsonl': line({title: 'Dredging plan', source: 'Harbour Gazette', bias: 'left', rank: 3, tags: ['port', 'river'], '\u001b[31mkey': 'x\u001b[2Jy', nested: {deep: 1}}) + '\n'});
		const [article] = (await loadCorpus([dir])).articles;
		expect(article.meta).toEqual({bias: 'left', rank: '3', tags: 'port, river', key: 'xy'});
		expect(article.group).toBeUndefined();
	});

	it('passes a container record\'s fields down to the articles nested in it', async () => {
		const dir = corpus({'r.json': JSON.stringify({story: 'S-17', items: {one: {title: 'A', text: 'One outlet told the harbour story.'}, two: {title: 'B', text: 'Another told it too.', story: 'own'}}})});
		const articles = (await loadCorpus([dir])).articles;
		expect(articles.map((a) => a.meta?.story)).toEqual(['S-17', 'own']);
	});

	it('are in articles --json, with the group', () => {
		const dir = corpus({'a.jsonl': line({source: 'Harbour Gazette', lean: 'centre'}) + '\n', 'presslens.json': JSON.stringify({outlets: {groupField: 'Lean'}})});
		const [row] = jsonLines(runCli(['articles', dir, '--json', '--no-cache']).stdout);
		expect(row.meta).toEqual({lean: 'centre'});
		expect(row.group).toBe('centre');
	});
});

describe('outlet groups', () => {
	it('come from outlet names and globs first, then from the named record field', async () => {
		const rows = [
			line({source: 'Harbour Gazette', bias: 'left'}),
			line({source: 'Valley Radio North', bias: 'right'}),
			line({source: 'Valley Radio South'}),
			line({source: 'Plain Post', bias: 'center'}),
			line({source: 'Quiet Herald'}),
		];
		const dir = corpus({
			'a.jsonl': rows.join('\n') + '\n',
			'presslens.json': JSON.stringify({outlets: {groups: {'harbour gazette': 'port press', 'Valley Radio *': 'broadcast'}, groupField: 'bias'}}),
		});
		const articles = (await loadCorpus([dir])).articles;
		expect(articles.map(groupOf)).toEqual(['port press', 'broadcast', 'broadcast', 'center', null]);
		expect(outletGroups(articles)).toEqual(new Map([['Harbour Gazette', 'port press'], ['Valley Radio North', 'broadcast'], ['Valley Radio South', 'broadcast'], ['Plain Post', 'center']]));
	});

	it('name an outlet by the group most of its articles carry', () => {
		const a = (id: string, group?: string) => makeArticle({id, body: 'x', outlet: 'Tide Times', ...(group ? {group} : {})});
		expect(outletGroups([a('1', 'left'), a('2', 'right'), a('3', 'right'), a('4')]).get('Tide Times')).toBe('right');
	});

	it('are validated: errors name the bad key', () => {
		const parse = (outlets: unknown) => () => parseConfig({outlets}, 'presslens.json');
		expect(parse({group: {}})).toThrow(/unknown key "outlets\.group"/);
		expect(parse({groups: ['left']})).toThrow(/"outlets\.groups" must map/);
		expect(parse({groups: {'Harbour Gazette': 3}})).toThrow(/outlets\.groups\["Harbour Gazette"\]/);
		expect(parse({groupField: ''})).toThrow(/"outlets\.groupField" must name a record field/);
		expect(parse({groupField: 7})).toThrow(UsageError);
		expect(parse({groups: {'*Radio*': 'broadcast'}, groupField: 'bias'})).not.toThrow();
	});

	it('a bad groups entry stops the command with status 2 and one line naming it', () => {
		const dir = corpus({'a.jsonl': line({}) + '\n', 'presslens.json': JSON.stringify({outlets: {groups: {'Harbour Gazette': ''}}})});
		const {status, stderr} = runCli(['articles', dir, '--no-cache']);
		expect(status).toBe(2);
		expect(stderr).toMatch(/^presslens: .*outlets\.groups\["Harbour Gazette"\]/);
	});
});
