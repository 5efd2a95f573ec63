// Who speaks, beyond the basics of quotes-grammar.test.ts: a verb coordinated with the subject's
// first verb, an opening participle phrase before the subject, a scare quote inside the
// attribution, a quotation cut off after its speaker's appositive, a party member as a role noun,
// "said about <number>", the head of "said <premodifiers> Name", names that only modify the subject,
// and role nouns that fit (or do not fit) the person mentioned before. Invented people and places.
import {describe, expect, it} from 'vitest';
import {extractQuotes, type RawQuote} from '../../src/analysis/quotes.js';
import type {ArticleMentions} from '../../src/analysis/mentions.js';
import {article, noMentions} from './statements-helpers.js';

const quotes = (body: string, mentions: ArticleMentions = noMentions): RawQuote[] => extractQuotes(article('a', body), mentions);

function tagged(body: string, names: Array<[string, 'person' | 'organization' | 'place']>): ArticleMentions {
	const mentions = names.map(([name, type]) => {
		const start = body.indexOf(name);
		return {name, type, field: 'body' as const, start, end: start + name.length, text: name};
	});
	return {mentions, aliasPairs: [], descriptors: []};
}

describe('the subject of a coordinated cue', () => {
	it('is the sentence subject, not a name in its relative clause', () => {
		const body = 'Varga, who was leaving after talks with officials from Northshire, turned around at the reporter and said, "I never promised that. What do you even want?"';
		const q = quotes(body, tagged(body, [['Varga', 'person'], ['Northshire', 'place']]));
		expect(q.length).toBeGreaterThan(0);
		expect(q.every(x => x.speakerName === 'Varga')).toBe(true);
	});
});

describe('an opening participle phrase', () => {
	it('is passed over for the subject after it, even around a scare quote', () => {
		const body = 'Asked why he was “sure” that Tomas Brandt would sign by the end of May, Ilse Varga looked annoyed, responding: “I am not sure of anything.”';
		const q = quotes(body, tagged(body, [['Tomas Brandt', 'person'], ['Ilse Varga', 'person']]));
		expect(q).toHaveLength(1);
		expect(q[0].speakerName).toBe('Ilse Varga');
	});

	it('carries that speaker to a following "he asked"', () => {
		const body = 'Asked why he was “sure” that Tomas Brandt would sign by the end of May, Ilse Varga looked annoyed, responding: “I am not sure of anything.”\n\n“Why do you always ask me that?” she asked.';
		const q = quotes(body, tagged(body, [['Tomas Brandt', 'person'], ['Ilse Varga', 'person']]));
		expect(q.at(-1)!.speakerName).toBe('Ilse Varga');
	});
});

describe('a quotation cut off after its speaker', () => {
	it('takes the name before the appositive', () => {
		const q = quotes('The vote is set for Tuesday.\n\n"I will vote against the harbour bill, and I will not change my mind," Kessel, a moderate from the north...');
		expect(q.at(-1)!.speakerName).toBe('Kessel');
	});

	it('takes nothing from a longer sentence after the quotation', () => {
		const q = quotes('"I will vote against the harbour bill, and I will not change my mind," Kessel and the other members of the board wrote to the mayor and the council on Monday after the meeting.');
		expect(q.every(x => x.speakerName !== 'Kessel and the other members')).toBe(true);
	});
});

describe('a party member named by role', () => {
	it('carries the person named before', () => {
		const body = 'Senator Ada Obi will vote against the bill.\n\n"The bill will divide the harbour towns for a generation," the moderate Northshire Democrat wrote.';
		const q = quotes(body, tagged(body, [['Ada Obi', 'person'], ['Northshire', 'place']]));
		expect(q.at(-1)!.speakerName).toBe('Ada Obi');
	});
});

describe('"said about"', () => {
	it('reports a quantity', () => {
		const q = quotes('Mayor Ilse Varga said about 1,500 residents remain in the flooded district.');
		expect(q).toHaveLength(1);
		expect(q[0].text).toBe('about 1,500 residents remain in the flooded district.');
	});

	it('does not report a topic', () => {
		expect(quotes('Mayor Ilse Varga said about the flooded district that nothing could be done.').map(x => x.text)).not.toContain('about the flooded district that nothing could be done.');
	});
});

describe('the subject after an inverted cue', () => {
	it('is the head of its noun phrase, not a premodifying name', () => {
		const q = quotes('"Voters do not care about the harbour tunnel," said Northshire strategist Ilse Varga, a longtime ally of the mayor.');
		expect(q[0].speakerName).toBe('Ilse Varga');
	});

	it('stops at a preposition', () => {
		const q = quotes('"The tunnel will open in May," said Varga on Harbour Radio.');
		expect(q[0].speakerName).toBe('Varga');
	});
});

describe('names that only modify the subject', () => {
	it('is never a party-and-state tag in parentheses', () => {
		const q = quotes('"The tunnel is a mistake," Sen. Ada Obi (R-Northshire) said.');
		expect(q[0].speakerName).toBe('Ada Obi');
	});

	it('is never the place after "of" before an appositive', () => {
		const q = quotes('"The tunnel is a mistake," Representative Ada Obi of Northshire, a member of the harbour committee, said.');
		expect(q[0].speakerName).toBe('Ada Obi');
	});
});

describe('a role noun after a person merely mentioned', () => {
	it('carries the person when the title fits or says nothing', () => {
		const body = 'Senator Ada Obi toured the harbour on Monday.\n\nThe senator said the tunnel would be finished by the summer of next year.';
		const q = quotes(body, tagged(body, [['Ada Obi', 'person']]));
		expect(q.at(-1)!.speakerName).toBe('Ada Obi');
	});

	it('does not carry a person whose title names another office; an office spelled out speaks itself', () => {
		const body = 'The effort to recall Northshire Gov. Ada Obi has enough signatures.\n\nThe Northshire Secretary of State said on Monday that the count of valid signatures had passed the threshold.';
		const q = quotes(body, tagged(body, [['Ada Obi', 'person']]));
		expect(q.at(-1)!.speakerName).toBe('Northshire Secretary of State');
	});

	it('says unknown for a lower-case role that fits nobody', () => {
		const body = 'The effort to recall Northshire Gov. Ada Obi has enough signatures.\n\nThe secretary said on Monday that the count of valid signatures had passed the threshold.';
		const q = quotes(body, tagged(body, [['Ada Obi', 'person']]));
		expect(q.at(-1)?.speakerName ?? null).toBeNull();
	});
});
