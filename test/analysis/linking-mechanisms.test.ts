// Each linking mechanism on invented renderings: excerpts, words quoted inside a paraphrase, split
// quotes, other sentence boundaries, numbers, speaker names, and look-alikes that must stay apart.
import {describe, expect, it} from 'vitest';
import {splitQuotes} from '../../src/analysis/linking/units.js';
import {surnameKey, nameParts, onlyRole, partsAgree} from '../../src/analysis/linking/speakers.js';
import {contentTerms, words} from '../../src/analysis/linking/tokens.js';
import {comparable, quotedWithin} from '../../src/analysis/linking/similarity.js';
import {Vocabulary} from '../../src/analysis/linking/tokens.js';
import type {Entity} from '../../src/analysis/types.js';
import {holding, linked, linkMade, made} from './linking-helpers.js';

// Unrelated renderings, so that word weights behave as in a corpus rather than in a pair.
const others = [
	made('o1', '“The ferry timetable changes in May,” said Ana Lind.', [{text: 'The ferry timetable changes in May,', speaker: 'Ana Lind'}]),
	made('o2', '“Our school will open a new library wing,” said Per Holm.', [{text: 'Our school will open a new library wing,', speaker: 'Per Holm'}]),
	made('o3', '“Rain is expected across the valley tonight,” said Eva Strand.', [{text: 'Rain is expected across the valley tonight,', speaker: 'Eva Strand'}]),
];

describe('excerpts', () => {
	const full = made('a', '“The harbour will stay closed to cargo ships until the strike ends,” said Maro Kessel.', [{text: 'The harbour will stay closed to cargo ships until the strike ends,', speaker: 'Maro Kessel'}]);
	it('a few words quoted word for word link to the whole quote when one outlet names the speaker by title', () => {
		const part = made('b', 'The port stays “closed to cargo ships”, the spokesman said.', [{text: 'closed to cargo ships', speaker: 'the spokesman'}]);
		expect(linked(linkMade([full, part, ...others]))).toHaveLength(1);
	});

	it('a few words nobody is credited with may be the story\'s own phrase: they stay apart', () => {
		const part = made('b', 'The port stays “closed to cargo ships” for now.', [{text: 'closed to cargo ships', speaker: null}]);
		expect(linked(linkMade([full, part, ...others]))).toHaveLength(0);
	});

	it('the same few words from another named person stay apart', () => {
		const part = made('b', 'Tomas Brandt wants the quay “closed to cargo ships” too.', [{text: 'closed to cargo ships', speaker: 'Tomas Brandt'}]);
		expect(linked(linkMade([full, part, ...others]))).toHaveLength(0);
	});
});

describe('words quoted inside a paraphrase', () => {
	it('two paraphrases that quote the same words are one utterance', () => {
		const a = made('a', 'Maro Kessel said the port was “drowning in unpaid harbour fees” as costs rose again this spring.', [
			{text: 'the port was “drowning in unpaid harbour fees” as costs rose again this spring.', speaker: 'Maro Kessel', kind: 'indirect'},
		]);
		const b = made('b', 'According to Kessel, the authority is “drowning in unpaid harbour fees” and must act.', [
			{text: 'the authority is “drowning in unpaid harbour fees” and must act.', speaker: 'Kessel', kind: 'indirect'},
		]);
		const s = linked(linkMade([a, b, ...others]));
		expect(s).toHaveLength(1);
		expect(s[0].renderings).toHaveLength(2);
	});

	it('two quoted words are a scare quote, not an excerpt', () => {
		const v = new Vocabulary();
		expect(quotedWithin('the move was “an insult” to voters')).toBe('an insult');
		expect(comparable('the move was “an insult” to voters', v).quoted).toBeUndefined();
		expect(comparable('the port is “drowning in unpaid fees” now', v).quoted).toBeDefined();
	});
});

