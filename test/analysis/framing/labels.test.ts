// Label extraction on made-up descriptor phrases: heads and modifiers, plurals, hyphenated words,
// relative clauses, negation, attribution, and what a phrase says of someone else.
import {describe, expect, it} from 'vitest';
import {nameOpensClause, nameQualifiesNext, opensWithVerb, readLabels, type Subject} from '../../../src/analysis/framing/labels.js';
import {lemma} from '../../../src/analysis/framing/words.js';

const group: Subject = {names: ['Zarqan Brigade', 'Zarqan', 'Zarqan Brigade Movement'], organisation: true};
const person: Subject = {names: ['Tomas Veller', 'Veller'], organisation: false};
const labels = (phrase: string, subject: Subject = group) => readLabels(phrase, subject).labels;

describe('lemma', () => {
	it('turns plurals into the singular and leaves other words alone', () => {
		expect(lemma('militias')).toBe('militia');
		expect(lemma('spokesmen')).toBe('spokesman');
		expect(lemma('factions')).toBe('faction');
		expect(lemma('militaries')).toBe('military');
		expect(lemma('forces')).toBe('force');
		expect(lemma('news')).toBe('news');
		expect(lemma('analysis')).toBe('analysis');
		expect(lemma('press')).toBe('press');
		expect(lemma('advisor')).toBe('adviser');
	});
});

