// Which quotations belong together, and which quoted words are a title: a quotation resumes around
// its attribution only after punctuation; a programme's name after a preposition is not speech,
// even with the sentence's period inside its closing mark. Invented people and programmes.
import {describe, expect, it} from 'vitest';
import {extractQuotes, type RawQuote} from '../../src/analysis/quotes.js';
import {isQuotedTitle} from '../../src/analysis/quotes/titles.js';
import {article, noMentions} from './statements-helpers.js';

const quotes = (body: string): RawQuote[] => extractQuotes(article('a', body), noMentions);

describe('a quotation resuming around its attribution', () => {
	it('resumes after a comma or a colon that ends the attribution', () => {
		const q = quotes('"The pier will close for a month," Varga told reporters, "and we have no other choice."');
		expect(q).toHaveLength(2);
		expect(new Set(q.map(x => x.group)).size).toBe(1);
	});

	it('does not take a programme named after the cue as the rest of the quotation', () => {
		const q = quotes('"It was a hard choice, not one I wanted to make," she told Ada Obi on "Morning Harbour Live."');
		expect(q.map(x => x.text)).toEqual(['It was a hard choice, not one I wanted to make,']);
	});

	it('keeps a second quotation the cue runs into apart from the first', () => {
		const q = quotes('"The ferries will run again," Varga said of "the plan we drew up last winter with the unions."');
		expect(new Set(q.map(x => x.group)).size).toBe(q.length);
	});
});

describe('isQuotedTitle', () => {
	it.each([
		['Morning Harbour Live.', 'she told Ada Obi on ', true],
		['Morning Harbour Live', 'she said ', true],
		['The Port Is Open.', 'she said: ', false],
		['We will not sell the port.', 'she told Obi on ', false],
	])('isQuotedTitle(%s after %s) is %s', (text, before, expected) => {
		expect(isQuotedTitle(text, before)).toBe(expected);
	});
});
