// Label uses of one made-up entity in made-up articles: descriptors with their sentences, speaker
// labels of renderings, designations around mentions counted for the designator, one count per
// sentence however many readings find a label.
import {describe, expect, it} from 'vitest';
import {designationsAt} from '../../../src/analysis/framing/designations.js';
import {entityFraming} from '../../../src/analysis/framing/framing.js';
import {labelUses} from '../../../src/analysis/framing/uses.js';
import type {Entity, Statement} from '../../../src/analysis/types.js';
import type {Article} from '../../../src/corpus/types.js';
import {makeArticle} from '../../fixtures/article.js';

function spansOf(article: Article, name: string) {
	const out = [];
	for (let at = article.body.indexOf(name); at >= 0; at = article.body.indexOf(name, at + 1)) out.push({article: article.id, start: at, end: at + name.length, field: 'body' as const, text: name});
	return out;
}

const a1 = makeArticle({
	id: 'a1',
	outlet: 'North Post',
	published: '2024-03-01',
	body: 'The port was quiet. The Zarqan Brigade, a heavily armed border militia, held the bridge. The Velmari government designates the Zarqan Brigade as a terrorist group.',
});
const a2 = makeArticle({
	id: 'a2',
	outlet: 'South Daily',
	published: '2024-03-02',
	body: 'Fighting resumed. Zarqan Brigade, designated an extremist organisation by the Capital Council, denied it. “We will hold,” said the resistance militia.',
});
const articles = new Map([a1, a2].map((a) => [a.id, a]));
const group: Entity = {
	id: 'zarqan-brigade',
	type: 'organization',
	name: 'Zarqan Brigade',
	aliases: ['Zarqan Brigade', 'Zarqan'],
	mentions: {a1: 2, a2: 1},
	spans: [...spansOf(a1, 'Zarqan Brigade'), ...spansOf(a2, 'Zarqan Brigade')],
	descriptors: [
		{article: 'a1', outlet: 'North Post', text: 'a heavily armed border militia', kind: 'appositive'},
		{article: 'a1', outlet: 'North Post', text: 'Zarqan Brigade spokesman', kind: 'group'},
	],
};
const quote = a2.body.indexOf('“We');
const statement: Statement = {
	id: 's1',
	speaker: 'zarqan-brigade',
	speakerName: 'Zarqan Brigade',
	outlets: 1,
	renderings: [
		{id: 'a2:1', article: 'a2', outlet: 'South Daily', published: null, text: 'We will hold,', start: quote + 1, end: quote + 14, kind: 'direct', verb: 'said', speaker: 'zarqan-brigade', speakerName: 'Zarqan Brigade', speakerLabel: 'the resistance militia'},
	],
};

describe('labelUses', () => {
	const uses = labelUses(group, (id) => articles.get(id), [statement]);
	const of = (article: string, by: string | null) => uses.filter((u) => u.article === article && u.by === by).map((u) => u.label).sort();

	it('reads descriptors with the sentence that carries them', () => {
		expect(of('a1', null)).toEqual(['armed', 'border', 'militia']);
		const militia = uses.find((u) => u.label === 'militia')!;
		expect(militia.sentence).toBe('The Zarqan Brigade, a heavily armed border militia, held the bridge.');
		expect(a1.body.slice(militia.at, militia.at + 10)).toBe('The Zarqan');
		expect(militia).toMatchObject({outlet: 'North Post', published: '2024-03-01', source: 'descriptor'});
	});

	it('counts designations for the designator, active or passive', () => {
		expect(of('a1', 'Velmari government')).toEqual(['group', 'terrorist']);
		expect(of('a2', 'Capital Council')).toEqual(['extremist', 'organization']);
	});

	it('reads the speaker labels of the renderings', () => {
		expect(of('a2', null)).toEqual(['militia', 'resistance']);
		expect(uses.find((u) => u.label === 'resistance')).toMatchObject({source: 'speaker', sentence: '“We will hold,” said the resistance militia.'});
	});

	it('takes an unnamed speaker label only with a head the descriptors use', () => {
		const other: Statement = {...statement, renderings: [{...statement.renderings[0], speakerLabel: 'the agency'}]};
		expect(labelUses(group, (id) => articles.get(id), [other]).filter((u) => u.source === 'speaker')).toEqual([]);
	});

	it('counts a label once per sentence', () => {
		const twice: Entity = {...group, descriptors: [...group.descriptors, {article: 'a1', outlet: 'North Post', text: 'border militia', kind: 'other'}]};
		const again = labelUses(twice, (id) => articles.get(id), []);
		expect(again.filter((u) => u.label === 'militia')).toHaveLength(1);
	});

	it('makes the table by outlet', () => {
		const table = entityFraming(group, (id) => articles.get(id), [statement]);
		expect(table.rows.map((r) => r.key)).toEqual(['North Post', 'South Daily']);
		expect(Object.fromEntries(table.rows[1].labels)).toEqual({militia: 1, resistance: 1});
		expect([...table.rows[1].attributed.keys()]).toEqual(['Capital Council']);
	});
});

