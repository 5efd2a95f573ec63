// One table of named commands and their keys. It drives dispatch (resolveKey), the status-bar
// hints (hintsFor) and the help overlay (the same bindings), so the three can never disagree. The
// app's own keys are here; each pane and detail spec adds its own (bindingsFor).
import type {Key} from 'ink';
import {currentDetail, type AppState} from './types.js';

/** The app's own commands; panes and details add theirs (a pane's sort key, a comparison's columns). */
export type CoreCommand =
	| 'app.quit'
	| 'app.help'
	| 'app.warnings'
	| 'pane.next'
	| 'pane.prev'
	| 'move.down'
	| 'move.up'
	| 'page.down'
	| 'page.up'
	| 'move.top'
	| 'move.bottom'
	| 'item.open'
	| 'back'
	| 'search.start'
	| 'item.copy'
	| 'search.accept'
	| 'search.cancel'
	| 'search.erase'
	| 'search.clear'
	| 'confirm.yes'
	| 'confirm.no'
	| 'history.back'
	| 'history.forward'
	| 'item.browse'
	| 'item.page'
	| 'item.mark'
	| 'list.export'
	| 'prompt.accept'
	| 'prompt.cancel'
	| 'prompt.erase'
	| 'prompt.clear'
	| 'palette.open'
	| 'palette.run'
	| 'palette.close'
	| 'palette.erase'
	| 'palette.clear'
	| 'palette.down'
	| 'palette.up'
	| 'help.erase'
	| 'sort.column'
	| 'sort.reverse'
	| 'find.start'
	| 'find.next'
	| 'find.prev'
	| 'find.accept'
	| 'find.cancel';

/** A core command, `pane.<id>` (focus a pane), or a command a pane or detail spec declares. */
export type CommandName = CoreCommand | (string & {});

/**
 * Where the user is; a binding applies when one of its contexts is among the current ones:
 * global, list, list.<pane id>, detail, <detail kind>, detail.links, overlay, search, find, confirm.
 */
export type Context = string;

export interface Binding {
	command: CommandName;
	/** Key names as produced by keysFromInput ("j", "down", "shift+tab", "ctrl+u"). */
	keys: string[];
	description: string;
	contexts: Context[];
	/** Status-bar hint, when this command is worth a reminder there. */
	hint?: {keys: string; text: string};
}

const NAV: Context[] = ['list', 'detail', 'overlay'];
const PANES: Context[] = ['list', 'detail'];

const MOVES: Binding[] = [
	{command: 'move.down', keys: ['j', 'down'], description: 'Move down / scroll down', contexts: NAV, hint: {keys: 'j/k', text: 'move'}},
	{command: 'move.up', keys: ['k', 'up'], description: 'Move up / scroll up', contexts: NAV},
	{command: 'page.down', keys: ['pagedown', 'ctrl+d', 'space'], description: 'Page down', contexts: NAV},
	{command: 'page.up', keys: ['pageup', 'ctrl+u', 'b'], description: 'Page up', contexts: NAV},
	{command: 'move.top', keys: ['g', 'home'], description: 'Go to the top', contexts: NAV},
	{command: 'move.bottom', keys: ['G', 'end'], description: 'Go to the bottom', contexts: NAV},
	{command: 'item.open', keys: ['enter'], description: 'Open the selected item (reader, entity card, comparison)', contexts: ['list', 'detail.links'], hint: {keys: '⏎', text: 'open'}},
];

const LEAVE: Binding[] = [
	{command: 'back', keys: ['escape'], description: 'Back: close the detail or overlay, clear the filter', contexts: ['list', 'detail', 'overlay'], hint: {keys: 'esc', text: 'back'}},
	{command: 'search.start', keys: ['/'], description: 'Search the focused pane as you type', contexts: ['list'], hint: {keys: '/', text: 'search'}},
];