describe('readLabels', () => {
	it('takes the head noun and its modifiers, with plurals counted as the singular', () => {
		expect(labels('a heavily armed border militia')).toEqual(['armed', 'border', 'militia']);
		expect(labels('one of the militias')).toEqual(['militia']);
		expect(labels('one of dozens of armed rebel factions')).toEqual(['armed', 'rebel', 'faction']);
	});

	it('keeps hyphenated modifiers whole and proper adjectives as written', () => {
		expect(labels('the Moscow-backed far-right militia')).toEqual(['Moscow-backed', 'far-right', 'militia']);
		expect(labels('a Kurdish anti-terror movement')).toEqual(['Kurdish', 'anti-terror', 'movement']);
		expect(labels('the Islamist paramilitary group')).toEqual(['Islamist', 'paramilitary', 'group']);
	});

	it('drops numbers, measures, possessives and places, but keeps the words around them', () => {
		expect(labels('a 5,000 fighters-strong Velmari militia movement')).toEqual(['militia', 'movement']);
		expect(labels('Velmar’s anti-terror Zarqan Brigade Movement')).toEqual(['anti-terror']);
	});

	it('stops at a relative clause or a preposition', () => {
		expect(labels('a militant group that controls the northern valleys')).toEqual(['militant', 'group']);
		expect(labels('the armed faction which runs the port')).toEqual(['armed', 'faction']);
		expect(labels('the militias targeted by the air strikes in spring')).toEqual(['militia']);
		expect(labels('a spokesman for the Zarqan Brigade', person)).toEqual(['spokesman']);
	});

	it('reads the noun phrase of a copula or "which is" appositive, and nothing from a participle', () => {
		expect(labels('which is a radical insurgent movement')).toEqual(['radical', 'insurgent', 'movement']);
		expect(labels('who is famously ideologically flexible', person)).toEqual([]);
		expect(labels('which is affiliated with the Northern Front')).toEqual([]);
		expect(labels('better known as the Red Hand')).toEqual([]);
	});

	it('gives no label for a negated phrase, but reads what follows "but"', () => {
		expect(labels('not a terrorist group')).toEqual([]);
		expect(labels('is not a terrorist group')).toEqual([]);
		expect(labels('no longer a rebel movement')).toEqual([]);
		expect(labels('not a terrorist group but a resistance movement')).toEqual(['resistance', 'movement']);
	});

	it('returns an attributed label with who gave it', () => {
		expect(readLabels('designated a terrorist group by Washington', group)).toMatchObject({labels: ['terrorist', 'group'], by: 'Washington'});
		expect(readLabels('which was branded an extremist organisation by the Velmari government', group)).toMatchObject({labels: ['extremist', 'organization'], by: 'Velmari government'});
		expect(readLabels('listed by the European Union as a terrorist organization', group)).toMatchObject({labels: ['terrorist', 'organization'], by: 'European Union'});
		expect(readLabels('considered a militia', group)).toMatchObject({labels: ['militia'], by: 'unnamed'});
		expect(readLabels('a militia movement', group).by).toBeNull();
	});

	it('takes the words before a name that ends the phrase', () => {
		expect(labels('militia spokesman Tomas Veller', person)).toEqual(['militia', 'spokesman']);
		expect(labels('President Veller', person)).toEqual(['president']);
		expect(labels('Velmari Prime Minister Tomas Veller', person)).toEqual(['prime minister']);
		expect(labels('then-candidate Veller', person)).toEqual(['candidate']);
		expect(labels('the far-right front-runner Tomas Veller', person)).toEqual(['far-right', 'front-runner']);
		expect(labels('Port City’s militant Zarqan')).toEqual(['militant']);
	});

	it('gives nothing for what the phrase says of someone or something else', () => {
		expect(labels('Zarqan spokesman')).toEqual([]);
		expect(labels('the Zarqan Brigade chief')).toEqual([]);
		expect(labels('the Veller administration', person)).toEqual([]);
		expect(labels('a former Veller campaign', person)).toEqual([]);
		expect(labels('force Veller', person)).toEqual([]);
		expect(labels('the militant group', person)).toEqual([]);
		expect(labels('the spokesman', group)).toEqual([]);
	});

	it('reads a lowercase group noun after the name as a label of the group', () => {
		expect(labels('the Zarqan movement')).toEqual(['movement']);
		expect(labels('the Zarqan terrorist group')).toEqual(['terrorist', 'group']);
	});

	it('reads a noun for a body the lexicon knows as a verb too ("party") as a noun', () => {
		expect(labels('the party')).toEqual(['party']);
		expect(labels('a conservative party')).toEqual(['conservative', 'party']);
		expect(labels('the party that took money from people')).toEqual(['party']);
	});

	it('reads nothing from a body inside the organisation named after it', () => {
		expect(labels('the Zarqan intelligence committee')).toEqual([]);
		expect(labels('Zarqan committee')).toEqual([]);
		expect(labels('the Zarqan political bureau')).toEqual([]);
	});

	it('gives words, never fragments or function words', () => {
		for (const phrase of ['But Mr. Veller', 'When President Veller', '“If Veller', 'it’s Veller', 'the', 'some', 'Who are', 'Velmari and']) {
			for (const label of labels(phrase, person)) {
				expect(label).toMatch(/^\p{L}[\p{L}’'-]*(?: \p{L}[\p{L}’'-]*)*$/u);
				expect(['but', 'mr', 'mr.', 'when', 'if', 'it’s', 'the', 'some', 'who', 'are', 'and']).not.toContain(label.toLowerCase());
			}
		}
		expect(labels('When President Veller', person)).toEqual(['president']);
		expect(labels('But Mr. Veller', person)).toEqual([]);
	});

	it('gives nothing for light nouns, and a prepositional object is not the entity', () => {
		expect(labels('the only way to save the country', person)).toEqual([]);
		expect(labels('the head of the river authority', person)).toEqual([]);
		expect(labels('a kind of movement')).toEqual(['movement']);
		expect(labels('speaking to reporters at the palace', person)).toEqual([]);
		expect(labels('with the militia')).toEqual([]);
		expect(labels('a loyal member of the Zarqan Brigade', person)).toEqual([]);
	});

	it('reads a person only by nouns for people, in the singular, not the clause after them', () => {
		expect(labels('the first Kurdish president in forty years', person)).toEqual(['Kurdish', 'president']);
		expect(labels('the country wants the president to succeed', person)).toEqual([]);
		expect(labels('the president lambasted him for it', person)).toEqual(['president']);
		expect(labels('Velmar’s leaders reacted with alarm', person)).toEqual([]);
		expect(labels('his campaign and senior Velmari officials', person)).toEqual([]);
		expect(labels('the Governor’s daughter and adviser', person)).toEqual([]);
		expect(labels('head-on Veller', person)).toEqual([]);
		expect(labels('Concerning President Veller', person)).toEqual(['president']);
		expect(labels('the federal judge Veller', person)).toEqual([]);
	});

	it('keeps quoted words out: scare quotes and the end of a quotation before the name', () => {
		expect(labels('a ‘chaos candidate’ and his presidency', person)).toEqual([]);
		expect(labels('“stop” candidate Veller', person)).toEqual(['candidate']);
		expect(labels('Prime Minister,” Veller', person)).toEqual([]);
		expect(labels('a so-called “terrorist” movement')).toEqual(['movement']);
	});

	it('counts a compound noun as one label when the corpus writes it as one', () => {
		const compound = (a: string, b: string) => a === 'real' && b === 'estate';
		expect(labels('the unorthodox real estate magnate turned president', {...person, compound})).toEqual(['unorthodox', 'real estate', 'magnate']);
		expect(labels('the unorthodox real estate magnate', person)).toEqual(['unorthodox', 'estate', 'magnate']);
	});

	it('gives nothing when another entity’s name ends the phrase', () => {
		const namesOther = (lower: string) => lower === 'jane roe' || lower === 'north post';
		expect(labels('North Post reporter Jane Roe', {...person, namesOther})).toEqual([]);
		expect(labels('the North Post militia', {...group, namesOther})).toEqual(['militia']);
	});

	it('tells a name that qualifies the next noun from one the verb follows', () => {
		expect(nameQualifiesNext('long-time Veller', ' backer Newt', person)).toBe(true);
		expect(nameQualifiesNext('President Veller', ' said on Monday', person)).toBe(false);
		expect(nameQualifiesNext('President Veller', ', who', person)).toBe(false);
		expect(nameQualifiesNext('the weekly Zarqan', ' address to the nation', group)).toBe(true);
		expect(nameQualifiesNext('the anti-terror Zarqan Brigade Movement', ' dismissed the claims', group)).toBe(false);
		// A plural neither it nor its base known to the lexicon, ending the clause: a noun the name qualifies.
		expect(nameQualifiesNext('stolen Zarqan', ' zorbles.', group)).toBe(true);
		expect(nameQualifiesNext('stolen Zarqan', ' zorbles the files.', group)).toBe(false);
		expect(nameQualifiesNext('President Veller', ' https://t.co/x', person)).toBe(false);
	});
});

