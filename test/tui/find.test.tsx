// Finding commands: the palette (:) lists the keymap's commands by name, filtered by typing, and
// runs the chosen one; the help (?) is filtered by typing.
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {fuzzyScore} from '../../src/tui/state/palette.js';
import {sampleIndex} from './fixtures.js';
import {KEYS, renderApp} from './helpers.js';

afterEach(() => cleanup());

const selected = (frame: string) => frame.split('\n').find((line) => line.includes('› ')) ?? '';

describe('the command palette', () => {
	it('lists the commands that work here by name, filters them by typing and runs the chosen one', async () => {
		const app = await renderApp({index: sampleIndex(), size: {columns: 100, rows: 40}});
		await app.press(':', (f) => f.includes('╭─ Commands'));
		const all = app.frame();
		for (const name of ['move.down', 'item.open', 'sort.column', 'list.export', 'item.browse', 'app.quit']) expect(all).toContain(name);
		// Keys of other views (a comparison's columns) do nothing here: not listed.
		expect(all).not.toContain('column.left');
		// "sort" alone finds sort.reverse first (the shorter); "sortcol" only sort.column.
		await app.press('sortcol', (f) => selected(f).includes('sort.column'));
		expect(app.frame()).toContain(':sortcol▏');
		await app.press(KEYS.enter, (f) => f.includes('Articles sorted by outlet.') && f.includes('sorted by outlet'));
		expect(app.frame()).not.toContain('╭─ Commands');
	});

	it('moves the selection with the arrows, says when nothing matches and closes with Esc', async () => {
		const app = await renderApp({index: sampleIndex(), size: {columns: 100, rows: 40}});
		await app.press(':', (f) => f.includes('╭─ Commands'));
		const first = selected(app.frame());
		await app.press(KEYS.down, (f) => selected(f) !== first);
		await app.press(KEYS.up, (f) => selected(f) === first);
		await app.press('qqqzzz', (f) => f.includes('No command matches'));
		await app.press(KEYS.backspace.repeat(6), (f) => f.includes('move.down'));
		await app.press(KEYS.escape, (f) => !f.includes('╭─ Commands') && f.includes('╭─ Articles'));
	});

	it('runs a detail’s command where that detail is open', async () => {
		const app = await renderApp({index: sampleIndex(), size: {columns: 100, rows: 40}});
		await app.press('3');
		await app.press(KEYS.enter, (f) => f.includes('╭─ Comparison'));
		await app.press(':', (f) => f.includes('column.right'));
		await app.press('column.right', (f) => selected(f).includes('column.right'));
		await app.press(KEYS.enter, (f) => f.includes('› Coastline Times'));
	});

	it('ranks letters that follow each other and start words first', () => {
		expect(fuzzyScore('sort', 'articles.sort Articles: sort by date')).toBeGreaterThan(fuzzyScore('sort', 'search.start Search the focused pane as you type'));
		expect(fuzzyScore('xyz', 'move.down')).toBe(-1);
		expect(fuzzyScore('', 'anything')).toBe(0);
	});
});

describe('the help, filtered by typing', () => {
	it('lists only the keys whose name or description match, and Esc clears the filter before closing', async () => {
		const app = await renderApp({index: sampleIndex(), size: {columns: 100, rows: 40}});
		await app.press('?', (f) => f.includes('╭─ Keys'));
		expect(app.frame()).toContain('Move down / scroll down');
		await app.press('export', (f) => f.includes('Keys matching “export”'));
		expect(app.frame()).toContain('Export the list (or the marked rows)');
		expect(app.frame()).toContain('Comparison: export as Markdown');
		expect(app.frame()).not.toContain('Move down / scroll down');
		await app.press('qq', (f) => f.includes('No key matches “exportqq”'));
		await app.press(KEYS.backspace + KEYS.backspace, (f) => f.includes('Keys matching “export”'));
		await app.press(KEYS.escape, (f) => f.includes('Move down / scroll down'));
		await app.press(KEYS.escape, (f) => f.includes('╭─ Articles'));
	});
});
