// Sizes of every area for a terminal size and state. The reducer uses them for paging and
// scrolling, the views for drawing, so both always agree.
import {currentDetail, type AppState} from './types.js';

export interface Size {
	columns: number;
	rows: number;
}

export interface Layout {
	columns: number;
	/** Root height: one less than the terminal so Ink never scrolls or clears the whole screen. */
	height: number;
	tooSmall: boolean;
	/** List and preview side by side (only when no detail or overlay is open). */
	wide: boolean;
	listWidth: number;
	previewWidth: number;
	/** Visible list rows (inside the border, under the column header). */
	listHeight: number;
	/** Width and height of text inside a detail, overlay or preview box. */
	detailWidth: number;
	detailHeight: number;
	previewInnerWidth: number;
}

export const MIN_COLUMNS = 40;
export const MIN_ROWS = 10;
const WIDE_COLUMNS = 100;
// Header, pane tabs and status bar.
const CHROME_ROWS = 3;
// Border top and bottom.
const BOX_ROWS = 2;
// Border and one cell of padding on each side.
const BOX_COLUMNS = 4;

export function computeLayout(size: Size, state?: AppState): Layout {
	const columns = Math.max(1, size.columns);
	const height = Math.max(1, size.rows - 1);
	const tooSmall = columns < MIN_COLUMNS || size.rows < MIN_ROWS;
	const open = state ? currentDetail(state) !== undefined || state.overlay !== null : false;
	const wide = columns >= WIDE_COLUMNS && !open;
	const listWidth = wide ? Math.floor(columns * 0.6) : columns;
	const previewWidth = wide ? columns - listWidth : 0;
	const body = Math.max(1, height - CHROME_ROWS);
	return {
		columns,
		height,
		tooSmall,
		wide,
		listWidth,
		previewWidth,
		listHeight: Math.max(1, body - BOX_ROWS - 1),
		detailWidth: Math.max(1, columns - BOX_COLUMNS),
		detailHeight: Math.max(1, body - BOX_ROWS),
		previewInnerWidth: Math.max(1, previewWidth - BOX_COLUMNS),
	};
}
