import {describe, expect, it} from 'vitest';
import {splitSentences} from '../../src/analysis/sentences.js';

const texts = (s: string): string[] => splitSentences(s).map((x) => x.text);

describe('splitSentences', () => {
	it('splits plain sentences and keeps offsets into the input', () => {
		const input = '  The council met on Monday. It voted twice!  Was it enough? Nobody knows.';
		const out = splitSentences(input);
		expect(out.map((s) => s.text)).toEqual(['The council met on Monday.', 'It voted twice!', 'Was it enough?', 'Nobody knows.']);
		for (const s of out) expect(input.slice(s.start, s.end)).toBe(s.text);
	});

	it('does not split after titles and ranks', () => {
		expect(texts('Col. Marten Quill said Dr. Ilse Varga and Lt. Gen. Oren Pask met Mr. Tobb. They left.')).toEqual([
			'Col. Marten Quill said Dr. Ilse Varga and Lt. Gen. Oren Pask met Mr. Tobb.',
			'They left.',
		]);
	});

	it('keeps initialisms inside a sentence and splits after them before a typical opener', () => {
		expect(texts('U.S. officials and the U.N. envoy met in Zandor. The U.S. Navy sailed.')).toEqual([
			'U.S. officials and the U.N. envoy met in Zandor.',
			'The U.S. Navy sailed.',
		]);
		expect(texts('The troops returned to the U.S. The base closed.')).toEqual(['The troops returned to the U.S.', 'The base closed.']);
	});

	it('keeps middle initials, numbers and dates together', () => {
		expect(texts('Harlan J. Voss paid 3.5 million on Jan. 6 at 9 a.m. local time. No. 10 agreed.')).toEqual([
			'Harlan J. Voss paid 3.5 million on Jan. 6 at 9 a.m. local time.',
			'No. 10 agreed.',
		]);
	});

	it('ends a sentence after closing quotes and keeps quoted continuations', () => {
		expect(texts('“We will not leave.” The spokesman added: “Never.” He smiled.')).toEqual([
			'“We will not leave.”',
			'The spokesman added: “Never.”',
			'He smiled.',
		]);
		expect(texts('“We will not leave,” he said. “Never.”')).toEqual(['“We will not leave,” he said.', '“Never.”']);
		expect(texts('He said “no.” and walked off.')).toEqual(['He said “no.” and walked off.']);
	});

	it('treats line breaks as boundaries and ignores blank lines', () => {
		expect(texts('Headline without stop\n\nFirst line. Second line\nThird')).toEqual([
			'Headline without stop',
			'First line.',
			'Second line',
			'Third',
		]);
	});

	it('splits "Inc." only before a sentence opener', () => {
		expect(texts('Brivo Inc. Chairman Ted Lom spoke. He works for Brivo Inc. The firm grew.')).toEqual([
			'Brivo Inc. Chairman Ted Lom spoke.',
			'He works for Brivo Inc.',
			'The firm grew.',
		]);
	});

	it('handles empty and unpunctuated text', () => {
		expect(splitSentences('')).toEqual([]);
		expect(texts('no punctuation here')).toEqual(['no punctuation here']);
	});
});