describe('split quotes', () => {
	it('a quote split around its attribution is one rendering, linked to the whole quote', () => {
		const body = '“We will not sign this contract,” Kessel said, “until the owners pay the crews what they are owed.”';
		const split = made('a', body, [
			{text: 'We will not sign this contract,', speaker: 'Kessel'},
			{text: 'until the owners pay the crews what they are owed.', speaker: 'Kessel'},
		]);
		const whole = made('b', '“We will not sign this contract until the owners pay the crews what they are owed,” Kessel said.', [
			{text: 'We will not sign this contract until the owners pay the crews what they are owed,', speaker: 'Kessel'},
		]);
		const s = linked(linkMade([split, whole, ...others]));
		expect(s).toHaveLength(1);
		const fromSplit = s[0].renderings.filter(r => r.article === 'a');
		expect(fromSplit).toHaveLength(1);
		expect(fromSplit[0].text.startsWith('We will not sign')).toBe(true);
		expect(fromSplit[0].text.endsWith('what they are owed.')).toBe(true);
	});

	it('a title quoted after the attribution is not the second half', () => {
		const body = '“It was a hard call to make,” she told the hosts of “Harbour Morning Live” on Friday.';
		const {article, analysis} = made('a', body, [
			{text: 'It was a hard call to make,', speaker: 'Ana Lind'},
			{text: 'Harbour Morning Live', speaker: null},
		]);
		expect(splitQuotes(article.body, analysis.quotes).size).toBe(0);
	});
});

describe('other sentence boundaries', () => {
	it('one sentence that renders two sentences of another outlet takes both', () => {
		const two = made('a', '“It was a very hard decision. Not a decision I wanted to make,” Maro Kessel said.', [
			{text: 'It was a very hard decision.', speaker: 'Maro Kessel', group: 0, part: 0},
			{text: 'Not a decision I wanted to make,', speaker: 'Maro Kessel', group: 0, part: 1},
		]);
		const one = made('b', '“It is a very hard decision, not one I wanted to make,” Kessel said.', [{text: 'It is a very hard decision, not one I wanted to make,', speaker: 'Kessel'}]);
		const s = holding(linked(linkMade([two, one, ...others])), 'not one I wanted');
		expect(s).toBeDefined();
		const a = s!.renderings.find(r => r.article === 'a')!;
		expect(a.text).toContain('It was a very hard decision.');
		expect(a.text).toContain('Not a decision I wanted');
	});
});

describe('numbers', () => {
	it('figures printed differently are one term', () => {
		expect(words('10,000 ships')).toEqual(['10000', 'ships']);
		expect(words('ten thousand ships')).toEqual(['10000', 'ships']);
		expect(words('10k ships')).toEqual(['10000', 'ships']);
		expect(words('1.5 million and 75M')).toEqual(['1500000', 'and', '75000000']);
		expect(words('in 2020 300 ships')).toEqual(['in', '2020', '300', 'ships']);
		expect(words('5.9% growth')).toEqual(['5.9', 'percent', 'growth']);
	});

	it('a figure is content; a single digit is not', () => {
		expect(contentTerms('about 1,500 crews remain')).toContain('1500');
		expect(contentTerms('two crews')).not.toContain('2');
	});
});

