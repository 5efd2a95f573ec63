import {describe, expect, it} from 'vitest';
import {decodeEntities, htmlSnippetLines, looksLikeHtml} from '../../../src/corpus/formats/htmltext.js';
import {cleanParagraphs, dropLeadingTitle, normalizeParagraph, takeBylineLine} from '../../../src/corpus/formats/paragraphs.js';

describe('normalizeParagraph', () => {
	it('collapses whitespace and removes control characters and terminal escapes', () => {
		expect(normalizeParagraph('  a\u00a0\tb  \r\nc ')).toBe('a b c');
		expect(normalizeParagraph('red\u001b[31mtext\u001b[0m\u0007 zero\u200bwidth\ufeff')).toBe('redtext zerowidth');
		expect(normalizeParagraph('plain text')).toBe('plain text');
	});
});

describe('cleanParagraphs', () => {
	it('drops empty paragraphs and exact repeats of long ones, keeping short refrains', () => {
		const long = 'A paragraph long enough to be a scrape duplicate when it repeats.';
		expect(cleanParagraphs(['', long, 'Yes.', '  ', `${long}  `, 'Yes.'])).toEqual([long, 'Yes.', 'Yes.']);
	});
});

describe('dropLeadingTitle / takeBylineLine', () => {
	it('drops a first paragraph equal to the title, ignoring case and punctuation', () => {
		expect(dropLeadingTitle(['Rain Ends Drought!', 'Body.'], 'rain ends drought')).toEqual(['Body.']);
		expect(dropLeadingTitle(['Body.'], null)).toEqual(['Body.']);
	});

	it('moves a "By …" line near the top out of the body', () => {
		expect(takeBylineLine(['By Nora Vik and Eli Sand', 'Body.'], null)).toEqual({paragraphs: ['Body.'], line: 'By Nora Vik and Eli Sand', name: 'Nora Vik and Eli Sand'});
		expect(takeBylineLine(['Headline', 'Nora Vik', 'Body.'], 'Nora Vik').paragraphs).toEqual(['Headline', 'Body.']);
		expect(takeBylineLine(['By the end of the year, prices rose.'], null).line).toBeNull();
		expect(takeBylineLine(['a', 'b', 'c', 'By Nora Vik'], null).line).toBeNull();
	});
});

describe('htmltext', () => {
	it('decodes named and numeric entities, leaving unknown ones', () => {
		expect(decodeEntities('&amp; &#8220;x&#x201D; &eacute; &bogus; &#0;')).toBe('& “x” é &bogus; &#0;');
	});

	it('detects markup and splits snippets at block tags only', () => {
		expect(looksLikeHtml('a < b and c > d')).toBe(false);
		expect(looksLikeHtml('see <a href="x">this</a>')).toBe(true);
		expect(htmlSnippetLines('<p>one\ntwo</p><p>three</p>').map(s => s.trim()).filter(Boolean)).toEqual(['one two', 'three']);
		expect(htmlSnippetLines('line <b>one</b>\nline two')).toEqual(['line one', 'line two']);
	});
});

describe('inherited property names in input', () => {
	it('are not taken for entity names', () => {
		expect(decodeEntities('&constructor; &toString; &__proto__;')).toBe('&constructor; &toString; &__proto__;');
	});
});
