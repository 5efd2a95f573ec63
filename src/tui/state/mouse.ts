// The mouse, read from the terminal's SGR reports (modes 1000 and 1006): the wheel scrolls the list
// or the open view, a click selects a list row or a pane's tab. Reports arrive on the same input as
// keys; a report is taken whole here so none of its bytes ever acts as a key ("[" is history back).
import type {Model} from '../model/model.js';
import {tabTexts} from './screen.js';
import type {Layout} from './layout.js';
import {activeQuery, currentDetail, type AppState} from './types.js';
import {listWindow} from './window.js';

/** Turn reporting on: button presses (1000) in the SGR encoding (1006), which has no 223-column limit. */
export const MOUSE_ON = '\u001B[?1000h\u001B[?1006h';
export const MOUSE_OFF = '\u001B[?1006l\u001B[?1000l';

/** A report: the wheel (one notch), a left click at a 1-based cell, or anything else (releases, other buttons). */
export type MouseEvent = {kind: 'wheel'; down: boolean} | {kind: 'click'; x: number; y: number} | {kind: 'other'};

const SGR = /^\u001B\[<(\d{1,4});(\d{1,5});(\d{1,5})([Mm])$/;

/** The report in one input event as Ink hands it over (the whole escape sequence), or null for a key. */
export function parseMouse(data: string): MouseEvent | null {
	const match = SGR.exec(data);
	if (!match) return null;
	const button = Number(match[1]);
	const press = match[4] === 'M';
	// Bits 2–4 are Shift, Alt and Ctrl; 64 marks the wheel (64 up, 65 down); 32 is motion.
	const base = button & ~(4 | 8 | 16);
	if (press && (base === 64 || base === 65)) return {kind: 'wheel', down: base === 65};
	if (press && base === 0) return {kind: 'click', x: Number(match[2]), y: Number(match[3])};
	return {kind: 'other'};
}

/** Whether the app reads the mouse: off with --no-mouse, a non-empty $NO_MOUSE, or "mouse": false in config.json. */
export function mouseWanted(choice: {flag: boolean; env: NodeJS.ProcessEnv; setting?: boolean}): boolean {
	if (choice.flag) return false;
	if (choice.env.NO_MOUSE) return false;
	return choice.setting ?? true;
}

// Rows of the screen above the list's first row: header, tabs, the list's top border and its column header.
const HEADER_ROW = 1;
const TABS_ROW = 2;
const FIRST_LIST_ROW = 5;

/** A list row's lines: two when the pane shows each full-text hit's sentence under its row. */
export function linesPerRow(state: AppState, model: Model, pane: string): number {
	const spec = model.registry.pane(pane);
	if (!spec.fullText) return 1;
	const query = model.panes.parse(activeQuery(state, pane));
	return query.words.length > 0 || query.phrases.length > 0 ? 2 : 1;
}

/** What a click at (x, y) lands on: a pane's tab, a row of the focused list (its index in display order), or nothing. */
export function clickTarget(state: AppState, model: Model, layout: Layout, x: number, y: number): {pane: string} | {row: number} | null {
	if (y === HEADER_ROW) return null;
	if (y === TABS_ROW) {
		const tabs = model.registry.panes.map((p) => ({label: p.label, count: model.panes.count(state, p.id), total: model.panes.items(p.id).length}));
		let start = 1;
		for (const [i, text] of tabTexts(tabs).entries()) {
			if (x >= start && x < start + text.length) return {pane: model.registry.panes[i].id};
			start += text.length + 1;
		}
		return null;
	}
	if (currentDetail(state) || state.overlay) return null;
	if (x > layout.listWidth || y < FIRST_LIST_ROW) return null;
	const pane = state.focus;
	const per = linesPerRow(state, model, pane);
	const visible = per === 2 ? Math.max(1, Math.floor(layout.listHeight / 2)) : layout.listHeight;
	const line = y - FIRST_LIST_ROW;
	if (line >= visible * per) return null;
	const list = state.lists[pane];
	const total = model.panes.count(state, pane);
	const {start} = listWindow(total, list.cursor, visible, list.offset);
	const row = start + Math.floor(line / per);
	return row < total ? {row} : null;
}
