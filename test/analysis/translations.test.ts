// Translations of one remark, excerpts of it split in two, and one speaker spelled several ways:
// small made-up wire copy (invented people, groups and outlets) in the style of Middle-East news.
import {describe, expect, it} from 'vitest';
import {analyzeArticle} from '../../src/analysis/article.js';
import {mergeEntities} from '../../src/analysis/entities.js';
import {linkStatements} from '../../src/analysis/statements.js';
import {mutualBest, softTerms, translationScore} from '../../src/analysis/linking/translation.js';
import {nameParts, partsAgree, speakerSignature} from '../../src/analysis/linking/name-forms.js';
import {article} from './statements-helpers.js';

const link = (bodies: string[], dates: string[] = bodies.map(() => '2025-02-10')) => {
	const articles = bodies.map((b, i) => article(`w${i}`, b, `Outlet ${i}`, dates[i]));
	const analyses = articles.map(analyzeArticle);
	return linkStatements(articles, analyses, mergeEntities(articles, analyses));
};
const together = (statements: ReturnType<typeof link>, ...needles: string[]) =>
	statements.some(s => needles.every(n => s.renderings.some(r => r.text.includes(n))));

describe('a soft match of content words', () => {
	it('meets two translations that swap words for their synonyms', () => {
		const a = softTerms('The crimes of the occupying regime in Northshire will not go unanswered, and the resistance will respond at the appropriate time.');
		const b = softTerms('The occupation regime’s crimes in Northshire will not remain without a reply; the resistance will answer at a suitable moment.');
		expect(translationScore(a, b)).toBeGreaterThan(0.6);
	});

	it('keeps apart renderings whose figures or names disagree', () => {
		const a = softTerms('We have sent 1,500 tonnes of humanitarian aid to the people of Northshire this week.');
		const b = softTerms('We have sent 2,000 tonnes of humanitarian aid to the people of Northshire this week.');
		expect(translationScore(a, b)).toBe(0);
		const c = softTerms('The regime of Northshire will pay a heavy price for its crimes against our people.');
		const d = softTerms('The regime of Southmarch will pay a heavy price for its crimes against our people.');
		expect(translationScore(c, d)).toBe(0);
	});

	it('keeps a pair only when each is the other’s best match', () => {
		const pairs = [
			{a: 0, b: 2, score: 0.7},
			{a: 1, b: 2, score: 0.9},
			{a: 1, b: 3, score: 0.65},
		];
		// Units 0 and 1 are of one article, 2 and 3 of another.
		expect(mutualBest(pairs, u => (u < 2 ? 0 : 1))).toEqual([{a: 1, b: 2, score: 0.9}]);
	});
});

describe('translations across outlets', () => {
	// Two words shared as printed ("crimes", "Northshire"): word alignment alone refuses them.
	const first = 'Front spokesman Nadim Qaraghuli said on Monday: “The crimes of the occupying regime in Northshire will not go unanswered, and our fighters will respond at the appropriate moment.”';
	const second = 'Nadim Qaraghuli, the Front’s spokesman, told reporters: “The occupation’s atrocities in Northshire shall not remain without a reply; the resistance will answer at a suitable time.”';

	it('are linked for one speaker on the same days', () => {
		expect(together(link([first, second]), 'go unanswered', 'without a reply')).toBe(true);
	});

	it('stay apart weeks apart', () => {
		expect(together(link([first, second], ['2025-02-10', '2025-03-20']), 'go unanswered', 'without a reply')).toBe(false);
	});

	it('stay apart for another speaker', () => {
		const other = second.replace('Nadim Qaraghuli, the Front’s spokesman,', 'Council chairman Tomas Brandt');
		expect(together(link([first, other]), 'go unanswered', 'without a reply')).toBe(false);
	});

	it('a speaker’s other remark on the topic stays apart', () => {
		const another = 'Nadim Qaraghuli, the Front’s spokesman, told reporters: “The regime in Northshire keeps building settlements, and the world answers with silence every single time.”';
		expect(together(link([first, another]), 'go unanswered', 'settlements')).toBe(false);
	});
});