// Going to the source: the article behind a view, in the browser or the pager, and back again.
const SOURCE: Binding[] = [
	{command: 'history.back', keys: ['[', 'ctrl+o'], description: 'Back to the view before the last jump (] goes forward again)', contexts: PANES},
	{command: 'history.forward', keys: [']'], description: 'Forward to the view left with [', contexts: PANES},
	{command: 'item.browse', keys: ['o'], description: 'Open the article’s URL ($BROWSER, else xdg-open / open)', contexts: PANES, hint: {keys: 'o', text: 'browser'}},
	{command: 'item.page', keys: ['p'], description: 'Read the article’s text in $PAGER (q there comes back)', contexts: PANES},
];

// Taking a list away: marks and the export prompt.
const TAKE: Binding[] = [
	{command: 'item.mark', keys: ['x'], description: 'Mark or unmark the row (E exports marked rows, Esc clears marks)', contexts: ['list'], hint: {keys: 'x', text: 'mark'}},
	{command: 'list.export', keys: ['E'], description: 'Export the list (or the marked rows) to a file: .csv, .jsonl or .md', contexts: ['list'], hint: {keys: 'E', text: 'save list'}},
	{command: 'prompt.accept', keys: ['enter'], description: 'Prompt: write the file', contexts: ['prompt'], hint: {keys: '⏎', text: 'write'}},
	{command: 'prompt.cancel', keys: ['escape'], description: 'Prompt: cancel', contexts: ['prompt'], hint: {keys: 'esc', text: 'cancel'}},
	{command: 'prompt.erase', keys: ['backspace'], description: 'Prompt: delete a character', contexts: ['prompt']},
	{command: 'prompt.clear', keys: ['ctrl+u'], description: 'Prompt: clear the line', contexts: ['prompt'], hint: {keys: 'ctrl+u', text: 'clear'}},
];

// Finding commands: the palette by name, the help by typing.
const PALETTE: Binding[] = [
	{command: 'palette.open', keys: [':'], description: 'Command palette: type part of a command’s name, ⏎ runs it', contexts: PANES, hint: {keys: ':', text: 'commands'}},
	{command: 'palette.run', keys: ['enter'], description: 'Palette: run the selected command', contexts: ['palette'], hint: {keys: '⏎', text: 'run'}},
	{command: 'palette.close', keys: ['escape'], description: 'Palette: close', contexts: ['palette'], hint: {keys: 'esc', text: 'close'}},
	{command: 'palette.down', keys: ['down', 'ctrl+n'], description: 'Palette: select the next command', contexts: ['palette'], hint: {keys: '↑/↓', text: 'select'}},
	{command: 'palette.up', keys: ['up', 'ctrl+p'], description: 'Palette: select the previous command', contexts: ['palette']},
	{command: 'palette.erase', keys: ['backspace'], description: 'Palette: delete a character', contexts: ['palette']},
	{command: 'palette.clear', keys: ['ctrl+u'], description: 'Palette: clear the line', contexts: ['palette']},
	{command: 'help.erase', keys: ['backspace'], description: 'Help: type to filter the keys; Backspace deletes, Esc clears', contexts: ['help'], hint: {keys: 'type', text: 'filter'}},
];

const APP: Binding[] = [
	{command: 'app.warnings', keys: ['w'], description: 'Show files the loader skipped or loaded with problems', contexts: PANES},
	{command: 'app.help', keys: ['?'], description: 'Show or hide this help', contexts: ['list', 'detail', 'overlay'], hint: {keys: '?', text: 'help'}},
	{command: 'app.quit', keys: ['q', 'ctrl+c'], description: 'Quit', contexts: ['list', 'detail', 'overlay'], hint: {keys: 'q', text: 'quit'}},
	{command: 'search.accept', keys: ['enter'], description: 'Search: keep the filter', contexts: ['search'], hint: {keys: '⏎', text: 'keep filter'}},
	{command: 'search.cancel', keys: ['escape'], description: 'Search: clear the filter', contexts: ['search'], hint: {keys: 'esc', text: 'clear'}},
	{command: 'search.erase', keys: ['backspace'], description: 'Search or find: delete a character', contexts: ['search', 'find']},
	{command: 'search.clear', keys: ['ctrl+u'], description: 'Search or find: delete the whole query', contexts: ['search', 'find']},
	{command: 'find.accept', keys: ['enter'], description: 'Find: go to the first match', contexts: ['find'], hint: {keys: '⏎', text: 'find'}},
	{command: 'find.cancel', keys: ['escape'], description: 'Find: stop typing, find nothing', contexts: ['find'], hint: {keys: 'esc', text: 'cancel'}},
	{command: 'move.down', keys: ['down'], description: 'Search: move down the results', contexts: ['search'], hint: {keys: '↑/↓', text: 'move'}},
	{command: 'move.up', keys: ['up'], description: 'Search: move up the results', contexts: ['search']},
	{command: 'confirm.yes', keys: ['y'], description: 'Answer yes', contexts: ['confirm'], hint: {keys: 'y', text: 'yes'}},
	{command: 'confirm.no', keys: ['n', 'escape'], description: 'Answer no', contexts: ['confirm'], hint: {keys: 'n', text: 'no'}},
];

