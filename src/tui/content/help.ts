// The help overlay, generated from the registry's keymap so it lists exactly the keys that dispatch.
import type {Registry} from '../specs/registry.js';
import {keyLabel, type Context} from '../state/keymap.js';
import {matchesFilter} from '../state/palette.js';
import {safeInline} from '../text/safe.js';
import {wrapSegments, type Line} from '../text/segments.js';
import {fit} from '../text/width.js';

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The help's sections, in order: also the README's keys table (keys-table.ts). */
export function helpSections(registry: Registry): {title: string; contexts: Context[]}[] {
	const withKeys = registry.details.filter((d) => d.commands?.length || d.open);
	return [
		{title: `Moving around (lists, ${registry.details.map((d) => d.name).join(', ')}, help)`, contexts: ['list', 'detail', 'overlay']},
		{title: 'Lists', contexts: registry.panes.map((p) => `list.${p.id}`)},
		{title: capital(withKeys.map((d) => d.name).join(' and ')), contexts: withKeys.map((d) => d.kind)},
		{title: 'While searching (type to filter the focused pane)', contexts: ['search']},
		{title: 'While finding (type a word to find in the open reader, card or comparison)', contexts: ['find']},
		{title: 'Typing a file name (E)', contexts: ['prompt']},
		{title: 'Command palette (:)', contexts: ['palette']},
		{title: 'In this help', contexts: ['help']},
		{title: 'Questions', contexts: ['confirm']},
	];
}

/** The help at `width`, listing only the keys that match `filter` (every word, in key, name or description). */
export function helpLines(registry: Registry, width: number, filter = ''): Line[] {
	const lines: Line[] = [];
	const listed = new Set<string>();
	for (const section of helpSections(registry)) {
		const bindings = registry.bindings.filter(
			(b) => b.contexts.some((c) => section.contexts.includes(c)) && !listed.has(b.command + b.contexts.join()) && matchesFilter(b, filter),
		);
		if (bindings.length === 0) continue;
		if (lines.length > 0) lines.push([]);
		lines.push([{text: section.title, mark: 'heading'}]);
		for (const b of bindings) {
			listed.add(b.command + b.contexts.join());
			const keys = fit(b.keys.map(keyLabel).join(', '), 22);
			for (const [i, line] of wrapSegments([{text: b.description}], Math.max(10, width - 26)).entries()) {
				lines.push([{text: '  '}, {text: i === 0 ? keys : ' '.repeat(22), mark: 'entity'}, {text: '  '}, ...line]);
			}
		}
	}
	if (filter.trim()) {
		if (lines.length === 0) lines.push([{text: `No key matches “${safeInline(filter)}”. Backspace or Esc widens the list.`, mark: 'dim'}]);
		return lines;
	}
	lines.push([]);
	lines.push([{text: 'Marks: ', mark: 'dim'}, {text: 'entity names', mark: 'entity'}, {text: ' · ', mark: 'dim'}, {text: 'quotes', mark: 'quote'}, {text: ' · ', mark: 'dim'}, {text: 'words that differ', mark: 'diff'}]);
	lines.push(...wrapSegments([{text: 'Statements linked wrongly? `presslens explain ID` shows why; correct them with "statements": link, split, speaker in presslens.json (see README).', mark: 'dim'}], Math.max(10, width - 2)));
	return lines;
}
