// The user's corrections (presslens.json `statements`) and `explain` on invented renderings.
import {describe, expect, it} from 'vitest';
import {explainStatement} from '../../src/analysis/linking/explain.js';
import {prepareUnits} from '../../src/analysis/linking/units.js';
import type {Entity} from '../../src/analysis/types.js';
import {parseConfig} from '../../src/corpus/config.js';
import {UsageError} from '../../src/corpus/walk.js';
import {holding, linked, linkMade, made, type Made} from './linking-helpers.js';

const deadline = 'The deadline for an agreement is nearing, and the owners must respect it before the winter,';
const items: Made[] = [
	made('a', `“${deadline}” Maro Kessel said.`, [{text: deadline, speaker: 'Maro Kessel'}]),
	made('b', `“${deadline.replace('nearing', 'winding up')}” Kessel said.`, [{text: deadline.replace('nearing', 'winding up'), speaker: 'Kessel'}]),
	made('c', '“The crews will vote on the new offer next Tuesday at the union hall,” said Ana Lind.', [{text: 'The crews will vote on the new offer next Tuesday at the union hall,', speaker: 'Ana Lind'}]),
	made('d', '“Our members want the night shifts paid at the weekend rate,” said Per Holm.', [{text: 'Our members want the night shifts paid at the weekend rate,', speaker: 'Per Holm'}]),
];
const kessel: Entity = {id: 'maro-kessel', type: 'person', name: 'Maro Kessel', aliases: ['Maro Kessel', 'Kessel'], mentions: {a: 1, b: 1}, spans: [], descriptors: []};

describe('statements overrides', () => {
	const auto = linkMade(items, [kessel]);
	const vote = holding(auto, 'crews will vote')!;
	const night = holding(auto, 'night shifts')!;
	const pair = linked(auto)[0];

	it('link joins statements named by id prefix, and renderings named by id', () => {
		const out = linkMade(items, [kessel], {settings: {link: [[vote.id.slice(0, 6), night.renderings[0].id]]}});
		const joined = holding(out, 'crews will vote')!;
		expect(joined.renderings.map(r => r.article).sort()).toEqual(['c', 'd']);
		expect(joined.outlets).toBe(2);
		expect(holding(out, 'deadline')!.renderings).toHaveLength(2);
	});

	it('split takes a rendering out of the statement the rules made', () => {
		const b = pair.renderings.find(r => r.article === 'b')!;
		const out = linkMade(items, [kessel], {settings: {split: [[pair.id, b.id]]}});
		expect(linked(out)).toHaveLength(0);
		expect(holding(out, 'winding up')!.renderings).toHaveLength(1);
		expect(holding(out, 'is nearing')!.renderings).toHaveLength(1);
	});

	it('split wins over link', () => {
		const out = linkMade(items, [kessel], {settings: {link: [[vote.id, night.id]], split: [[vote.id, night.id]]}});
		expect(holding(out, 'crews will vote')!.renderings).toHaveLength(1);
	});

	it('speaker names the speaker of a statement or of one rendering; null makes it unknown', () => {
		const named = linkMade(items, [kessel], {settings: {speaker: {[vote.id]: 'Kessel'}}});
		expect(holding(named, 'crews will vote')!.speaker).toBe('maro-kessel');
		expect(holding(named, 'crews will vote')!.speakerName).toBe('Maro Kessel');
		const unknown = linkMade(items, [kessel], {settings: {speaker: {[night.renderings[0].id]: null}}});
		const s = holding(unknown, 'night shifts')!;
		expect(s.speakerName).toBeNull();
		expect(s.renderings[0].speakerName).toBeNull();
	});

	it('an id that names nothing, or more than one thing, is reported with its key path', () => {
		const problems: string[] = [];
		linkMade(items, [kessel], {settings: {link: [['ffffffffff', vote.id]], speaker: {[night.id]: 'Per Holm'}}, onProblem: p => problems.push(p)});
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(/^statements\.link\[0\]\[0\]: no statement or rendering "ffffffffff"/);
		const twice: string[] = [];
		// Both Kessel renderings' ids begin with an article id and a colon; "a:" and "b:" differ, so
		// a prefix both share can only be a statement's.
		const common = [...pair.id].findIndex((ch, i) => ch !== vote.id[i]);
		if (common >= 4) {
			linkMade(items, [kessel], {settings: {speaker: {[pair.id.slice(0, common)]: 'X'}}, onProblem: p => twice.push(p)});
			expect(twice[0]).toContain('names more than one');
		}
	});
});

describe('the statements section of presslens.json', () => {
	const bad = (statements: unknown) => () => parseConfig({statements}, 'corpus/presslens.json');
	it('accepts link, split and speaker', () => {
		const c = parseConfig({statements: {link: [['5e4f75', 'a.txt:120']], split: [['5e4f75', 'b.txt:40']], speaker: {'5e4f75': 'Nasr al-Shammari', 'c.txt:9': null}}}, 'corpus/presslens.json');
		expect(c.statements.link).toEqual([['5e4f75', 'a.txt:120']]);
		expect(c.statements.speaker).toEqual({'5e4f75': 'Nasr al-Shammari', 'c.txt:9': null});
	});

	it('names the file and the key path of each problem', () => {
		expect(bad({link: [['5e4f75']]})).toThrow(UsageError);
		expect(bad({link: [['5e4f75']]})).toThrow(/corpus\/presslens\.json: statements\.link\[0\]/);
		expect(bad({split: [['5e4f75', 'ab']]})).toThrow(/statements\.split\[0\]\[1\]/);
		expect(bad({speaker: {'5e4f75': 7}})).toThrow(/statements\.speaker\["5e4f75"\]/);
		expect(bad({merge: []})).toThrow(/statements\.merge is not a known setting/);
		expect(bad([])).toThrow(/"statements" must be an object/);
	});
});

describe('explainStatement', () => {
	it('gives the evidence for each rendering and the reason a look-alike was refused', () => {
		const words = 'The deadline for an agreement has passed, and the crews will respect it,';
		const other = made('e', `“${words}” said Tomas Brandt.`, [{text: words, speaker: 'Tomas Brandt'}]);
		const all = [...items, other];
		const statements = linkMade(all, [kessel]);
		const s = holding(statements, 'is nearing')!;
		expect(s.renderings.map(r => r.article).sort()).toEqual(['a', 'b']);
		const x = explainStatement(prepareUnits(all.map(m => m.article), all.map(m => m.analysis), [kessel]), s, statements);
		expect(x.joins).toHaveLength(2);
		expect(x.joins.every(j => j.how === 'rule' && j.pair!.speaker === 'same')).toBe(true);
		expect(x.joins[0].pair!.shared).toEqual(expect.arrayContaining(['deadline', 'agreement', 'owners']));
		const refused = x.refused.find(r => r.article === 'e')!;
		expect(refused.pair.rule).toBe('speaker-conflict');
		expect(refused.reason).toContain('different speakers');
	});
});
