import {isLinked, type Statement} from '../analysis/types.js';
import type {CorpusIndex} from '../index/types.js';
import {renderTable} from '../output/table.js';
import {terminalWidth, writeJsonLines} from './output.js';

export function statementJson(s: Statement) {
	return {
		id: s.id,
		speaker: s.speaker,
		speakerName: s.speakerName,
		outlets: s.outlets,
		renderings: s.renderings.map(r => ({
			article: r.article,
			outlet: r.outlet,
			published: r.published,
			text: r.text,
			verb: r.verb,
			start: r.start,
			end: r.end,
			kind: r.kind,
			speakerName: r.speakerName,
			speakerLabel: r.speakerLabel,
			// A copy of another article's text: its words are that article's rendering again.
			...(r.reprintOf !== undefined ? {reprintOf: r.reprintOf} : {}),
		})),
	};
}

export function printStatements(index: CorpusIndex, json: boolean, linkedOnly: boolean): void {
	const chosen = index.statements.filter(s => !linkedOnly || isLinked(s));
	if (json) {
		writeJsonLines(chosen.map(statementJson));
		return;
	}
	if (chosen.length === 0) {
		process.stdout.write(`No ${linkedOnly ? 'linked ' : ''}statements found in ${index.name}.\n`);
		return;
	}
	// Already in the index's order: reported by the most outlets first.
	const table = renderTable(
		chosen,
		[
			{header: 'ID', get: s => s.id, width: 12},
			{header: 'OUTLETS', get: s => s.outlets, width: 7, align: 'right'},
			{header: 'SPEAKER', get: s => s.speakerName ?? '(unknown)', width: 22},
			// Reported speech is not quoted words: say so rather than let it pass for a quotation.
			{header: 'FIRST RENDERING', get: s => (s.renderings[0]?.kind === 'indirect' ? '(indirect) ' : '') + (s.renderings[0]?.text ?? '')},
		],
		terminalWidth(),
	);
	process.stdout.write(`${table}\n\n${chosen.length} statements; \`presslens compare ID\` shows one side by side\n`);
}
