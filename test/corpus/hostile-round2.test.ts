// Second hostile trial, loader side: inputs sized to break quadratic or stack-bound code, made
// small enough to run in a second when the code is linear (a quadratic version runs for minutes
// and fails on the test's time limit).
import {describe, expect, it} from 'vitest';
import {cleanParagraphs, textParagraphs} from '../../src/corpus/formats/paragraphs.js';
import {parseText} from '../../src/corpus/formats/text.js';

describe('dropping repeated paragraphs', () => {
	it('keeps 30,000 distinct paragraphs of one length without comparing each with every other', () => {
		const paragraphs = Array.from({length: 30_000}, (_, i) => `${'The invented harbour board met again and said nothing. '.repeat(3)}${String(i).padStart(6, '0')}`);
		expect(new Set(paragraphs.map((p) => p.length)).size).toBe(1);
		expect(cleanParagraphs(paragraphs)).toHaveLength(30_000);
		expect(textParagraphs(paragraphs.join('\n'))).toHaveLength(30_000);
	}, 20_000);

	it('still drops exact repeats of long paragraphs among same-length ones, short refrains stay', () => {
		const a = 'A long paragraph about the invented harbour board and its many meetings.';
		const b = 'A long paragraph about the invented harbour board and its many greetings';
		expect(a.length).toBe(b.length);
		expect(cleanParagraphs([a, b, a, 'Yes.', b, 'Yes.', a])).toEqual([a, b, 'Yes.', 'Yes.']);
		const long = (c: string) => `${'x'.repeat(20_000)}${c}`;
		expect(cleanParagraphs([long('a'), long('b'), long('a'), long('c'), long('b')])).toEqual([long('a'), long('b'), long('c')]);
	});
});

describe('plain-text headers', () => {
	it('reads the date and source after a title that ends like a sentence', () => {
		const body =
			'Officials in the invented town of Veltmoor said on Tuesday that the plan would be reviewed by an independent panel.\n\n' +
			'Residents told reporters that the plan had divided neighbours for months, and several groups asked for a hearing.\n';
		for (const title of ['A story (a large corpus)', 'Council delays the harbour vote, again.', 'Officials say: "we will wait"']) {
			const record = parseText(`title: ${title}\ndate: 2023-03-14\nsource: Veltmoor Courier\n\n${body}`);
			expect(record.title).toBe(title);
			expect(record.published).toBe('2023-03-14');
			expect(record.outlet).toBe('Veltmoor Courier');
			expect(record.paragraphs).toHaveLength(2);
		}
	});
});
