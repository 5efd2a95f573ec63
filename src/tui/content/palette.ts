// The command palette's lines: each command's long name, its keys and what it does, the selected
// one marked; the list scrolls to keep the selection in view.
import type {PaletteEntry} from '../state/palette.js';
import {scrollIntoView} from '../state/window.js';
import type {Line} from '../text/segments.js';
import {fit} from '../text/width.js';

export function paletteLines(entries: PaletteEntry[], cursor: number, width: number, height: number): Line[] {
	if (entries.length === 0) return [[{text: 'No command matches. Backspace widens the list, Esc closes.', mark: 'dim'}]];
	const top = scrollIntoView(entries.length, cursor, height, 0);
	const name = Math.min(24, Math.max(12, Math.floor(width / 4)));
	const keys = Math.min(18, Math.max(8, Math.floor(width / 6)));
	return entries.slice(top, top + height).map((e, k) => {
		const selected = top + k === cursor;
		const text = `${selected ? '› ' : '  '}${fit(e.command, name)}  ${fit(e.keys, keys)}  ${e.description}`;
		return [{text: fit(text, width), mark: selected ? 'selected' : undefined}];
	});
}
