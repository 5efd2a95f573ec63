// Mechanisms of quote extraction beyond the basics in quotes.test.ts: inverted clauses, partial
// quotations inside clauses, verb-phrase renderings, paragraph quotations without a cue, split
// quotations, anonymous sources and places as speakers. Invented people and places throughout.
import {describe, expect, it} from 'vitest';
import {extractQuotes, type RawQuote} from '../../src/analysis/quotes.js';
import type {ArticleMentions} from '../../src/analysis/mentions.js';
import {isTitleLike} from '../../src/analysis/quotes/titles.js';
import {article, noMentions} from './statements-helpers.js';

function quotes(body: string, mentions: ArticleMentions = noMentions): RawQuote[] {
	return extractQuotes(article('a', body), mentions);
}

function only(body: string, mentions: ArticleMentions = noMentions): RawQuote {
	const q = quotes(body, mentions);
	expect(q).toHaveLength(1);
	return q[0];
}

/** Mentions as the entity step gives them: each name located in the body with a type. */
function tagged(body: string, names: Array<[string, 'person' | 'organization' | 'place']>): ArticleMentions {
	const mentions = names.map(([name, type]) => {
		const start = body.indexOf(name);
		expect(start).toBeGreaterThanOrEqual(0);
		return {name, type, field: 'body' as const, start, end: start + name.length, text: name};
	});
	return {mentions, aliasPairs: [], descriptors: []};
}

describe('inverted attribution ("clause, X said")', () => {
	it('lets a weekday follow the cue', () => {
		const q = only('The ferry service will resume in March after the repairs, press officer Tilda Marsh said Friday.');
		expect(q.kind).toBe('indirect');
		expect(q.text).toBe('The ferry service will resume in March after the repairs');
		expect(q.speakerName).toBe('Tilda Marsh');
	});

	it('lets the listener of "told" follow the cue', () => {
		const q = only('The harbour was closed to all traffic overnight, a port official told the Coastal Herald.');
		expect(q.text).toBe('The harbour was closed to all traffic overnight');
		expect(q.kind).toBe('indirect');
	});

	it('reads a name with its appositive before the cue', () => {
		const q = only('The dam held through the storm, Oren Pask, head of the regional water board, told reporters on Monday.');
		expect(q.text).toBe('The dam held through the storm');
		expect(q.speakerName).toBe('Oren Pask');
		expect(q.speakerLabel).toBe('head of the regional water board');
	});

	it('reads "clause, said X, appositive"', () => {
		const q = only('The north tower had collapsed before dawn, said Ilse Varga, chief of the county fire service.');
		expect(q.text).toBe('The north tower had collapsed before dawn');
		expect(q.speakerName).toBe('Ilse Varga');
	});

	it('reads a trailing "according to X"', () => {
		const q = only('Hundreds of families have been moved to the school gym, according to Mayor Tomas Brandt.');
		expect(q.text).toBe('Hundreds of families have been moved to the school gym');
		expect(q.speakerName).toBe('Tomas Brandt');
		expect(q.verb).toBe('according to');
	});

	it('does not take a forward report for an inverted one', () => {
		const q = only('After the storm hit the coast, Varga said the port would stay closed for a week.');
		expect(q.text).toBe('the port would stay closed for a week.');
		expect(q.speakerName).toBe('Varga');
	});

	it('does not take a relative clause for the subject', () => {
		expect(quotes('The council will vote on the bridge plan next week, which the mayor said is overdue.').every(q => q.text !== 'The council will vote on the bridge plan next week')).toBe(true);
	});
});

describe('partial quotations inside a reported clause', () => {
	it('keeps a partial quotation that ends the clause in the indirect rendering', () => {
		const q = only('The city is entering a “new age of open harbours,” Mayor Tomas Brandt said Tuesday.');
		expect(q.kind).toBe('indirect');
		expect(q.text).toBe('The city is entering a “new age of open harbours,”');
		expect(q.speakerName).toBe('Tomas Brandt');
	});

	it('keeps a quotation after a lead-in comma as direct speech', () => {
		const q = quotes('If the talks fail, “we will strike until the spring and nobody will sail,” Maro Kessel warned.');
		expect(q.map(x => x.kind)).toEqual(['direct']);
		expect(q[0].text).toBe('we will strike until the spring and nobody will sail,');
	});

	it('reads "X warned, adding that …" after a direct quotation', () => {
		const q = quotes('“We expect the crews to walk out,” Kessel warned, adding that it is “uncertain whether the port can open at all.”');
		expect(q.map(x => x.kind)).toEqual(['direct', 'indirect']);
		expect(q[1].text).toBe('it is “uncertain whether the port can open at all.”');
		expect(q[1].speakerName).toBe('Kessel');
	});
});

