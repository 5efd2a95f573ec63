// A speaker's label is a noun phrase ("Treasury Secretary", "chairwoman of the harbour party"),
// never the clause or adverbial the name stands in: a subordinate clause the name opens or is the
// object of, an adverbial set off before or after the name, a relative clause, a verb phrase, or
// a lone determiner. Invented people and places; each body is made for the rule it checks.
import {describe, expect, it} from 'vitest';
import {extractQuotes, type RawQuote} from '../../src/analysis/quotes.js';
import {descriptorLabel} from '../../src/analysis/quotes/speaker.js';
import type {ArticleMentions} from '../../src/analysis/mentions.js';
import {article} from './statements-helpers.js';

function tagged(body: string, names: Array<[string, 'person' | 'organization']>): ArticleMentions {
	const mentions = names.map(([name, type]) => {
		const start = body.indexOf(name);
		return {name, type, field: 'body' as const, start, end: start + name.length, text: name};
	});
	return {mentions, aliasPairs: [], descriptors: []};
}

const quotes = (body: string, names: Array<[string, 'person' | 'organization']>): RawQuote[] => extractQuotes(article('a', body), tagged(body, names));

/** The one rendering of the body spoken by `name` (its first piece). */
function said(body: string, names: Array<[string, 'person' | 'organization']>, name: string): RawQuote {
	const mine = quotes(body, names).filter(q => q.speakerName === name && !q.part);
	expect(mine).toHaveLength(1);
	return mine[0];
}

describe('a subordinate clause before the speaker', () => {
	it('is cut off a title the clause opens with', () => {
		const body = 'Though Treasury Secretary Ilse Varga said the bulk of the payments will be sent electronically, the agency is scheduled to begin mailing checks.';
		expect(said(body, [['Ilse Varga', 'person']], 'Ilse Varga').speakerLabel).toBe('Treasury Secretary');
	});

	it('gives no label when the name is the object of its verb', () => {
		const body = 'Though the House voted to impeach Tomas Brandt in December, charging him with abuse of power, the trial has not begun.';
		expect(said(body, [['Tomas Brandt', 'person'], ['House', 'organization']], 'Tomas Brandt').speakerLabel).toBeNull();
	});

	it('gives no label when it is set off by a comma', () => {
		const body = 'Despite the defeat, Ada Obi pledged to bring the bill back up next session and fight for it.';
		expect(said(body, [['Ada Obi', 'person']], 'Ada Obi').speakerLabel).toBeNull();
		const since = 'Since then, Ada Obi has said “we were too slow to act on the warnings from the port.”';
		expect(said(since, [['Ada Obi', 'person']], 'Ada Obi').speakerLabel).toBeNull();
	});

	it('after a quotation is no label either', () => {
		const body = '“We can always step back to the old rules for a while” if virus activity flares, Ada Obi said.';
		expect(said(body, [['Ada Obi', 'person']], 'Ada Obi').speakerLabel).toBeNull();
	});

	it('is no role noun when "that" opens it', () => {
		const body = 'The records showed that Secretary Varga started asking about the harbour question shortly after taking office.';
		const q = said(body, [['Varga', 'person']], 'Varga');
		expect(q.speakerLabel).toBe('Secretary');
	});

	it('carries only the title to a later "he said"', () => {
		const body = 'When President Tomas Brandt sat down with reporters yesterday, he altered the account of the firing.\n\n“It was my decision and mine alone,” he said.';
		expect(said(body, [['Tomas Brandt', 'person']], 'Tomas Brandt').speakerLabel).toBe('President');
	});
});

