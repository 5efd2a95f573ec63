// Definite descriptions that refer back to an organisation ("the resistance group's readiness"):
// counted for it when they follow its mention in the same or the next sentence and no other
// organisation is named in between; institutions ("the government"), plurals and capitalised
// names are not references to it.
import {describe, expect, it} from 'vitest';
import {anaphorsAfter} from '../../../src/analysis/framing/anaphora.js';
import {organisationMentions} from '../../../src/analysis/framing/framing.js';
import {labelUses} from '../../../src/analysis/framing/uses.js';
import type {Entity} from '../../../src/analysis/types.js';
import type {Article} from '../../../src/corpus/types.js';
import {makeArticle} from '../../fixtures/article.js';

function organisation(id: string, name: string, articles: Article[]): Entity {
	const spans = articles.flatMap((a) => {
		const out = [];
		for (let at = a.body.indexOf(name); at >= 0; at = a.body.indexOf(name, at + 1)) out.push({article: a.id, start: at, end: at + name.length, field: 'body' as const, text: name});
		return out;
	});
	return {id, type: 'organization', name, aliases: [name], mentions: Object.fromEntries(articles.map((a) => [a.id, 1])), spans, descriptors: []};
}

describe('anaphorsAfter', () => {
	const find = (text: string) => anaphorsAfter(text, 0, text.length).map((a) => a.phrase);

	it('finds the group nouns of definite descriptions, possessives too, in this sentence and the next', () => {
		expect(find(' leader repeated the resistance group’s demands. Later the militant movement said so.')).toEqual(['the resistance group', 'the militant movement']);
		expect(find(' met. The talks ended. The armed group left.')).toEqual([]);
	});

	it('leaves institutions, plurals and capitalised names alone', () => {
		expect(find(' rejected what the government and the army said.')).toEqual([]);
		expect(find(' joined the other armed groups.')).toEqual([]);
		expect(find(' praised the Popular Front.')).toEqual([]);
	});
});

describe('references in the label uses', () => {
	const a1 = makeArticle({id: 'a1', outlet: 'Hill Times', body: 'The chief of the Zarqan Brigade repeated the resistance group’s demands on Monday.'});
	const a2 = makeArticle({id: 'a2', outlet: 'Plain Post', body: 'The Zarqan Brigade met the Velmar Front, and the militant group agreed to a truce.'});
	const articles = new Map([a1, a2].map((a) => [a.id, a]));
	const zarqan = organisation('zarqan', 'Zarqan Brigade', [a1, a2]);
	const front = organisation('front', 'Velmar Front', [a2]);
	const mentions = organisationMentions([zarqan, front]);
	const uses = labelUses(zarqan, (id) => articles.get(id), [], mentions);

	it('counts a description after the mention for the organisation, with its sentence', () => {
		expect(uses.filter((u) => u.article === 'a1').map((u) => [u.label, u.source])).toEqual([
			['resistance', 'reference'],
			['group', 'reference'],
		]);
		expect(uses[0].sentence).toBe(a1.body);
	});

	it('does not when another organisation is named in between', () => {
		expect(uses.filter((u) => u.article === 'a2')).toEqual([]);
		expect(labelUses(front, (id) => articles.get(id), [], mentions).map((u) => u.label).sort()).toEqual(['group', 'militant']);
	});

	it('reads none without the organisations’ mentions', () => {
		expect(labelUses(zarqan, (id) => articles.get(id), [])).toEqual([]);
	});
});

describe('anaphorsAfter: descriptions that name something else', () => {
	const find = (text: string) => anaphorsAfter(text, 0, text.length).map((a) => a.phrase);

	it('skips a description coordinated with the mention, or followed by a name or a noun it qualifies', () => {
		expect(find(' and the conservative movement agreed.')).toEqual([]);
		expect(find(' met the board. The liberal group Acorvia objected.')).toEqual([]);
		expect(find(' spoke, and the youngest party members left.')).toEqual([]);
		expect(find(' won the front page.')).toEqual([]);
	});

	it('stops a description at a determiner or a preposition', () => {
		expect(find(' spoke beyond the typical boundaries of party.')).toEqual([]);
		expect(find(' sent the promos each network used.')).toEqual([]);
		// A clause after a comma may refer back; a possessive head stays a reference.
		expect(find(' met the envoy, and the militant group agreed.')).toEqual(['the militant group']);
		expect(find(' spoke. The resistance group’s readiness is clear.')).toEqual(['The resistance group']);
	});
});

describe('anaphorsAfter: a group of others', () => {
	it('skips a description whose "of" names its members', () => {
		expect(anaphorsAfter(' agreed, but the group of retirees objected.', 0, 60).map((a) => a.phrase)).toEqual([]);
	});
});

describe('references inside quotations', () => {
	it('reads no description inside a quotation: its speaker refers to their own context', () => {
		const a = makeArticle({id: 'q1', outlet: 'Hill Times', body: 'The Zarqan Brigade met the envoy. “The militant group will lose,” Obi said.'});
		const zarqan = organisation('zarqan', 'Zarqan Brigade', [a]);
		expect(labelUses(zarqan, (id) => (id === 'q1' ? a : undefined), [], organisationMentions([zarqan]))).toEqual([]);
	});
});