describe('verb-phrase renderings', () => {
	it('keeps "accused X of …" whole, not the fragment after the verb', () => {
		const q = only('The union leader Maro Kessel accused the harbour board of ignoring the safety reports.');
		expect(q.kind).toBe('indirect');
		expect(q.text).toBe('accused the harbour board of ignoring the safety reports.');
		expect(q.verb).toBe('accused');
	});

	it('keeps "urged X to …" and "warned of …" whole', () => {
		expect(only('Ilse Varga urged the ministry to reopen the northern ferry routes.').text).toBe('urged the ministry to reopen the northern ferry routes.');
		expect(only('Shipping groups warned of a “collapse of coastal trade” if the strike goes on.').text).toBe('warned of a “collapse of coastal trade” if the strike goes on.');
	});

	it('reads "that" after a noun as a relative clause, not a report', () => {
		const q = only('Ilse Varga announced a new rule that bars cargo ships from the old harbour.');
		expect(q.text).toBe('announced a new rule that bars cargo ships from the old harbour.');
	});

	it('takes "called" as speech only before a quotation or "for"', () => {
		expect(quotes('Neighbours called the fire brigade when the warehouse roof caught fire.')).toEqual([]);
		expect(only('Mayor Tomas Brandt called the reopening “a promise kept to every family on the coast.”').speakerName).toBe('Tomas Brandt');
	});

	it('gives a coordinated verb the subject of the sentence', () => {
		const q = only('Ilse Varga on Monday backed the new ferry plan but flatly rejected any increase in fares.');
		expect(q.text).toBe('flatly rejected any increase in fares.');
		expect(q.speakerName).toBe('Ilse Varga');
	});
});

describe('adverbials between subject and cue', () => {
	it('finds the subject across "on Sunday"', () => {
		const q = only('Senator Ada Obi on Sunday said she would oppose the harbour bill.');
		expect(q.speakerName).toBe('Ada Obi');
		expect(q.text).toBe('she would oppose the harbour bill.');
	});
});

describe('quotations without a cue', () => {
	it('takes a prose quotation opening its paragraph as speech of the last speaker', () => {
		const body =
			'The storm damage is worse than feared, Oren Pask, head of the water board, told reporters.\n\n' +
			'Officials met for hours.\n\n' +
			'“The dam was built for a storm like this one and it held.';
		const q = quotes(body).at(-1)!;
		expect(q.kind).toBe('direct');
		expect(q.text).toBe('The dam was built for a storm like this one and it held.');
		expect(q.speakerName).toBe('Oren Pask');
		expect(q.verb).toBeNull();
	});

	it('takes the person the previous sentence is about', () => {
		const body = 'Harbour master Ilse Varga agreed with the report.\n\n“Nobody should sail until the storm has passed.”';
		const mentions = tagged(body, [['Ilse Varga', 'person']]);
		const q = only(body, mentions);
		expect(q.speakerName).toBe('Ilse Varga');
	});

	it('says unknown when nobody fits', () => {
		const body = 'The report came out on Friday.\n\n“The harbour must close to all ships until further notice.”';
		const q = only(body);
		expect(q.speakerName).toBeNull();
	});

	it('does not take a quoted title opening a paragraph for speech', () => {
		expect(quotes('“Harbour Lights Over The Northern Sea” opened in ten cities this week.')).toEqual([]);
	});
});

describe('split quotations', () => {
	it('gives both halves of "“A,” he said, “B.”" one group', () => {
		const q = quotes('“The port will reopen,” Varga said, “and the ferries will run again by May.”');
		expect(q.map(x => x.text)).toEqual(['The port will reopen,', 'and the ferries will run again by May.']);
		expect(new Set(q.map(x => x.group)).size).toBe(1);
		expect(q.map(x => x.part)).toEqual([0, 1]);
		expect(q.every(x => x.speakerName === 'Varga')).toBe(true);
	});

	it('keeps two quotations with two cues apart', () => {
		const q = quotes('“The port will reopen,” Varga said. “The ferries will not run,” Kessel said.');
		expect(new Set(q.map(x => x.group)).size).toBe(2);
	});
});

describe('who speaks', () => {
	it('never carries a named person to an indefinite source', () => {
		const body = '“We will rebuild the pier,” Ilse Varga said.\n\nThe pier will cost twice as much as planned, a city official said.';
		const q = quotes(body);
		expect(q[1].speakerName).toBe('a city official');
	});

	it('names nobody for several unnamed sources', () => {
		const q = only('The mayor will resign before the summer, two city officials said.');
		expect(q.speakerName).toBeNull();
	});

	it('does not take a place inside the subject for the speaker', () => {
		const body = 'Senator Ada Obi (D-Northshire) said the harbour bill would pass within a month.';
		const q = only(body, tagged(body, [['Ada Obi', 'person'], ['Northshire', 'place']]));
		expect(q.speakerName).toBe('Ada Obi');
	});

	it('reads "the X of Place" as the role, not the place', () => {
		const body = '“The harbour will stay open,” Ilse Varga said.\n\nThe governor of Northshire insisted the ferries would keep running all winter.';
		const q = quotes(body, tagged(body, [['Ilse Varga', 'person'], ['Northshire', 'place']]));
		expect(q[1].speakerName).not.toBe('Northshire');
	});
});

describe('quoted titles and names', () => {
	it.each([
		['Operation Harbour Shield', true],
		['Notes on the Future of Our Coast', true],
		['Notes on the Future of Our Coast,', true],
		['We will not sell the port', false],
		['The Port Is Open.', false],
	])('isTitleLike(%s) is %s', (text, expected) => {
		expect(isTitleLike(text)).toBe(expected);
	});
});
