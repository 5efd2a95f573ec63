// Markdown form of a comparison, used by `e` until (or unless) the output module's formatter is passed in.
import type {Statement} from '../../analysis/types.js';
import type {Model} from '../state/model.js';
import {comparisonView} from './comparison.js';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();

export function comparisonMarkdown(statement: Statement, model: Model): string {
	const view = comparisonView(statement, model);
	const out: string[] = [`# ${cell(view.speaker)}: ${view.columns.length} renderings in ${statement.outlets} outlets`, ''];
	out.push('| Outlet | Date | Verb | Speaker as | Text |', '|---|---|---|---|---|');
	for (const c of view.columns) {
		const text = c.runs
			.map((r) => {
				if (!r.differs || !r.text.trim()) return r.text;
				const [, lead, core, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(r.text)!;
				return `${lead}**${core}**${trail}`;
			})
			.join('');
		out.push(`| ${cell(c.outlet)} | ${c.date} | ${cell(c.verb)} | ${cell(c.label)} | “${cell(text)}” |`);
	}
	out.push('', `## Differences from ${cell(view.columns[0]?.outlet ?? '')}`, '');
	for (const {outlet, changes} of view.summary) out.push(`- **${cell(outlet)}**: ${changes.length ? changes.map(cell).join('; ') : 'same words'}`);
	out.push('');
	return out.join('\n');
}
