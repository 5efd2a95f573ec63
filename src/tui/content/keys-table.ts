// The README's keys table, generated from the keymap that dispatches the keys (as the help is), so
// the documentation cannot drift from the app: `npm run readme:keys` rewrites it, a test checks it.
import type {Keymap} from '../state/keymap.js';
import {keyLabel} from '../state/keymap.js';

export const KEYS_START = '<!-- keys: generated from the keymap by `npm run readme:keys` -->';
export const KEYS_END = '<!-- /keys -->';

const cell = (text: string) => text.replace(/\|/g, '\\|');

/** One row per command and context group: its keys, where it works and what it does. */
export function keysTable(keymap: Keymap): string {
	const rows = keymap.bindings.map((b) => {
		const keys = b.keys.map((k) => `\`${cell(keyLabel(k)).replace(/`/g, "'")}\``).join(' ');
		return `| ${keys} | \`${b.command}\` | ${cell(b.contexts.join(', '))} | ${cell(b.description)} |`;
	});
	return ['| Keys | Command | Where | What it does |', '|---|---|---|---|', ...rows].join('\n');
}

/** `readme` with the text between the markers replaced by the table (null: no markers). */
export function withKeysTable(readme: string, keymap: Keymap): string | null {
	const start = readme.indexOf(KEYS_START);
	const end = readme.indexOf(KEYS_END);
	if (start < 0 || end < start) return null;
	return `${readme.slice(0, start + KEYS_START.length)}\n${keysTable(keymap)}\n${readme.slice(end)}`;
}
