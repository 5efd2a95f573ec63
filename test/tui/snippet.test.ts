import {describe, expect, it} from 'vitest';
import {parseQuery} from '../../src/index/query.js';
import {hitSentence} from '../../src/tui/content/snippet.js';

const line = (body: string, q: string, width = 200) => hitSentence(body, parseQuery(q), width)?.map((s) => s.text).join('') ?? null;

describe('hitSentence', () => {
	it("shows the hit's sentence, not its neighbours", () => {
		expect(line('The port closed. Workers voted to strike on Monday. Talks failed.', 'strike')).toBe('  Workers voted to strike on Monday.');
	});

	it('does not cut a sentence at the full stop of "Mr." or "U.S."', () => {
		const body = 'Rain fell. Mr. Smith met the U.S. envoy about impeachment on Tuesday. Nothing came of it.';
		expect(line(body, 'impeach')).toBe('  Mr. Smith met the U.S. envoy about impeachment on Tuesday.');
		expect(line(body, 'envoy')).toBe('  Mr. Smith met the U.S. envoy about impeachment on Tuesday.');
		// "U.S." before a word that opens sentences does end one.
		expect(line('Troops left the U.S. The impeachment went on.', 'impeach')).toBe('  The impeachment went on.');
		expect(line('Dr. Jones said so. Col. Reed disagreed about the wall.', 'wall')).toBe('  Col. Reed disagreed about the wall.');
	});

	it('marks the hit and keeps it in view on a narrow line', () => {
		const body = `${'A very long opening clause that goes on and on, '.repeat(4)}and then the impeachment began in earnest.`;
		const parts = hitSentence(body, parseQuery('impeach'), 40)!;
		expect(parts[1]).toEqual({text: 'impeachment', mark: 'match'});
		expect(parts.map((p) => p.text).join('').length).toBeLessThanOrEqual(40);
	});

	it('is nothing when the body holds no query word', () => {
		expect(line('Nothing here.', 'impeach')).toBeNull();
	});
});
