// Key names as a user writes them in config.json ("j", "Down", "ctrl+n", "shift+tab") turned into the
// names keysFromInput gives the keymap, or a reason they cannot be bound. Only keys the terminal
// really delivers as themselves are accepted: Ctrl+I arrives as Tab and Ctrl+M as Enter, so binding
// them would never fire (or fire for the other key).

/** Named keys and the spellings accepted for them. */
const NAMED: Record<string, string> = {
	up: 'up',
	down: 'down',
	left: 'left',
	right: 'right',
	enter: 'enter',
	return: 'enter',
	escape: 'escape',
	esc: 'escape',
	tab: 'tab',
	'shift+tab': 'shift+tab',
	backtab: 'shift+tab',
	backspace: 'backspace',
	pageup: 'pageup',
	pgup: 'pageup',
	pagedown: 'pagedown',
	pgdn: 'pagedown',
	home: 'home',
	end: 'end',
	space: 'space',
};

/** Ctrl+letters the terminal sends as another key, or that always quit (Ctrl+C). */
const CTRL_TAKEN: Record<string, string> = {
	c: 'Ctrl+C always quits',
	h: 'the terminal sends Ctrl+H as Backspace',
	i: 'the terminal sends Ctrl+I as Tab',
	j: 'the terminal sends Ctrl+J as Enter',
	m: 'the terminal sends Ctrl+M as Enter',
};

export const KEY_GRAMMAR = 'a single character ("j", "G", "?"), ctrl+LETTER, shift+LETTER, or one of up, down, left, right, enter, escape, tab, shift+tab, backspace, pageup, pagedown, home, end, space';

export type ParsedKey = {key: string} | {error: string};

export function parseKey(text: unknown): ParsedKey {
	if (typeof text !== 'string') return {error: `a key must be a string, got ${JSON.stringify(text)}`};
	if (text === ' ') return {key: 'space'};
	const chars = Array.from(text);
	if (chars.length === 1) {
		if (/\p{C}/u.test(text)) return {error: `${JSON.stringify(text)} is a control character, not a key to bind (use ${KEY_GRAMMAR})`};
		return {key: text};
	}
	const lower = text.trim().toLowerCase();
	if (Object.hasOwn(NAMED, lower)) return {key: NAMED[lower]};
	const modified = /^(ctrl|shift)\+(.)$/.exec(lower);
	if (modified && /[a-z]/.test(modified[2])) {
		const letter = modified[2];
		if (modified[1] === 'shift') return {key: letter.toUpperCase()};
		if (Object.hasOwn(CTRL_TAKEN, letter)) return {error: `"${text}" cannot be bound: ${CTRL_TAKEN[letter]}`};
		return {key: `ctrl+${letter}`};
	}
	return {error: `"${text}" is not a key presslens knows (use ${KEY_GRAMMAR})`};
}

/** Printable keys type text where the user is typing (the search line) instead of running a command. */
export function isTyped(key: string): boolean {
	return key === 'space' || (Array.from(key).length === 1 && !/\p{C}/u.test(key));
}
