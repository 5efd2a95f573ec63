import {describe, expect, it} from 'vitest';
import {extractQuotes, type RawQuote} from '../../src/analysis/quotes.js';
import {findQuoteSpans} from '../../src/analysis/quotes/marks.js';
import {article, noMentions} from './statements-helpers.js';

function quotes(body: string): RawQuote[] {
	return extractQuotes(article('a', body), noMentions);
}

function only(body: string): RawQuote {
	const q = quotes(body);
	expect(q).toHaveLength(1);
	return q[0];
}

describe('quote marks', () => {
	it.each([
		['curly', '“The harbour will reopen in May,” Ilse Varga said.'],
		['straight', '"The harbour will reopen in May," Ilse Varga said.'],
		['guillemets', '«The harbour will reopen in May», Ilse Varga said.'],
		['low-high', 'Ilse Varga said: „The harbour will reopen in May“.'],
		['mixed curly open, straight close', '“The harbour will reopen in May," Ilse Varga said.'],
		['single', "'The harbour will reopen in May,' Ilse Varga said."],
	])('finds the quotation in %s marks', (_name, body) => {
		const q = only(body);
		expect(q.text.replace(/[,.]$/, '')).toBe('The harbour will reopen in May');
		expect(q.speakerName).toBe('Ilse Varga');
		expect(q.verb).toBe('said');
		expect(body.slice(q.start, q.end)).toBe(q.text);
	});

	it('keeps apostrophes inside words out of quotation marks', () => {
		const spans = findQuoteSpans('The port’s owner and the city’s mayor met on Monday.');
		expect(spans).toHaveLength(0);
	});

	it('closes a quotation left open at the end of its paragraph', () => {
		const body = 'Ilse Varga said: “The harbour will reopen in May and the ferries will run again\n\nOther news.';
		const q = only(body);
		expect(q.text).toBe('The harbour will reopen in May and the ferries will run again');
	});
});

describe('cue verbs and speakers', () => {
	it('takes the cue before the quotation', () => {
		const q = only('Mayor Tomas Brandt told reporters: “We will not sell the port to anyone.”');
		expect(q.verb).toBe('told');
		expect(q.speakerName).toBe('Tomas Brandt');
	});

	it('takes an inverted cue ("said the mayor") and a two-word cue', () => {
		const q = only('“The bridge is safe,” pointed out Tomas Brandt, the city engineer.');
		expect(q.verb).toBe('pointed out');
		expect(q.speakerName).toBe('Tomas Brandt');
	});

	it('carries the speaker to "he said" and "the spokesman warned"', () => {
		const body =
			'“The strike will go ahead on Friday,” union leader Maro Kessel said on Monday.\n\n' +
			'“Nobody should doubt our resolve in this dispute,” he said.\n\n' +
			'“The employers have had months to make an offer,” the spokesman warned.';
		const q = quotes(body);
		expect(q.map(x => x.speakerName)).toEqual(['Maro Kessel', 'Maro Kessel', 'Maro Kessel']);
		expect(q[0].speakerLabel).toBe('union leader');
		expect(q[2].speakerLabel).toBe('the spokesman');
		expect(q[2].verb).toBe('warned');
	});

	it('reads an appositive as the speaker label', () => {
		const q = only('Maro Kessel, a spokesman for the Dockers Union, said: “We are ready to talk at any time.”');
		expect(q.speakerName).toBe('Maro Kessel');
		expect(q.speakerLabel).toBe('a spokesman for the Dockers Union');
	});

	it('continues a speaker into a following bare quotation', () => {
		const body = '“We want a fair deal for the crews,” Maro Kessel said.\n\n“We need better pay. We need shorter shifts.”';
		const q = quotes(body);
		expect(q.at(-1)!.speakerName).toBe('Maro Kessel');
		expect(q.at(-1)!.verb).toBeNull();
	});

	it('splits a long quotation into sentences that share a group', () => {
		const body = '“The port is open. The ships are waiting. The crews are ready,” said Ilse Varga.';
		const q = quotes(body);
		expect(q.map(x => x.text)).toEqual(['The port is open.', 'The ships are waiting.', 'The crews are ready,']);
		expect(new Set(q.map(x => x.group)).size).toBe(1);
		expect(q.map(x => x.part)).toEqual([0, 1, 2]);
	});
});

describe('what is not a statement', () => {
	it('ignores one- and two-word scare quotes', () => {
		expect(quotes('The ministry called the protesters “vandals” and the strike ‘illegal nonsense’ yesterday.')).toEqual([]);
	});

	it('ignores a quoted title with no cue or speaker', () => {
		expect(quotes('The film “A Long Way From Home Again” opens on Friday in ten cities.')).toEqual([]);
	});
});

describe('indirect speech', () => {
	it('reports "X said (that) clause" as an indirect rendering', () => {
		const q = only('Ilse Varga said the harbour authority will hire two hundred new workers next year.');
		expect(q.kind).toBe('indirect');
		expect(q.text).toBe('the harbour authority will hire two hundred new workers next year.');
		expect(q.speakerName).toBe('Ilse Varga');
	});

	it('reports "clause, X said" as an indirect rendering', () => {
		const q = only('The harbour authority will hire two hundred new workers next year, Varga said on Tuesday.');
		expect(q.kind).toBe('indirect');
		expect(q.text).toBe('The harbour authority will hire two hundred new workers next year');
		expect(q.speakerName).toBe('Varga');
	});

	it('splits "warned that A, and that B" into two renderings', () => {
		const q = quotes('Maro Kessel warned that the crews would walk out on Friday, and that the port would close for a week.');
		expect(q.map(x => x.text)).toEqual(['the crews would walk out on Friday', 'the port would close for a week.']);
		expect(q.every(x => x.kind === 'indirect' && x.speakerName === 'Maro Kessel')).toBe(true);
	});

	it('keeps a partial quotation inside its reported clause', () => {
		const q = only('Maro Kessel stressed that the union would “never accept a pay cut of any size.”');
		expect(q.kind).toBe('indirect');
		expect(q.text).toContain('never accept a pay cut');
	});
});

describe('offsets', () => {
	it('gives exact substrings of the body for every quote', () => {
		const body =
			'Maro Kessel, the union leader, said on Monday that talks had failed.\n\n' +
			'“We tried everything. The employers walked away,” Kessel told the Harbour Gazette. ' +
			'Ilse Varga said: «The port stays open».';
		for (const q of quotes(body)) expect(body.slice(q.start, q.end)).toBe(q.text);
	});
});
