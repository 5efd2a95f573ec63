import {describe, expect, it} from 'vitest';
import {stderrProgress} from '../../src/commands/progress.js';

/** A stream that says it is a terminal, keeping what is written. */
function terminal() {
	const written: string[] = [];
	return {stream: {isTTY: true, write: (text: string) => written.push(text) > 0} as unknown as NodeJS.WritableStream & {isTTY: boolean}, written};
}

describe('stderr progress', () => {
	it('takes a new label when told what is being done, and draws it at once', () => {
		const {stream, written} = terminal();
		const progress = stderrProgress('indexing', stream);
		progress.update(0, 10);
		progress.update(1, 10, 'updating the saved index: 1 new, 0 changed, 0 removed');
		expect(written.at(-1)).toMatch(/^\r\x1b\[2Kupdating the saved index: 1 new, 0 changed, 0 removed 1\/10/);
		progress.done();
		expect(written.at(-1)).toBe('\r\x1b[2K');
	});

	it('writes nothing where no one watches', () => {
		const {stream, written} = terminal();
		(stream as {isTTY: boolean}).isTTY = false;
		stderrProgress('indexing', stream).update(1, 10, 'updating the saved index: 1 new, 0 changed, 0 removed');
		expect(written).toEqual([]);
	});
});
