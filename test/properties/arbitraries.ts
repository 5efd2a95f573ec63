// fast-check generators for property tests: arbitrary text, and text shaped like scraped news so
// the parsers' and analysers' deeper paths (headers, quotes, names, cue verbs) are reached.
import fc from 'fast-check';

const NAMES = ['Maren Okonkwo-Lisle', 'Tobiah Ferreira-Lund', 'Abu Karim al-Sadeen', 'Dr. Ilse Marroquín', 'the Veltmoor Council', 'VCF', 'Sheikh Nasrin bin Othar', 'he', 'she', 'They'];
const VERBS = ['said', 'warned', 'told reporters', 'added', 'pointed out', 'stressed', 'noted', 'wrote', 'questioned', 'claimed'];
const OPEN_CLOSE: Array<[string, string]> = [['“', '”'], ['"', '"'], ['‘', '’'], ['«', '»'], ["'", "'"], ['„', '“'], ['「', '」']];
const WORDS = ['bridge', 'the', 'council', 'will', 'not', 'accept', 'foreign', 'troops', 'in', 'Veltmoor', 'U.S.', 'Col.', '10,000', 'al-', '(VCF)', 'Iraq’s', '—', '…', 'بغداد', '北京', '👍🏽', 'e.g.', "isn't", 'ISIS', 'Daesh'];

const word = fc.constantFrom(...WORDS);
const words = (min: number, max: number) => fc.array(word, {minLength: min, maxLength: max}).map(w => w.join(' '));
const junk = fc.oneof(
	fc.constantFrom('\u001b[31m', '\u202e', '\u200b', '\r', '\t', '\u0000', '\ufeff', '  ', '\n', '\n\n', '"', '“', '”', '(', ')', ',', '.', ':', '-', '\u0301'),
	fc.string({unit: 'grapheme', maxLength: 4}),
);

/** One sentence: plain, a direct quote with a cue verb, an indirect statement, or noise. */
export const sentence = fc.oneof(
	words(3, 14).map(w => `${w}.`),
	fc.tuple(fc.constantFrom(...OPEN_CLOSE), words(1, 16), fc.constantFrom(...NAMES), fc.constantFrom(...VERBS), fc.boolean()).map(([[o, c], q, name, verb, after]) =>
		after ? `${o}${q},${c} ${name} ${verb}.` : `${name} ${verb}: ${o}${q}.${c}`,
	),
	fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom(...VERBS), words(3, 12)).map(([name, verb, rest]) => `${name} ${verb} that ${rest}.`),
	fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom(...NAMES), words(2, 6)).map(([a, b, w]) => `${a}, a spokesman for ${b}, ${w}.`),
	fc.tuple(fc.constantFrom(...OPEN_CLOSE), words(0, 5)).map(([[o], w]) => `${o}${w}`), // unclosed quote
	junk,
);

/** Body text: paragraphs of sentences, with junk between. */
export const newsBody = fc
	.array(fc.array(sentence, {minLength: 1, maxLength: 6}).map(s => s.join(' ')), {minLength: 0, maxLength: 6})
	.map(p => p.join('\n\n'));

const header = fc.oneof(
	fc.constantFrom('title: Veltmoor bridge row deepens', 'date 2023-03-14 Veltmoor bridge row deepens', 'https://courier.example/2023/03/14/bridge', 'By Maren Okonkwo-Lisle', 'source: Veltmoor Courier', 'Share', 'Comments', 'date: 14/03/2023', '2023-03-14T10:00:00Z', 'Read more: other story'),
	words(1, 8),
);

/** A whole scraped text file: header lines, body, maybe comments. */
export const scrapedText = fc.tuple(fc.array(header, {maxLength: 6}), newsBody, fc.array(sentence, {maxLength: 4})).map(([h, body, tail]) => `${h.join('\n')}\n${body}\n${tail.join('\n')}`);

/** Anything at all, with a bias toward news-shaped text. */
export const anyText = fc.oneof(
	{weight: 3, arbitrary: scrapedText},
	{weight: 1, arbitrary: fc.string({unit: 'binary', maxLength: 300})},
	{weight: 1, arbitrary: fc.string({unit: 'grapheme', maxLength: 200})},
	{weight: 1, arbitrary: fc.string({unit: fc.constantFrom('“', '”', '"', "'", ' ', 'a', 'A', '.', '\n', 'said', ',', '«', '»'), maxLength: 80})},
);

/**
 * Object.prototype member names: outlet lookups in the loader still trip on them (a known gap,
 * tested on its own in test/corpus/loader.property.test.ts); kept out of the random records until fixed.
 */

/** A JSON value shaped like an article record, with arbitrary strings in its fields. */
export const jsonRecord = fc.record(
	{
		title: fc.oneof(fc.string({unit: 'binary', maxLength: 40}), fc.constant(null), fc.integer()),
		text: fc.oneof(newsBody, fc.string({unit: 'binary', maxLength: 200}), fc.array(sentence, {maxLength: 3}), fc.constant({rendered: '<p>Veltmoor &amp; “quote” said Ana.</p>'})),
		source: fc.oneof(fc.oneof(fc.string({maxLength: 20}), fc.constantFrom(...Object.getOwnPropertyNames(Object.prototype))), fc.constant('https://courier.example/x')),
		date: fc.oneof(fc.string({maxLength: 12}), fc.constant('2023-03-14'), fc.integer()),
		url: fc.oneof(fc.webUrl(), fc.string({maxLength: 20})),
	},
	{requiredKeys: []},
);
