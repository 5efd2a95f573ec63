// The Statements pane (speaker, opening words, outlets) and the comparison it opens: renderings in
// columns (h/l when they do not all fit), exported as Markdown with e.
import type {Statement} from '../../analysis/types.js';
import {comparisonLines, comparisonPlainText, comparisonView, columnsThatFit} from '../content/comparison.js';
import {missing, scrolled} from '../content/detail.js';
import {statementHeader, statementRow} from '../content/rows.js';
import type {Env} from '../state/reducer.js';
import type {AppState} from '../state/types.js';
import {clamp} from '../state/window.js';
import {safeBlock, safeInline} from '../text/safe.js';
import type {DetailCommand, DetailSpec, PaneSpec} from './types.js';

export interface ComparisonDetailView {
	kind: 'comparison';
	id: string;
	column: number;
	scroll: number;
}

/** Most columns a comparison can start at (renderings minus those that fit). */
function lastColumn(view: ComparisonDetailView, state: AppState, env: Env): number {
	const statement = env.model.lookups.statementById.get(view.id);
	if (!statement) return 0;
	const total = statement.renderings.length;
	return Math.max(0, total - columnsThatFit(env.layout(state).detailWidth, total));
}

const column = (step: number) => (view: ComparisonDetailView, state: AppState, env: Env) => {
	const next = {...view, column: clamp(view.column + step, 0, lastColumn(view, state, env))};
	return {state: {...state, stack: [...state.stack.slice(0, -1), next]}, effects: []};
};

const commands: DetailCommand<ComparisonDetailView>[] = [
	{command: 'column.left', keys: ['h', 'left'], description: 'Comparison: show earlier renderings', hint: {keys: 'h/l', text: 'columns'}, run: column(-1)},
	{command: 'column.right', keys: ['l', 'right'], description: 'Comparison: show later renderings', run: column(1)},
	{
		command: 'comparison.export',
		keys: ['e'],
		description: 'Comparison: export as Markdown to a file in the current folder',
		hint: {keys: 'e', text: 'export'},
		run: (view, state) => ({state, effects: [{kind: 'export', statementId: view.id, overwrite: false}]}),
	},
];

export const comparisonDetail: DetailSpec<ComparisonDetailView> = {
	kind: 'comparison',
	name: 'comparison',
	view: (id) => ({kind: 'comparison', id, column: 0, scroll: 0}),
	content(view, model, width, height, brackets) {
		const statement = model.lookups.statementById.get(view.id);
		if (!statement) return missing('Comparison', 'This statement is not in the index.');
		return scrolled('Comparison', comparisonLines(comparisonView(statement, model), width, view.column, brackets, model).lines, view.scroll, height);
	},
	copy(view, model) {
		const s = model.lookups.statementById.get(view.id);
		return s ? {text: safeBlock(comparisonPlainText(comparisonView(s, model))), what: 'the comparison'} : null;
	},
	commands,
};

/** Search fields: renderings of one statement are mostly the same words, so each distinct opening once, the first few only (a quote carried by forty outlets is not searched forty times). */
function fields(s: Statement): string[] {
	return [
		s.speakerName ?? '',
		...new Set(s.renderings.map((r) => r.speakerName ?? '')),
		...[...new Set(s.renderings.map((r) => r.text.slice(0, 160)))].slice(0, 3),
		...new Set(s.renderings.map((r) => r.outlet ?? '')),
	];
}

export const statementsPane: PaneSpec<Statement> = {
	id: 'statements',
	label: 'Statements',
	key: '3',
	items: (index) => index.statements,
	header: statementHeader,
	row: statementRow,
	search: fields,
	fields: {
		speaker: (s, model) => [s.speakerName, s.speaker ? model.lookups.entityById.get(s.speaker)?.name : null, ...s.renderings.map((r) => r.speakerName)],
		outlet: (s) => s.renderings.map((r) => r.outlet),
		date: (s) => s.renderings.map((r) => r.published),
	},
	columns: [
		{name: 'SPEAKER', key: (s, model) => s.speakerName || (s.speaker ? (model.lookups.entityById.get(s.speaker)?.name ?? null) : null)},
		{name: 'OPENING WORDS', key: (s) => s.renderings[0]?.text ?? null},
		{name: 'OUTLETS', key: (s) => s.outlets, descending: true},
	],
	sortedBy: 2,
	searchLast: true,
	// The index lists them reported by the most outlets first.
	orders: [{trail: 'most outlets first', said: () => 'Statements: most outlets first.'}],
	filters: [],
	toggles: [],
	detail: comparisonDetail,
	copy: (s) => ({text: safeInline(s.renderings[0]?.text), what: 'the quote'}),
	empty: ['No linked statements yet.', 'A statement appears here when two or more articles quote the same words from the same speaker.'],
	warm: {first: 4, run: (statement, model) => comparisonView(statement, model)},
};
