// Marking items of a list (x) and exporting the list, or the marked items, to a file (E): the
// path is typed in a one-line prompt with a default name offered. Pure: writing the file is the
// export-list effect's job (effects.ts).
import type {Env, Update} from './reducer.js';
import {marksOf, type AppState} from './types.js';

export type MarkCommand = 'item.mark' | 'list.export' | 'prompt.accept' | 'prompt.cancel' | 'prompt.erase' | 'prompt.clear';

export const MARK_COMMANDS: readonly string[] = ['item.mark', 'list.export', 'prompt.accept', 'prompt.cancel', 'prompt.erase', 'prompt.clear'];

const same = (state: AppState): Update => ({state, effects: []});

/** The name offered for an export of pane `pane`: in the app's folder, CSV unless changed. */
export function defaultExportName(pane: string, marked: boolean): string {
	return `presslens-${pane.replace(/[^\p{L}\p{N}_-]+/gu, '-')}${marked ? '-marked' : ''}.csv`;
}

/** The ids an export of pane `pane` writes: the marked items in list order, else every row shown. */
export function exportIds(state: AppState, pane: string, env: Env): string[] {
	const items = env.model.panes.items<{id: string}>(pane);
	const marked = new Set(marksOf(state, pane));
	const ids: string[] = [];
	const rows = env.model.panes.rows(state, pane);
	for (let i = 0; i < rows.length; i++) {
		const id = items[rows[i]].id;
		if (marked.size === 0 || marked.has(id)) ids.push(id);
	}
	// Marked items a later filter hides are still marked: they are exported too, after the rows shown.
	if (marked.size > ids.length) for (const id of marked) if (!ids.includes(id)) ids.push(id);
	return ids;
}

/** Text typed into the prompt. */
export function promptText(state: AppState, text: string): AppState {
	if (!state.prompt) return state;
	// A palette's selection starts again at the best match of the new text.
	return {...state, prompt: state.prompt.kind === 'palette' ? {...state.prompt, text: state.prompt.text + text, cursor: 0} : {...state.prompt, text: state.prompt.text + text}};
}

export function markCommand(state: AppState, name: MarkCommand, env: Env): Update {
	const pane = state.focus;
	switch (name) {
		case 'item.mark': {
			// The reducer then moves down a row, as a file manager does, so x x x marks three rows.
			const item = env.model.panes.selectedItem<{id: string}>(state);
			if (!item) return same({...state, status: {text: 'Nothing to mark here.', tone: 'info'}});
			const marks = marksOf(state, pane);
			const next = marks.includes(item.id) ? marks.filter((id) => id !== item.id) : [...marks, item.id];
			const text = next.length > 0 ? `${next.length} marked · E exports them · Esc clears the marks` : 'No marks.';
			return same({...state, marks: {...state.marks, [pane]: next}, status: {text, tone: 'info'}});
		}
		case 'list.export': {
			const marked = marksOf(state, pane).length > 0;
			return same({...state, prompt: {kind: 'export', pane, text: defaultExportName(pane, marked)}});
		}
		case 'prompt.erase':
			return same(state.prompt ? {...state, prompt: {...state.prompt, text: Array.from(state.prompt.text).slice(0, -1).join('')}} : state);
		case 'prompt.clear':
			return same(state.prompt ? {...state, prompt: {...state.prompt, text: ''}} : state);
		case 'prompt.cancel':
			return same({...state, prompt: null, status: {text: 'Export cancelled.', tone: 'info'}});
		case 'prompt.accept': {
			const prompt = state.prompt;
			if (prompt?.kind !== 'export') return same(state);
			const path = prompt.text.trim();
			if (!path) return same({...state, status: {text: 'Type a file name (.csv, .jsonl or .md), or Esc.', tone: 'info'}});
			const ids = exportIds(state, prompt.pane, env);
			return {state: {...state, prompt: null}, effects: [{kind: 'export-list', pane: prompt.pane, ids, path, overwrite: false}]};
		}
	}
}