describe('labels that describe someone or something else', () => {
	it('takes no label from a noun that a relative clause with the name as subject qualifies', () => {
		// Indefinite: a close apposition is never "a NOUN Name"; any verb after the name opens a clause.
		expect(nameOpensClause('', 'a foreign leader Veller', ' hates.', person)).toBe(true);
		expect(nameOpensClause('there is one failed ', 'left-wing president Tomas Veller', ' is proud to call his friend', person)).toBe(true);
		expect(nameOpensClause('', 'another rival Veller', ' mocked on air', person)).toBe(true);
		// Definite: a one-word name, a verb of its own and its object missing.
		expect(nameOpensClause('the country is hardly the global ', 'leader Veller', ' portrayed it to be.', person)).toBe(true);
		expect(nameOpensClause('', 'the federal judge Veller', ' accused of bias', person)).toBe(true);
		expect(nameOpensClause('', 'the militia Zarqan', ' funded.', group)).toBe(true);
		// Close appositions stay.
		expect(nameOpensClause('', 'President Veller', ' said on Monday', person)).toBe(false);
		expect(nameOpensClause('', 'the billionaire Tomas Veller', ' signed the bill', person)).toBe(false);
		expect(nameOpensClause('', 'the spokesman Veller', ' said the talks failed', person)).toBe(false);
		expect(nameOpensClause('', 'the president Veller', ' signed the bill', person)).toBe(false);
		expect(nameOpensClause('', 'a spokesman for Veller', ' said', person)).toBe(false);
	});

	it('reads a relative clause after the head by its structure', () => {
		// The entity is the relative's subject and designates someone else: the label is not its own.
		expect(labels('who called him a ‘traitor’', person)).toEqual([]);
		expect(labels('who branded the rebels terrorists', person)).toEqual([]);
		// A passive relative designates the entity.
		expect(readLabels('who was called a traitor by the senator', person)).toMatchObject({labels: ['traitor'], by: 'senator'});
		// The name inside the clause or phrase after the head: the head is something else.
		expect(labels('a group that Zarqan leads')).toEqual([]);
		expect(labels('the armed wing of the Zarqan Brigade')).toEqual([]);
		expect(labels('the parent company of Zarqan')).toEqual([]);
		expect(labels('a fierce critic of Veller', person)).toEqual([]);
		// A relative clause on the entity's own head keeps the head.
		expect(labels('the armed group that Veller leads', group)).toEqual(['armed', 'group']);
		expect(labels('who is the leader of the northern militias', person)).toEqual(['leader']);
	});

	it('tells a verb before the name from a title', () => {
		expect(opensWithVerb('the prime minister will ', 'host Veller')).toBe(true);
		expect(opensWithVerb('the networks have a duty to ', 'fact-check Veller')).toBe(true);
		expect(opensWithVerb('and we ', 'judge Veller')).toBe(true);
		expect(opensWithVerb('it was a threat to ', 'leader Veller')).toBe(false);
		expect(opensWithVerb('the show’s ', 'host Veller')).toBe(false);
		expect(opensWithVerb('he met ', 'host Veller')).toBe(false);
		expect(opensWithVerb('they will ', 'the militia Zarqan')).toBe(false);
	});

	it('gives nothing for a phrase ending on another, capitalised name', () => {
		expect(labels('the careerist Odalys', person)).toEqual([]);
		expect(labels('the liberal group Acorvia')).toEqual([]);
		expect(labels('the Shiite militia')).toEqual(['Shiite', 'militia']);
	});

	it('drops a modifier that a degree word denies', () => {
		expect(labels('the least radical candidate in the race', person)).toEqual(['candidate']);
		expect(labels('a less militant faction')).toEqual(['faction']);
	});

	it('reads the nouns for an organisation’s members as members, not the organisation', () => {
		const party: Subject = {names: ['Velmari Union Party', 'Unionist', 'Unionists'], organisation: true};
		expect(labels('the first-term Unionist', party)).toEqual([]);
		expect(labels('rank-and-file Unionists', party)).toEqual([]);
		expect(labels('the centrist Velmari Union Party', party)).toEqual(['centrist']);
		expect(nameQualifiesNext('the Unionist', ' Gov. Ada Obi said', party)).toBe(true);
		expect(nameQualifiesNext('off-year Zarqan', ' election defeats', group)).toBe(true);
		expect(nameQualifiesNext('long-shot Zarqan', ' presidential hopeful Ada Obi', group)).toBe(true);
		expect(nameQualifiesNext('the militant Zarqan', ' dismissed the claims', group)).toBe(false);
		expect(nameQualifiesNext('President Veller', ' used the words', person)).toBe(false);
		expect(nameQualifiesNext('the official Zarqan', ' response came late', group)).toBe(true);
		expect(nameQualifiesNext('the most-earnest Zarqan', ' tax-reform advocates', group)).toBe(true);
		expect(nameQualifiesNext('President Veller', ' isn’t having any of it', person)).toBe(false);
		expect(nameQualifiesNext('a President Veller', ' withheld the aid', person)).toBe(false);
		expect(nameQualifiesNext('President Veller', ' last week urged calm', person)).toBe(false);
	});

	it('keeps quoted words when the phrase is someone’s attributed words', () => {
		expect(readLabels('designated a “criminal” gang by the council', group)).toMatchObject({labels: ['criminal', 'gang'], by: 'council'});
		expect(readLabels('a “criminal” gang', group, {quoted: true}).labels).toEqual(['criminal', 'gang']);
		expect(readLabels('a “criminal” gang', group).labels).toEqual(['gang']);
	});
});
