import {expect, test} from 'vitest';
import {quoted} from '../../src/tui/text/safe.js';

test('quoted adds curly marks only where the text has none', () => {
	expect(quoted('plain words')).toBe('“plain words”');
	expect(quoted('“already open and closed”')).toBe('“already open and closed”');
	expect(quoted('“opens but runs on')).toBe('“opens but runs on”');
	expect(quoted('ends with a mark"')).toBe('“ends with a mark"');
});
