// The user's key bindings (config.json "keys": {"move.down": ["j", "down", "ctrl+n"]}) applied to a
// registry's keymap. Everything is read from the keymap's data, so a command a pane or a later
// change adds is rebindable as soon as it is in the table. A problem is an error naming the file,
// the key path and what is allowed; every problem is listed at once.
import {UsageError} from '../../corpus/walk.js';
import type {Registry} from '../specs/registry.js';
import {isTyped, parseKey} from './key-names.js';
import {contextSets, type Binding, type Context} from './keymap.js';

/** Where printable keys type text: a binding there keeps only keys that are not characters. */
const TYPING: readonly Context[] = ['search'];

const typingOnly = (b: Binding) => b.contexts.every((c) => TYPING.includes(c));

/** The short key names the status bar uses ("⏎ open", "j/k move"). */
function shortLabel(key: string): string {
	const labels: Record<string, string> = {enter: '⏎', escape: 'esc', up: '↑', down: '↓', left: '←', right: '→', pageup: 'pgup', pagedown: 'pgdn'};
	return labels[key] ?? key;
}

/** Commands in the keymap, in table order. */
export function commandNames(bindings: readonly Binding[]): string[] {
	return [...new Set(bindings.map((b) => b.command))];
}

/** The closest command name by shared dotted parts, then edit distance, to suggest for a typo. */
function nearest(name: string, names: string[]): string | undefined {
	const distance = (a: string, b: string) => {
		const row = Array.from({length: b.length + 1}, (_, i) => i);
		for (let i = 1; i <= a.length; i++) {
			let prev = row[0];
			row[0] = i;
			for (let j = 1; j <= b.length; j++) {
				const next = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
				prev = row[j];
				row[j] = next;
			}
		}
		return row[b.length];
	};
	const tail = name.split('.').pop() ?? name;
	let best: string | undefined;
	let bestScore = Infinity;
	for (const candidate of names) {
		const score = distance(name, candidate) - (candidate.split('.').pop() === tail ? name.length : 0);
		if (score < bestScore) {
			best = candidate;
			bestScore = score;
		}
	}
	return best !== undefined && bestScore <= Math.max(3, name.length / 2) ? best : undefined;
}

/** The keys asked for one command, or the problems with them. */
function parseKeyList(name: string, value: unknown, problems: string[]): string[] | undefined {
	const list = typeof value === 'string' ? [value] : value;
	if (!Array.isArray(list) || list.length === 0) {
		problems.push(`keys.${name} must be a list of one or more keys, e.g. ["j", "down"], got ${JSON.stringify(value)}`);
		return undefined;
	}
	const keys: string[] = [];
	let bad = false;
	list.forEach((item, i) => {
		const parsed = parseKey(item);
		if ('error' in parsed) {
			problems.push(`keys.${name}[${i}]: ${parsed.error}`);
			bad = true;
		} else if (!keys.includes(parsed.key)) keys.push(parsed.key);
	});
	return bad ? undefined : keys;
}

/** Hint labels made of the default first keys of commands ("j/k") follow their rebinding. */
function relabel(binding: Binding, defaults: readonly Binding[], effective: (b: Binding) => string[]): Binding['hint'] {
	if (!binding.hint) return undefined;
	const near = defaults.filter((d) => d.contexts.some((c) => binding.contexts.includes(c)));
	const parts = binding.hint.keys.split('/').map((part) => {
		const owner = near.find((d) => d.keys.length > 0 && shortLabel(d.keys[0]) === part);
		const now = owner ? effective(owner)[0] : undefined;
		return now === undefined ? part : shortLabel(now);
	});
	return {...binding.hint, keys: parts.join('/')};
}

export interface Rebound {
	registry: Registry;
	/** Commands whose keys the user chose. */
	rebound: Set<string>;
}

/**
 * The registry with the user's keys: a command's keys replace its default keys in every context it
 * has (in the search line, only the keys that are not typed). `where` names the file in errors.
 */
export function rebind(registry: Registry, keys: unknown, where: string): Rebound {
	const defaults = registry.bindings;
	if (keys === undefined) return {registry, rebound: new Set()};
	if (typeof keys !== 'object' || keys === null || Array.isArray(keys)) {
		throw new UsageError(`${where}: "keys" must map command names to lists of keys, e.g. {"move.down": ["j", "down"]}, got ${JSON.stringify(keys)}`);
	}
	const names = commandNames(defaults);
	const problems: string[] = [];
	const chosen = new Map<string, string[]>();
	for (const [name, value] of Object.entries(keys)) {
		if (!names.includes(name)) {
			const guess = nearest(name, names);
			problems.push(`keys.${name}: no such command${guess ? ` (did you mean ${guess}?)` : ''}; the commands are ${names.join(', ')}`);
			continue;
		}
		const list = parseKeyList(name, value, problems);
		if (!list) continue;
		const own = defaults.filter((b) => b.command === name);
		if (own.every(typingOnly) && list.every(isTyped)) {
			problems.push(`keys.${name}: ${list.map((k) => JSON.stringify(k)).join(', ')} would be typed into the search line; use a key that is not a character (escape, enter, an arrow, ctrl+LETTER)`);
			continue;
		}
		chosen.set(name, list);
	}
	const effective = (b: Binding) => {
		const list = chosen.get(b.command);
		if (!list) return b.keys;
		return typingOnly(b) ? list.filter((k) => !isTyped(k)) : list;
	};
	const bindings = defaults
		.map((b) => (chosen.has(b.command) || b.hint ? {...b, keys: effective(b), hint: relabel(b, defaults, effective)} : b))
		.filter((b) => b.keys.length > 0);
	problems.push(...clashes(bindings, registry, chosen));
	// One line, as every usage error is.
	if (problems.length > 0) throw new UsageError(`${where}: ${problems.join('; ')}`);
	return {registry: {...registry, bindings}, rebound: new Set(chosen.keys())};
}

/** The most specific context of a set, to say where: "comparison", "list.articles", "search". */
function place(set: Context[]): string {
	return set.find((c) => !['global', 'list', 'detail', 'detail.links'].includes(c)) ?? set[set.length - 1];
}

/** A key that would mean two commands where the user is, when one of them was rebound. */
function clashes(bindings: Binding[], registry: Registry, chosen: Map<string, string[]>): string[] {
	const sets = contextSets(
		registry.panes.map((p) => p.id),
		registry.details.map((d) => ({kind: d.kind, links: registry.hasLinks(d.kind)})),
	);
	// One problem per key and pair of commands, with every place where the two meet.
	const found = new Map<string, {mine: string; other: string; key: string; places: Set<string>}>();
	for (const set of sets) {
		const owner = new Map<string, Binding>();
		for (const b of bindings) {
			if (!b.contexts.some((c) => set.includes(c))) continue;
			for (const key of b.keys) {
				const first = owner.get(key);
				if (!first) owner.set(key, b);
				else if (first.command !== b.command && (chosen.has(first.command) || chosen.has(b.command))) {
					const [mine, other] = chosen.has(b.command) ? [b, first] : [first, b];
					const id = `${mine.command}\u0000${key}\u0000${other.command}`;
					if (!found.has(id)) found.set(id, {mine: mine.command, other: other.command, key, places: new Set()});
					found.get(id)!.places.add(place(set));
				}
			}
		}
	}
	return [...found.values()].map(
		(f) => `keys.${f.mine}: "${f.key}" is also bound to ${f.other} (in ${[...f.places].join(', ')}); rebind ${f.other} too, or choose another key`,
	);
}
