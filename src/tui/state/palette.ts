// The command palette (:) and the help's filter: every command of the keymap by its long name
// (VisiData's idea), found by typing a few letters of it, and run as if its key were pressed.
import {bindingsIn, keyLabel, type Binding, type Keymap} from './keymap.js';
import type {Env, Update} from './reducer.js';
import type {AppState} from './types.js';

export type PaletteCommand = 'palette.open' | 'palette.run' | 'palette.close' | 'palette.erase' | 'palette.clear' | 'palette.down' | 'palette.up';

export const PALETTE_COMMANDS: readonly string[] = ['palette.open', 'palette.run', 'palette.close', 'palette.erase', 'palette.clear', 'palette.down', 'palette.up'];

export interface PaletteEntry {
	command: string;
	keys: string;
	description: string;
}

const wordStartAt = (t: string, i: number) => i === 0 || /[\s.:_-]/.test(t[i - 1]);

/**
 * How well `query` matches `text`, or -1. The query whole in the text wins (more so at a word's
 * start: "sort" finds sort.column first); else its letters in order, those that follow each
 * other or start a word counting for more ("ab" finds "article browse").
 */
export function fuzzyScore(query: string, text: string): number {
	const q = query.toLowerCase().replace(/\s+/g, '');
	if (!q) return 0;
	const t = text.toLowerCase();
	// Among equal matches, the shorter text is the closer one.
	const tie = t.length / 1000;
	const whole = t.indexOf(q);
	if (whole >= 0) {
		let best = wordStartAt(t, whole) ? 1 : 0;
		for (let i = t.indexOf(q, whole + 1); i >= 0 && best === 0; i = t.indexOf(q, i + 1)) if (wordStartAt(t, i)) best = 1;
		return 1000 + best * 500 - tie;
	}
	let score = 0;
	let at = -1;
	let run = 0;
	for (const ch of q) {
		const next = t.indexOf(ch, at + 1);
		if (next < 0) return -1;
		run = next === at + 1 ? run + 1 : 0;
		score += 1 + run * 2 + (wordStartAt(t, next) ? 3 : 0);
		at = next;
	}
	return score - tie;
}

/** The commands that work where the palette was opened, best match for `query` first. */
export function paletteEntries(state: AppState, keymap: Keymap, query: string): PaletteEntry[] {
	const seen = new Set<string>();
	const entries: {entry: PaletteEntry; score: number}[] = [];
	for (const b of bindingsIn({...state, prompt: null}, keymap)) {
		if (seen.has(b.command) || b.command.startsWith('palette.')) continue;
		seen.add(b.command);
		const entry = {command: b.command, keys: b.keys.map(keyLabel).join(', '), description: b.description};
		const score = fuzzyScore(query, `${b.command} ${b.description}`);
		if (score >= 0) entries.push({entry, score});
	}
	if (query.trim()) entries.sort((a, b) => b.score - a.score);
	return entries.map((e) => e.entry);
}

/** Bindings whose key, name or description hold every word of `filter` (the help's filter). */
export function matchesFilter(binding: Binding, filter: string): boolean {
	const words = filter.toLowerCase().split(/\s+/).filter(Boolean);
	const text = `${binding.keys.map(keyLabel).join(' ')} ${binding.command} ${binding.description}`.toLowerCase();
	return words.every((w) => text.includes(w));
}

const same = (state: AppState): Update => ({state, effects: []});

export function paletteCommand(state: AppState, name: PaletteCommand, env: Env, run: (state: AppState, command: string) => Update): Update {
	const prompt = state.prompt?.kind === 'palette' ? state.prompt : null;
	switch (name) {
		case 'palette.open':
			return same({...state, prompt: {kind: 'palette', text: '', cursor: 0}});
		case 'palette.close':
			return same({...state, prompt: null});
		case 'palette.erase':
			return same(prompt ? {...state, prompt: {...prompt, text: Array.from(prompt.text).slice(0, -1).join(''), cursor: 0}} : state);
		case 'palette.clear':
			return same(prompt ? {...state, prompt: {...prompt, text: '', cursor: 0}} : state);
		case 'palette.down':
		case 'palette.up': {
			if (!prompt) return same(state);
			const total = paletteEntries(state, env.model.registry, prompt.text).length;
			const cursor = Math.max(0, Math.min(Math.max(0, total - 1), prompt.cursor + (name === 'palette.down' ? 1 : -1)));
			return same({...state, prompt: {...prompt, cursor}});
		}
		case 'palette.run': {
			if (!prompt) return same(state);
			const chosen = paletteEntries(state, env.model.registry, prompt.text)[prompt.cursor];
			const closed = {...state, prompt: null};
			if (!chosen) return same({...closed, status: {text: `No command matches “${prompt.text}”.`, tone: 'info'}});
			return run(closed, chosen.command);
		}
	}
}
