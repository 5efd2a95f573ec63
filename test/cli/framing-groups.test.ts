// `presslens framing --by group`: rows per outlet group from presslens.json, the articles of
// outlets in no group in one row (null in JSON, "(no group)" in text), each use's group in the evidence.
import {afterAll, describe, expect, it} from 'vitest';
import {makeCorpus, removeCorpus, runCli} from '../helpers.js';

const record = (source: string, text: string) => JSON.stringify({source, title: `${source} on the hills`, date: '2024-05-01', text});
const dir = makeCorpus({
	'a.jsonl':
		[
			record('North Daily', 'The Zarqan Brigade, a hardline militia in the hills, attacked a convoy on Monday.'),
			record('North Wire', 'Residents said the Zarqan Brigade, a violent militia, controls the road.'),
			record('South Voice', 'The Zarqan Brigade, a popular resistance movement, held the pass on Tuesday.'),
			record('Free Sheet', 'The Zarqan Brigade, an armed group, was seen near the pass on Wednesday.'),
		].join('\n') + '\n',
	'presslens.json': JSON.stringify({outlets: {groups: {'North *': 'northern press', 'South Voice': 'southern press'}}}),
});
afterAll(() => removeCorpus(dir));

describe('presslens framing --by group', () => {
	it('counts the labels per group, the ungrouped outlets in one row', () => {
		const {status, stdout, stderr} = runCli(['framing', 'Zarqan Brigade', dir, '--by', 'group', '--json', '--no-cache']);
		expect(stderr).toBe('');
		expect(status).toBe(0);
		const out = JSON.parse(stdout) as {by: string; rows: {group: string | null; articles: number; labels: Record<string, number>}[]; evidence: {group: string | null; outlet: string}[]};
		expect(out.by).toBe('group');
		const row = (group: string | null) => out.rows.find((r) => r.group === group)!;
		expect(row('northern press')).toMatchObject({articles: 2, labels: {militia: 2}});
		expect(row('southern press').labels).toMatchObject({resistance: 1, movement: 1});
		expect(row('southern press').labels.militia).toBeUndefined();
		expect(row(null)).toMatchObject({articles: 1, labels: {armed: 1, group: 1}});
		expect(out.evidence.find((e) => e.outlet === 'North Wire')?.group).toBe('northern press');
		expect(out.evidence.find((e) => e.outlet === 'Free Sheet')?.group).toBeNull();
	});

	it('names the ungrouped row in text, and says when no groups are declared', () => {
		const text = runCli(['framing', 'Zarqan Brigade', dir, '--by', 'group', '--no-cache']).stdout;
		expect(text).toMatch(/^GROUP +ARTICLES/m);
		expect(text).toMatch(/^\(no group\) +1/m);
		expect(text).not.toContain('No outlet groups here');
		const bare = runCli(['framing', 'al-Nujaba', 'data', '--by', 'group']).stdout;
		expect(bare).toMatch(/^\(no group\) +5/m);
		expect(bare).toContain('No outlet groups here');
	});
});