// Every list sorts by its columns; a pane's own key for one of these (a toggle) is bound before them and wins.
const SORT: Binding[] = [
	{command: 'sort.column', keys: ['s'], description: 'Sort the list by the next column (the header marks it)', contexts: ['list'], hint: {keys: 's/S', text: 'sort'}},
	{command: 'sort.reverse', keys: ['S'], description: 'Reverse the list’s order', contexts: ['list']},
];

const FIND: Binding[] = [
	{command: 'find.start', keys: ['/'], description: 'Find a word in the open reader, card or comparison', contexts: ['detail'], hint: {keys: '/ n/N', text: 'find'}},
	{command: 'find.next', keys: ['n'], description: 'Find the next match (of the find word, else of the list’s search)', contexts: ['detail']},
	{command: 'find.prev', keys: ['N'], description: 'Find the previous match', contexts: ['detail']},
];

/** What the keymap needs of a pane spec: its id, label, key and own keys. */
export interface PaneKeys {
	id: string;
	label: string;
	key: string;
	toggles: Omit<Binding, 'contexts'>[];
	commands?: Omit<Binding, 'contexts'>[];
}

/** What it needs of a detail spec: its kind and own keys. */
export interface DetailKeys {
	kind: string;
	commands?: Omit<Binding, 'contexts'>[];
}

/**
 * The whole table for a set of panes and details: the app's keys with each spec's own in between,
 * in the order the status bar lists their hints (the first binding of a key in a context wins).
 */
export function bindingsFor(panes: PaneKeys[], details: DetailKeys[]): Binding[] {
	const last = panes.length > 0 ? panes[panes.length - 1].key : '';
	return [
		...MOVES,
		...details.flatMap((d) => (d.commands ?? []).map((c) => ({...c, contexts: [d.kind]}))),
		...LEAVE,
		...panes.flatMap((p) => [...p.toggles, ...(p.commands ?? [])].map((t) => ({...t, contexts: [`list.${p.id}`]}))),
		...SORT,
		{command: 'item.copy', keys: ['y'], description: 'Copy the selection’s text to the clipboard (OSC 52)', contexts: PANES, hint: {keys: 'y', text: 'copy'}},
		{command: 'pane.next', keys: ['tab'], description: 'Next pane', contexts: PANES, hint: {keys: `tab/${panes[0]?.key ?? ''}-${last}`, text: 'panes'}},
		{command: 'pane.prev', keys: ['shift+tab'], description: 'Previous pane', contexts: PANES},
		...panes.map((p) => ({command: `pane.${p.id}`, keys: [p.key], description: `${p.label} pane`, contexts: PANES})),
		...SOURCE,
		...TAKE,
		...PALETTE,
		...FIND,
		...APP,
	];
}

function contextsOf(state: AppState, links = false): Context[] {
	if (state.confirm) return ['confirm'];
	if (state.prompt) return state.prompt.kind === 'palette' ? ['palette'] : ['prompt'];
	if (state.search !== null) return ['search'];
	if (state.find?.typing) return ['find'];
	if (state.overlay) return ['global', 'overlay', ...(state.overlay.kind === 'help' ? ['help'] : [])];
	const detail = currentDetail(state);
	if (detail) return ['global', 'detail', detail.kind, ...(links ? ['detail.links'] : [])];
	return ['global', 'list', `list.${state.focus}`];
}