describe('a remark one outlet splits in two', () => {
	it('sits with the whole remark another outlet quotes', () => {
		const whole = 'Front spokesman Nadim Qaraghuli said: “The harbour will reopen to fishing boats next week, and the blockade of the northern coast will be lifted by the end of the month.”';
		const split =
			'Front spokesman Nadim Qaraghuli stressed that the harbour will reopen to fishing boats next week.\n\nSpeaking to reporters in Northshire, he said, “The blockade of the northern coast will be lifted by the end of the month.”';
		const statements = link([whole, split]);
		expect(together(statements, 'and the blockade', 'the harbour will reopen to fishing boats next week.', 'The blockade of the northern coast')).toBe(true);
	});
});

describe('one speaker in several spellings', () => {
	const agree = (x: string, y: string) => partsAgree(nameParts(x), nameParts(y));

	it('vowels, compounds, order, glued titles and capitals', () => {
		expect(agree('Hossein Qaraghuli-Rad', 'Hussein Qaraghulirad')).toBe('same');
		expect(agree('Yahya Sarhani', 'Yahia Sarhani')).toBe('same');
		expect(agree('Qaraghuli Rad Hossein', 'Hossein Qaraghuli-Rad')).toBe('same');
		expect(agree('Foreign Ministry Qaraghuli Rad Hossein', 'Hossein Qaraghuli-Rad')).toBe('same');
		expect(agree('Sayyed Nadim QARAGHULI', 'Nadim Qaraghuli')).toBe('same');
		expect(agree('PrimeMinister al-Soudani', 'Adnan al-Sudani')).toBe('partial');
	});

	it('two people of one family stay two', () => {
		expect(agree('Hunter Okafor', 'Joe Okafor')).toBe('different');
		expect(agree('Donald Okafor Jr', 'Donald Okafor')).toBe('different');
		expect(agree('Paul Lind', 'Pell Lind')).toBe('different');
	});

	it('share a signature whatever the order or where a part ends', () => {
		expect(speakerSignature('Hussein Qaraghulirad')).toBe(speakerSignature('Qaraghuli Rad Hossein'));
		expect(speakerSignature('Hunter Okafor')).not.toBe(speakerSignature('Joe Okafor'));
	});
});

describe('the statement’s speaker', () => {
	it('pools votes for one person spelled two ways, an article voting once, a person over an organisation', async () => {
		const {chooseSpeaker} = await import('../../src/analysis/linking/assemble.js');
		const vote = (key: string, full: string, article: string, personEntity = true) => ({key, entity: key, name: full, direct: true, person: true, words: 10, full, article, personEntity});
		const chosen = chooseSpeaker([
			vote('p1', 'Hossein Qaraghuli-Rad', 'a1'),
			vote('p2', 'Hussein Qaraghulirad', 'a2'),
			vote('org', 'Qaraghuli Rad Hossein', 'a3', false),
			vote('org', 'Qaraghuli Rad Hossein', 'a3', false),
			vote('other', 'Tomas Brandt', 'a4'),
			vote('other', 'Tomas Brandt', 'a5'),
		]);
		expect(chosen.speaker).toBe('p1');
	});
});

describe('two quotations of one article that say the same', () => {
	it('are no halves of one remark: the rival wording stays out', () => {
		const statements = link([
			'Judge Ada Obi wrote: “The way to end the dispute over the harbour is to stop quarrelling over the harbour.”',
			'Judge Ada Obi wrote: “The way to end the dispute over the harbour is to stop quarrelling over the harbour.” Judge Tomas Brandt replied: “The way to end the dispute over the harbour is to talk openly about the harbour.”',
		]);
		expect(together(statements, 'stop quarrelling', 'talk openly')).toBe(false);
	});
});
