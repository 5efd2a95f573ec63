// Framing labels (issue 15): a designating verb before a list of labels or of objects, a clause that
// only supposes, the nearest name that may be a description's antecedent, and speakers whose
// names run past four words. Invented groups, people and places throughout.
import {describe, expect, it} from 'vitest';
import {quotations, quotedBy, reportedBy} from '../../../src/analysis/framing/attribution.js';
import {designationsAt} from '../../../src/analysis/framing/designations.js';
import {organisationMentions} from '../../../src/analysis/framing/framing.js';
import {labelUses} from '../../../src/analysis/framing/uses.js';
import type {Entity, EntityType} from '../../../src/analysis/types.js';
import type {Article} from '../../../src/corpus/types.js';
import {makeArticle} from '../../fixtures/article.js';

const phrases = (text: string, name: string) => {
	const at = text.indexOf(name);
	return designationsAt(text, at, at + name.length).map((d) => [d.phrase, d.by]);
};

function entity(id: string, name: string, type: EntityType, articles: Article[]): Entity {
	const spans = articles.flatMap((a) => {
		const out = [];
		for (let at = a.body.indexOf(name); at >= 0; at = a.body.indexOf(name, at + 1)) out.push({article: a.id, start: at, end: at + name.length, field: 'body' as const, text: name});
		return out;
	});
	return {id, type, name, aliases: [name], mentions: Object.fromEntries(articles.map((a) => [a.id, 1])), spans, descriptors: []};
}

describe('a designating verb before coordinated labels', () => {
	it('gives the object every label of the list', () => {
		const text = 'The Velmari Senate called the Zarqan Brigade a terrorist group and a criminal gang in one week.';
		expect(phrases(text, 'Zarqan Brigade')).toEqual([
			['a terrorist group', 'Velmari Senate'],
			['a criminal gang in one week', 'Velmari Senate'],
		]);
	});

	it('gives each object of the list its own label, with the verb’s subject', () => {
		const text = 'The Velmari Senate called the Zarqan Brigade a terrorist group and the Tarun Front a peace partner.';
		expect(phrases(text, 'Zarqan Brigade')).toEqual([['a terrorist group', 'Velmari Senate']]);
		expect(phrases(text, 'Tarun Front')).toEqual([['a peace partner', 'Velmari Senate']]);
		const as = 'The Velmari Senate designates the Zarqan Brigade as a terrorist group and the Tarun Front as a criminal gang.';
		expect(phrases(as, 'Zarqan Brigade')).toEqual([['a terrorist group', 'Velmari Senate']]);
		expect(phrases(as, 'Tarun Front')).toEqual([['a criminal gang', 'Velmari Senate']]);
	});

	it('counts them for the designator in the label uses', () => {
		const a = makeArticle({id: 'c1', outlet: 'North Post', body: 'The Velmari Senate called the Zarqan Brigade a terrorist group and the Tarun Front a peace partner.'});
		const front = entity('front', 'Tarun Front', 'organization', [a]);
		const uses = labelUses(front, (id) => (id === 'c1' ? a : undefined), []);
		expect(uses.map((u) => [u.label, u.by]).sort()).toEqual([
			['partner', 'Velmari Senate'],
			['peace', 'Velmari Senate'],
		]);
	});
});

describe('a clause that only supposes', () => {
	it('designates nobody', () => {
		expect(phrases('Analysts wonder if Veller is seen as the victor after the debate.', 'Veller')).toEqual([]);
		expect(phrases('Nobody knows whether the Velmari Senate designates the Zarqan Brigade as a terrorist group.', 'Zarqan Brigade')).toEqual([]);
		expect(phrases('Veller, who is seen as the victor, spoke first.', 'Veller')).toEqual([['who is seen as the victor', null]]);
	});
});

describe('the antecedent of a description of a kind of body', () => {
	it('is the nearest name that may be an organisation, whatever its guessed type', () => {
		const a = makeArticle({id: 'r1', outlet: 'Hill Times', body: 'The Velmar Party praised Family Harbour on Monday. Its critics had made the organization a target for years.'});
		const party = entity('party', 'Velmar Party', 'organization', [a]);
		const harbour = entity('harbour', 'Family Harbour', 'other', [a]);
		const articles = (id: string) => (id === 'r1' ? a : undefined);
		expect(labelUses(party, articles, [], organisationMentions([party, harbour])).filter((u) => u.source === 'reference')).toEqual([]);
		// An event or a law between them is no antecedent of "the organization".
		const b = makeArticle({id: 'r2', outlet: 'Hill Times', body: 'The Velmar Party opposed the Harbour Act on Monday, and the organization said it would appeal.'});
		const party2 = entity('party', 'Velmar Party', 'organization', [b]);
		const act = entity('act', 'Harbour Act', 'other', [b]);
		const uses = labelUses(party2, (id) => (id === 'r2' ? b : undefined), [], organisationMentions([party2, act]));
		expect(uses.filter((u) => u.source === 'reference').map((u) => u.label)).toEqual(['organization']);
	});
});

describe('speakers whose names run past four words', () => {
	it('are read whole beside a quotation and before a reporting verb', () => {
		const after = '“The brigade is a terrorist militia,” Deputy Foreign Minister Hossein Amir Bakhtiari said.';
		expect(quotedBy(after, quotations(after), after.indexOf('brigade'))).toBe('Deputy Foreign Minister Hossein Amir Bakhtiari');
		const inverted = '“The brigade is a militia,” said Deputy Speaker Sheikh Abu Ali bin Rashid on Monday.';
		expect(quotedBy(inverted, quotations(inverted), inverted.indexOf('brigade'))).toBe('Deputy Speaker Sheikh Abu Ali bin Rashid');
		expect(reportedBy('Deputy Foreign Minister Hossein Amir Bakhtiari says the brigade is ')).toBe('Deputy Foreign Minister Hossein Amir Bakhtiari');
	});
});