describe('designationsAt', () => {
	it('finds "which X designates as" and nothing without a designating verb', () => {
		const text = 'Talks stalled with the Zarqan Brigade, which the Velmari Senate lists as a criminal gang, on Monday.';
		const at = text.indexOf('Zarqan Brigade');
		expect(designationsAt(text, at, at + 14)).toEqual([{phrase: 'a criminal gang', by: 'Velmari Senate', at: at + 14}]);
		const who = 'Kim Obi, whom Veller called “the little captain”, smiled.';
		expect(designationsAt(who, who.indexOf('Kim Obi'), who.indexOf('Kim Obi') + 7)).toEqual([{phrase: '“the little captain”', by: 'Veller', at: 7}]);
		const plain = 'Talks stalled with the Zarqan Brigade on Monday.';
		expect(designationsAt(plain, plain.indexOf('Zarqan'), plain.indexOf('Zarqan') + 14)).toEqual([]);
	});
});

describe('labelUses: whose words, by the sentence around the descriptor', () => {
	const body = [
		'“Veller is a dangerous demagogue,” Ada Obi said.',
		'Critics say Veller is a reckless gambler.',
		'I don’t believe Veller is a master strategist.',
		'The summit will host Veller on Tuesday.',
		'It began with a tweet from a foreign leader Veller hates.',
		'Tomas Veller, a seasoned negotiator, arrived.',
	].join('\n\n');
	const article = makeArticle({id: 'p1', outlet: 'North Post', body});
	const texts = ['a dangerous demagogue', 'a reckless gambler', 'a master strategist', 'host Veller', 'a foreign leader Veller', 'a seasoned negotiator'];
	const person: Entity = {
		id: 'tomas-veller',
		type: 'person',
		name: 'Tomas Veller',
		aliases: ['Tomas Veller', 'Veller'],
		mentions: {p1: 6},
		spans: spansOf(article, 'Veller'),
		descriptors: texts.map((text) => ({article: 'p1', outlet: 'North Post', text, kind: 'other' as const})),
	};
	const uses = labelUses(person, (id) => (id === 'p1' ? article : undefined), []);
	const by = (who: string | null) => uses.filter((u) => u.by === who).map((u) => u.label).sort();

	it('counts a quotation’s label for its speaker and a reported claim for its subject', () => {
		expect(by('Ada Obi')).toEqual(['dangerous', 'demagogue']);
		expect(by('Critics')).toEqual(['gambler', 'reckless']);
	});

	it('counts no label for a denied view, a verb before the name or a relative clause on another noun', () => {
		expect(uses.some((u) => ['master', 'strategist', 'host', 'foreign', 'leader', 'foreign leader'].includes(u.label))).toBe(false);
	});

	it('keeps the outlet’s own apposition', () => {
		expect(by(null)).toEqual(['negotiator', 'seasoned']);
	});
});

describe('designationsAt: the designator and its words', () => {
	const find = (text: string, name: string) => designationsAt(text, text.indexOf(name), text.indexOf(name) + name.length);

	it('keeps the designator’s quoted words and names the subject of a relative clause', () => {
		expect(find('Ada Obi called Veller a “loser” and left.', 'Veller')).toEqual([{phrase: 'a “loser”', by: 'Ada Obi', at: 0}]);
		expect(find('Conservatives who have long regarded Veller as an ideological impostor spoke.', 'Veller')[0]).toMatchObject({by: 'Conservatives'});
	});

	it('ends the designated phrase before the verb of the clause around it', () => {
		expect(find('Critics who regarded Veller as an ideological impostor are in a position to act.', 'Veller')).toEqual([{phrase: 'an ideological impostor', by: 'Critics', at: 0}]);
		expect(find('Obi called Veller a loser who will never win.', 'Veller')).toEqual([{phrase: 'a loser who', by: 'Obi', at: 0}]);
	});

	it('takes no designation when the name qualifies another noun, nor a subject across paragraphs', () => {
		expect(find('Obi has called Velmari concentration on the talks a political sideshow.', 'Velmari')).toEqual([]);
		expect(find('It was used by Rice.\n\nObi called the Zarqan movement a criminal gang.', 'Zarqan')[0]).toMatchObject({by: 'Obi'});
	});
});

