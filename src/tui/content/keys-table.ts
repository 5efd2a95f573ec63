// The README's table of keys, made from the keymap as the in-app help is (same sections, same
// bindings), with each command's name: the name a user rebinds it by in config.json.
import type {Registry} from '../specs/registry.js';
import {keyLabel} from '../state/keymap.js';
import {helpSections} from './help.js';

const code = (text: string) => (text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``);
const cell = (text: string) => text.replace(/\|/g, '\\|');

export function keysTable(registry: Registry): string {
	const rows = ['| Keys | Command | What it does |', '|---|---|---|'];
	const listed = new Set<string>();
	for (const section of helpSections(registry)) {
		const bindings = registry.bindings.filter((b) => b.contexts.some((c) => section.contexts.includes(c)) && !listed.has(b.command + b.contexts.join()));
		if (bindings.length === 0) continue;
		rows.push(`| **${cell(section.title)}** | | |`);
		for (const b of bindings) {
			listed.add(b.command + b.contexts.join());
			rows.push(`| ${b.keys.map((k) => cell(code(keyLabel(k)))).join(' ')} | ${code(b.command)} | ${cell(b.description)} |`);
		}
	}
	return rows.join('\n') + '\n';
}