describe('words set off after the speaker', () => {
	it('are no label when they are an adverb or a verb phrase', () => {
		const body = 'Republicans, though, said they trusted the harbour board to follow the leads it thought best.';
		expect(said(body, [['Republicans', 'organization']], 'Republicans').speakerLabel).toBeNull();
		const disputed = 'Tomas Brandt, though, strongly disputed the complaint in an email to the Courier, calling it “complete and utter nonsense” from the start.';
		expect(said(disputed, [['Tomas Brandt', 'person'], ['Courier', 'organization']], 'Tomas Brandt').speakerLabel).toBeNull();
		const along = 'Ada Obi, along with other Democrats, pushed back, saying the plan was “a betrayal of every voter in the harbour.”';
		expect(said(along, [['Ada Obi', 'person']], 'Ada Obi').speakerLabel).toBeNull();
	});

	it('are no label when they are a relative clause, unless it names a role', () => {
		const culls = '“The vote will be held on Tuesday next week,” Shaun Kessel, who culls pests across the South Island, said.';
		expect(said(culls, [['Shaun Kessel', 'person']], 'Shaun Kessel').speakerLabel).toBeNull();
		const chair = '“The vote will be held on Tuesday next week,” Ada Obi, who is chairwoman of the harbour party, said.';
		expect(said(chair, [['Ada Obi', 'person']], 'Ada Obi').speakerLabel).toBe('chairwoman of the harbour party');
	});

	it('end before a relative clause inside the appositive', () => {
		const party = '“The vote will be held on Tuesday next week,” Ada Obi, D-Northshire, who led the harbour inquiry, said.';
		expect(said(party, [['Ada Obi', 'person']], 'Ada Obi').speakerLabel).toBe('D-Northshire');
		const hunter = '“The vote will be held on Tuesday next week,” Shaun Kessel, a hunter who culls pests across the South Island, said.';
		expect(said(hunter, [['Shaun Kessel', 'person']], 'Shaun Kessel').speakerLabel).toBe('a hunter');
	});
});

describe('a noun phrase', () => {
	it('stays the label', () => {
		const body = '“We will not back down from this fight,” militia spokesman Nasr Okafor said on Monday.';
		expect(said(body, [['Nasr Okafor', 'person']], 'Nasr Okafor').speakerLabel).toBe('militia spokesman');
		const long = '“The harbour will stay open for everyone,” Ada Obi, R-Northshire, chairman of the Harbour Committee, said.';
		expect(said(long, [['Ada Obi', 'person']], 'Ada Obi').speakerLabel).toBe('R-Northshire, chairman of the Harbour Committee');
	});

	it('is not a determiner alone', () => {
		const body = '“We will not back down from this fight,” the Harbour Board said on Monday.';
		expect(said(body, [['Harbour Board', 'organization']], 'Harbour Board').speakerLabel).toBeNull();
	});
});

describe('a clause cut from a label', () => {
	it('still tells a role noun later that the person was introduced as someone else', () => {
		const body = 'President Tomas Brandt campaigned in Denver on Monday.\n\n“We will win this state by a wide margin,” President Tomas Brandt said.\n\n“He is a formidable debater and a hard man to beat,” Ada Obi, who has played Brandt in debate rehearsals, said.\n\n“I had a bad night in the first debate, and I know it,” the president said.';
		const q = quotes(body, [['Tomas Brandt', 'person'], ['Ada Obi', 'person']]).filter(x => !x.part);
		expect(q.map(x => [x.speakerName, x.speakerLabel])).toEqual([
			['Tomas Brandt', 'President'],
			['Ada Obi', null],
			['Tomas Brandt', 'the president'],
		]);
	});
});

describe('a descriptor from the entity step as a label', () => {
	it('is its noun phrase, or none', () => {
		expect(descriptorLabel('a spokesman for the Harbour Front')).toBe('a spokesman for the Harbour Front');
		expect(descriptorLabel('who is chairwoman of the harbour party')).toBe('chairwoman of the harbour party');
		expect(descriptorLabel('a professor who studies border security at the college')).toBe('a professor');
		expect(descriptorLabel('who was raised in the north')).toBeNull();
		expect(descriptorLabel('which was settled quickly')).toBeNull();
	});
});