describe('labelUses: a speaker label inside a quotation', () => {
	it('is the quotation speaker’s word, not the outlet’s', () => {
		const body = '“In the words of Minister Veller: we hold,” Ada Obi said.';
		const article = makeArticle({id: 'k1', outlet: 'North Post', body});
		const person: Entity = {id: 'tomas-veller', type: 'person', name: 'Tomas Veller', aliases: ['Tomas Veller', 'Veller'], mentions: {k1: 1}, spans: spansOf(article, 'Veller'), descriptors: []};
		const at = body.indexOf('we hold');
		const said: Statement = {
			id: 's9',
			speaker: 'tomas-veller',
			speakerName: 'Tomas Veller',
			outlets: 1,
			renderings: [{id: 'k1:1', article: 'k1', outlet: 'North Post', published: null, text: 'we hold', start: at, end: at + 7, kind: 'direct', verb: 'said', speaker: 'tomas-veller', speakerName: 'Tomas Veller', speakerLabel: 'Minister Veller'}],
		};
		expect(labelUses(person, (id) => (id === 'k1' ? article : undefined), [said]).map((u) => [u.label, u.by])).toEqual([['minister', 'Ada Obi']]);
	});
});

describe('labelUses: an apposition after the name as the object of "of" or "for" after a noun', () => {
	const org = (body: string, descriptor: string): Entity => {
		const a = makeArticle({id: 'o1', outlet: 'North Post', body});
		const e: Entity = {id: 'zarqan', type: 'organization', name: 'Zarqan Brigade', aliases: ['Zarqan Brigade'], mentions: {o1: 1}, spans: spansOf(a, 'Zarqan Brigade'), descriptors: [{article: 'o1', outlet: 'North Post', text: descriptor, kind: 'appositive'}]};
		articlesByTest.set('o1', a);
		return e;
	};
	const articlesByTest = new Map<string, Article>();
	const labelsOf = (e: Entity) => labelUses(e, (id) => articlesByTest.get(id), []).map((u) => u.label);

	it('may describe that noun: only a noun for a body is the organisation’s', () => {
		expect(labelsOf(org('She met the speaker of the Zarqan Brigade, a veteran and usual ally of Obi.', 'a veteran and usual ally of Obi'))).toEqual([]);
		expect(labelsOf(org('A bigger worry for the Zarqan Brigade is a local court race that pits two judges.', 'a local court race that pits two judges'))).toEqual([]);
		expect(labelsOf(org('She met the leader of the Zarqan Brigade, the armed group that holds the bridge.', 'the armed group that holds the bridge'))).toEqual(['armed', 'group']);
		// The object of a relative clause's verb: the noun before it may be what is described.
		expect(labelsOf(org('Obi praised a coast government that includes the Zarqan Brigade, a peace partner.', 'a peace partner'))).toEqual([]);
		expect(labelsOf(org('Obi praised a coast government that includes the Zarqan Brigade, a militant group.', 'a militant group'))).toEqual(['militant', 'group']);
		// "that" opening a clause whose subject is the name is no relative on a noun before it.
		expect(labelsOf(org('There was a feeling that the Zarqan Brigade was a peace partner.', 'a peace partner'))).toEqual(['peace', 'partner']);
	});

	it('is the organisation’s after a verb and its preposition, or without one', () => {
		expect(labelsOf(org('He fought for the Zarqan Brigade, a border ally of Obi.', 'a border ally of Obi'))).toEqual(['border', 'ally']);
		expect(labelsOf(org('She met the Zarqan Brigade, a border ally of Obi.', 'a border ally of Obi'))).toEqual(['border', 'ally']);
	});
});
