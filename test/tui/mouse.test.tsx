// The mouse (issue 16): SGR reports scroll and select, and never reach the keys, on or off.
import {describe, expect, it} from 'vitest';
import {mouseWanted, parseMouse} from '../../src/tui/state/mouse.js';
import {manyArticles} from './fixtures.js';
import {KEYS, renderApp} from './helpers.js';

const wheel = (down: boolean, x = 10, y = 8) => `\u001B[<${down ? 65 : 64};${x};${y}M`;
const click = (x: number, y: number) => `\u001B[<0;${x};${y}M\u001B[<0;${x};${y}m`;
// The list's position, in its bottom border ("4/200").
const position = (frame: string) => /(\d+)\/200 ─╯/.exec(frame)?.[1];

describe('mouse reports', () => {
	it('reads the wheel, a left click and the rest, and nothing that is not a whole report', () => {
		expect(parseMouse('\u001B[<64;3;9M')).toEqual({kind: 'wheel', down: false});
		expect(parseMouse('\u001B[<65;3;9M')).toEqual({kind: 'wheel', down: true});
		// With Ctrl held (16) it is still the wheel.
		expect(parseMouse('\u001B[<81;3;9M')).toEqual({kind: 'wheel', down: true});
		expect(parseMouse('\u001B[<0;12;7M')).toEqual({kind: 'click', x: 12, y: 7});
		expect(parseMouse('\u001B[<0;12;7m')).toEqual({kind: 'other'});
		expect(parseMouse('\u001B[<2;12;7M')).toEqual({kind: 'other'});
		expect(parseMouse('[<64;3;9M')).toBeNull();
		expect(parseMouse('\u001B[A')).toBeNull();
		expect(parseMouse('\u001B[<64;3M')).toBeNull();
	});

	it('is on unless --no-mouse, a non-empty NO_MOUSE or the config turns it off', () => {
		expect(mouseWanted({flag: false, env: {}})).toBe(true);
		expect(mouseWanted({flag: true, env: {}})).toBe(false);
		expect(mouseWanted({flag: false, env: {NO_MOUSE: '1'}})).toBe(false);
		expect(mouseWanted({flag: false, env: {NO_MOUSE: ''}})).toBe(true);
		expect(mouseWanted({flag: false, env: {}, setting: false})).toBe(false);
		expect(mouseWanted({flag: false, env: {}, setting: true})).toBe(true);
	});
});

describe('app: the mouse', () => {
	it('scrolls the list three rows a notch with the wheel, and the open reader', async () => {
		const app = await renderApp({index: manyArticles(200)});
		await app.press(wheel(true), (f) => position(f) === '4');
		await app.press(wheel(true) + wheel(true), (f) => position(f) === '10');
		await app.press(wheel(false), (f) => position(f) === '7');
		await app.press(KEYS.enter, (f) => f.includes('Body of story'));
		const reader = app.frame();
		// A reader shorter than its box has nothing to scroll: the wheel leaves it as it was, and acts as no key.
		await app.press(wheel(true) + 'j');
		expect(app.frame()).toBe(reader);
	});

	it('selects the row clicked and focuses the tab clicked', async () => {
		const app = await renderApp({index: manyArticles(200)});
		// Row 1 is the header, 2 the tabs, 3 the list's border, 4 its column header: the third row is at 7.
		await app.press(click(20, 7), (f) => position(f) === '3');
		// Scrolled down (23 rows shown, the cursor on the 31st), the first row shown is the 9th.
		await app.press(wheel(true).repeat(10), (f) => position(f) === '33');
		await app.press(click(20, 5), (f) => position(f) === '11');
		// The second tab starts after " 1 Articles 200 " and a space.
		await app.press(click(20, 2), (f) => f.includes('╭─ Entities'));
	});

	for (const mouse of [true, false]) {
		it(`never types a report as keys, with the mouse ${mouse ? 'on' : 'off'}`, async () => {
			const app = await renderApp({index: manyArticles(200), mouse});
			await app.press('/', (f) => f.includes('/▏'));
			await app.press(wheel(true) + click(20, 7) + '7', (f) => f.includes('/7▏'));
			expect(app.frame()).not.toContain('[<');
		});
	}
});
