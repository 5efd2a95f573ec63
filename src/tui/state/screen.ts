// Where things are drawn, shared by the views that draw them and the mouse that points at them.

/** A pane's tab as drawn: its number, name and row count (matching / all when filtered); tabs are one space apart. */
export function tabTexts(tabs: readonly {label: string; count: number; total: number}[]): string[] {
	return tabs.map((t, i) => ` ${i + 1} ${t.label} ${t.count === t.total ? `${t.total}` : `${t.count}/${t.total}`} `);
}