/**
 * Every set of contexts contextsOf can return for these panes and details (kept beside it, so the
 * two change together): two bindings of one key clash when some set holds a context of each.
 */
export function contextSets(panes: readonly string[], details: readonly {kind: string; links: boolean}[]): Context[][] {
	return [
		['confirm'],
		['prompt'],
		['palette'],
		['search'],
		['find'],
		['global', 'overlay'],
		['global', 'overlay', 'help'],
		...details.map((d) => ['global', 'detail', d.kind, ...(d.links ? ['detail.links'] : [])]),
		...panes.map((id) => ['global', 'list', `list.${id}`]),
	];
}

/** The keys of a registry and whether the open detail has links to open (detail.links). */
export interface Keymap {
	bindings: Binding[];
	hasLinks(kind: string): boolean;
}

function contextsIn(state: AppState, keymap: Keymap): Context[] {
	const detail = currentDetail(state);
	return contextsOf(state, detail ? keymap.hasLinks(detail.kind) : false);
}

export function resolveKey(state: AppState, key: string, keymap: Keymap): CommandName | undefined {
	const contexts = contextsIn(state, keymap);
	const binding = keymap.bindings.find((b) => b.keys.includes(key) && b.contexts.some((c) => contexts.includes(c)));
	return binding?.command;
}

/** The bindings that work in the state's contexts, in keymap order (the palette lists them). */
export function bindingsIn(state: AppState, keymap: Keymap): Binding[] {
	const contexts = contextsIn(state, keymap);
	return keymap.bindings.filter((b) => b.contexts.some((c) => contexts.includes(c)));
}

export function hintsFor(state: AppState, keymap: Keymap): {keys: string; text: string}[] {
	const contexts = contextsIn(state, keymap);
	return keymap.bindings.filter((b) => b.hint && b.contexts.some((c) => contexts.includes(c))).map((b) => b.hint!);
}

const KEY_LABELS: Record<string, string> = {
	down: '↓',
	up: '↑',
	left: '←',
	right: '→',
	enter: 'Enter',
	escape: 'Esc',
	tab: 'Tab',
	'shift+tab': 'Shift+Tab',
	pagedown: 'PgDn',
	pageup: 'PgUp',
	home: 'Home',
	end: 'End',
	space: 'Space',
	backspace: 'Backspace',
};

export function keyLabel(key: string): string {
	if (KEY_LABELS[key]) return KEY_LABELS[key];
	if (key.startsWith('ctrl+')) return `Ctrl+${key.slice(5).toUpperCase()}`;
	return key;
}

/**
 * Ink hands over one `input` string per chunk read from the terminal, so keys typed fast or
 * pasted ("jjj") arrive together: split plain text into one key per character.
 */
export function keysFromInput(input: string, key: Key): string[] {
	if (key.tab) return [key.shift ? 'shift+tab' : 'tab'];
	if (key.return) return ['enter'];
	if (key.escape) return ['escape'];
	if (key.backspace || key.delete) return ['backspace'];
	if (key.upArrow) return ['up'];
	if (key.downArrow) return ['down'];
	if (key.leftArrow) return ['left'];
	if (key.rightArrow) return ['right'];
	if (key.pageUp) return ['pageup'];
	if (key.pageDown) return ['pagedown'];
	if (key.home) return ['home'];
	if (key.end) return ['end'];
	if (key.ctrl && input) return [`ctrl+${input.toLowerCase()}`];
	if (!input) return [];
	// Esc followed at once by a key reaches Ink as one Alt+key sequence; the app binds no Alt keys,
	// so it is the Esc the user typed, then the key.
	const chars = Array.from(input).map(charKey);
	return key.meta ? ['escape', ...chars] : chars;
}

/** One character of a chunk as a key name: a control character inside a chunk ("\u0015two") is its Ctrl key. */
function charKey(ch: string): string {
	if (ch === ' ') return 'space';
	if (ch === '\r' || ch === '\n') return 'enter';
	if (ch === '\t') return 'tab';
	if (ch === '\u007F' || ch === '\b') return 'backspace';
	const code = ch.charCodeAt(0);
	if (code >= 1 && code <= 26) return `ctrl+${String.fromCharCode(code + 96)}`;
	return ch;
}

