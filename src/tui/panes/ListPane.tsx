// A windowed list: only the visible rows are built and rendered.
import {Frame} from '../components/Frame.js';
import type {Line} from '../text/segments.js';
import {listWindow} from '../state/window.js';

export interface ListPaneProps {
	title: string;
	header: string;
	total: number;
	cursor: number;
	offset: number;
	/** Builds the text of row `index` (in display order), already fitted to `inner` cells. */
	row: (index: number, inner: number) => string;
	/** A second line under each row (a search hit's sentence): each row then takes two lines. */
	below?: (index: number, inner: number) => Line | null;
	/** Shown instead of rows when the list is empty. */
	empty: Line[];
	width: number;
	height: number;
	focused: boolean;
	color: boolean;
}

export function ListPane({title, header, total, cursor, offset, row, below, empty, width, height, focused, color}: ListPaneProps) {
	const inner = Math.max(1, width - 4);
	const lines: Line[] = [[{text: header, mark: 'dim'}]];
	if (total === 0) lines.push([], ...empty);
	else {
		const {start, end} = listWindow(total, cursor, below ? Math.max(1, Math.floor(height / 2)) : height, offset);
		for (let i = start; i < end; i++) {
			const text = row(i, inner);
			lines.push([{text, mark: i === cursor ? (focused ? 'selected' : 'title') : undefined}]);
			if (below) lines.push(below(i, inner) ?? []);
		}
	}
	const note = total > height ? `${Math.min(cursor + 1, total)}/${total}` : undefined;
	return <Frame title={title} note={note} width={width} height={height + 1} lines={lines} focused={focused} color={color} />;
}