describe('references after a member’s noun', () => {
	it('reads none after a name for the organisation’s members, and stops a description at a verb', () => {
		const a = makeArticle({id: 'm1', outlet: 'Hill Times', body: 'Two Unionists spoke. The movement said no.'});
		const party: Entity = {...organisation('union', 'Velmari Union Party', [a]), aliases: ['Velmari Union Party', 'Unionist', 'Unionists'], spans: [{article: 'm1', start: 4, end: 13, field: 'body', text: 'Unionists'}]};
		expect(labelUses(party, (id) => (id === 'm1' ? a : undefined), [], organisationMentions([party]))).toEqual([]);
		expect(anaphorsAfter(' said the problem is tea party politics.', 0, 60)).toEqual([]);
	});
});

describe('organisationMentions from the article text', () => {
	it('finds the organisations naming an article where their spans are, without reading the spans', () => {
		const a = makeArticle({id: 't1', body: 'The Zarqan Brigade met the Velmar Front; Zarqan Brigades aside, the Velmar Front left. Zarqan Brigade again.'});
		const zarqan = organisation('zarqan', 'Zarqan Brigade', [a]);
		const front = organisation('front', 'Velmar Front', [a]);
		const bySpans = organisationMentions([zarqan, front])('t1');
		const byText = organisationMentions([zarqan, front], (id) => (id === 't1' ? a.body : undefined))('t1');
		// "Zarqan Brigades" is another word: the text search keeps whole words only.
		expect(byText).toEqual(bySpans!.filter((m) => a.body.slice(m.start).match(/^Zarqan Brigade\b|^Velmar Front\b/)));
		expect(byText!.map((m) => m.entity)).toEqual(['zarqan', 'front', 'front', 'zarqan']);
	});
});

describe('a name typed a place only by its context, between the mention and the description', () => {
	// Typing is a vote of contexts: a news site written "at Kestrel" comes out a place. Named between
	// an organisation and a description, it may be what the description refers back to.
	const place = (id: string, name: string, articles: Article[]): Entity => ({...organisation(id, name, articles), type: 'place'});
	const uses = (org: Entity, others: Entity[], a: Article) => labelUses(org, (id) => (id === a.id ? a : undefined), [], organisationMentions([org, ...others])).filter((u) => u.source === 'reference');

	it('ends the reach of the names before it: the description may be its own', () => {
		const a = makeArticle({id: 'p1', outlet: 'Hill Times', body: 'Zorn is remaking the Velmar Party in his image. He sides with the “Kestrel” wing of it, named after the right-wing news organization that became synonymous with nationalism.'});
		const party = organisation('party', 'Velmar Party', [a]);
		expect(uses(party, [place('kestrel', 'Kestrel', [a])], a)).toEqual([]);
		// Without that name in between, the same description is read as the party's.
		const b = makeArticle({id: 'p2', outlet: 'Hill Times', body: 'Zorn is remaking the Velmar Party in his image. He praised the right-wing organization on Monday.'});
		expect(uses(organisation('party', 'Velmar Party', [b]), [], b).map((u) => u.label)).toEqual(['right-wing', 'organization']);
	});

	it('does not when the text uses it as a place ("in X"), nor when its name says it is one', () => {
		const a = makeArticle({id: 'p3', outlet: 'Hill Times', body: 'Velmar Front fighters gathered in Kestrel on Monday. The militant group said it would stay.'});
		const front = organisation('front', 'Velmar Front', [a]);
		expect(uses(front, [place('kestrel', 'Kestrel', [a])], a).map((u) => u.label)).toEqual(['militant', 'group']);
		const b = makeArticle({id: 'p4', outlet: 'Hill Times', body: 'Velmar Front fighters left Gaza on Monday. The militant group said it would stay.'});
		const front2 = organisation('front', 'Velmar Front', [b]);
		expect(uses(front2, [place('gaza', 'Gaza', [b])], b).map((u) => u.label)).toEqual(['militant', 'group']);
	});
});

describe('the kind noun of a reference back', () => {
	it('refers back to an organisation only when its name or its descriptors hold that kind, but for the generic ones', () => {
		const a = makeArticle({id: 'k1', outlet: 'Hill Times', body: 'Rivals did well in the Velmar Assembly because the party out of power gains seats. The Velmar Assembly met, and the group adjourned.'});
		const assembly = organisation('assembly', 'Velmar Assembly', [a]);
		expect(labelUses(assembly, (id) => (id === 'k1' ? a : undefined), [], organisationMentions([assembly])).map((u) => u.phrase)).toEqual(['the group']);
		const b = makeArticle({id: 'k2', outlet: 'Hill Times', body: 'The Velmar Union Party met on Monday. Later the party said it would stand.'});
		const party = organisation('party', 'Velmar Union Party', [b]);
		expect(labelUses(party, (id) => (id === 'k2' ? b : undefined), [], organisationMentions([party])).map((u) => u.label)).toEqual(['party']);
		// A descriptor of the organisation with that head lets the kind refer back to it.
		const c = makeArticle({id: 'k3', outlet: 'Hill Times', body: 'The Zarqan Brigade, a border militia, held the bridge. Later the militia left.'});
		const zarqan: Entity = {...organisation('zarqan', 'Zarqan Brigade', [c]), descriptors: [{article: 'k3', outlet: 'Hill Times', text: 'a border militia', kind: 'appositive'}]};
		expect(labelUses(zarqan, (id) => (id === 'k3' ? c : undefined), [], organisationMentions([zarqan])).filter((u) => u.source === 'reference').map((u) => u.label)).toEqual(['militia']);
	});
});