describe('speaker names', () => {
	it('reads the words of a name without titles, particles or doubled letters', () => {
		expect(nameParts('Sen. Joe Manchin')).toEqual(['joe', 'manchin']);
		expect(nameParts('Sheikh Nasser al-Amiri')).toEqual(['naser', 'amiri']);
		expect(surnameKey('Marjorie Taylor-Greene')).toBe(surnameKey('Greene'));
	});

	it('tells one person in other spellings or order from two people', () => {
		expect(partsAgree(nameParts('Kim Sun-hee'), nameParts('Sun-hee Kim'))).toBe('same');
		expect(partsAgree(nameParts('Nasr Qasim'), nameParts('Nasser Qassim'))).toBe('same');
		expect(partsAgree(nameParts('J. Okafor'), nameParts('John Okafor'))).toBe('same');
		expect(partsAgree(nameParts('Okafor'), nameParts('John Okafor'))).toBe('partial');
		expect(partsAgree(nameParts('Ruth Okafor'), nameParts('John Okafor'))).toBe('different');
		expect(partsAgree(nameParts('Paul Lind'), nameParts('Pell Lind'))).toBe('different');
	});

	it('a title without a name names nobody', () => {
		expect(onlyRole(nameParts('U.S. Special Envoy'))).toBe(true);
		expect(onlyRole(nameParts('the spokesman'))).toBe(true);
		expect(onlyRole(nameParts('Envoy Daniel Brook'))).toBe(false);
	});

	const levy = (id: string, speaker: string, text: string) => made(id, `${speaker} said ${text}`, [{text, speaker, kind: 'indirect'}], '2024-05-02');
	const a = 'the new levy would remain a heavy burden for the hill farmers';
	const b = 'the levy will continue to weigh on hill farmers like a heavy burden for years';
	it('a paraphrase links under the name written in the other order, not under another given name', () => {
		expect(linked(linkMade([levy('a', 'Ilse Varga', a), levy('b', 'Varga Ilse', b), ...others]))).toHaveLength(1);
		expect(linked(linkMade([levy('a', 'Ilse Varga', a), levy('b', 'Anna Varga', b), ...others]))).toHaveLength(0);
	});

	const words10 = 'the bridge tolls will be cut by half from January';
	it('a place is never the speaker of a statement', () => {
		const place: Entity = {id: 'northland', type: 'place', name: 'Northland', aliases: ['Northland'], mentions: {a: 1}, spans: [], descriptors: []};
		const long = `${words10} for every driver who crosses it`;
		const s = linked(linkMade([made('a', `Northland said ${long}.`, [{text: long, speaker: 'Northland', kind: 'indirect'}]), made('b', `Ilse Varga said ${long}.`, [{text: long, speaker: 'Ilse Varga', kind: 'indirect'}]), ...others], [place]));
		expect(s).toHaveLength(1);
		expect(s[0].speakerName).toBe('Ilse Varga');
		const alone = linkMade([made('a', `Northland said ${words10}.`, [{text: words10, speaker: 'Northland', kind: 'indirect'}]), ...others], [place]);
		expect(holding(alone, 'bridge tolls')!.speakerName).toBeNull();
	});

	it('a title without a name does not conflict with the named person', () => {
		const s = linkMade([made('a', `The Special Envoy said ${words10}.`, [{text: words10, speaker: 'Special Envoy', kind: 'indirect'}]), made('b', `Ilse Varga said ${words10}.`, [{text: words10, speaker: 'Ilse Varga', kind: 'indirect'}]), ...others]);
		expect(linked(s)).toHaveLength(1);
		const t = linkMade([made('a', `Tomas Brandt said ${words10}.`, [{text: words10, speaker: 'Tomas Brandt', kind: 'indirect'}]), made('b', `Ilse Varga said ${words10}.`, [{text: words10, speaker: 'Ilse Varga', kind: 'indirect'}]), ...others]);
		expect(linked(t)).toHaveLength(0);
	});
});

describe('look-alikes stay apart', () => {
	it('a report and a remark that share only the names of the story', () => {
		const report = made('a', 'Arkwright will be sworn in by Chief Justice Maren Holt on Monday, the court said.', [{text: 'Arkwright will be sworn in by Chief Justice Maren Holt on Monday,', speaker: null, kind: 'indirect'}]);
		const remark = made('b', '“We will nominate judges in the mould of Chief Justice Maren Holt,” said Tomas Brandt.', [{text: 'We will nominate judges in the mould of Chief Justice Maren Holt,', speaker: 'Tomas Brandt'}]);
		expect(linked(linkMade([report, remark, ...others]))).toHaveLength(0);
	});

	it('the same speaker on the same day, two remarks that begin alike', () => {
		const a = made('a', '“I told the owners that the crews need a new contract this year,” Kessel said.', [{text: 'I told the owners that the crews need a new contract this year,', speaker: 'Kessel'}]);
		const b = made('b', '“I told the owners that safety on the night shifts comes first,” Kessel said.', [{text: 'I told the owners that safety on the night shifts comes first,', speaker: 'Kessel'}]);
		expect(linked(linkMade([a, b, ...others]))).toHaveLength(0);
	});
});
