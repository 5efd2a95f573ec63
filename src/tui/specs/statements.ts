// The Statements pane (speaker, opening words, outlets) and the comparison it opens: renderings in
// columns (h/l when they do not all fit), exported as Markdown with e.
import type {Rendering, Statement} from '../../analysis/types.js';
import {comparisonLines, comparisonPlainText, comparisonView, columnsThatFit} from '../content/comparison.js';
import {missing, scrolled} from '../content/detail.js';
import {statementHeader, statementRow} from '../content/rows.js';
import type {Model} from '../model/model.js';
import type {Env} from '../state/reducer.js';
import {replaceTop, type AppState} from '../state/types.js';
import {clamp} from '../state/window.js';
import {safeBlock} from '../text/safe.js';
import {renderingCitation, statementCitation} from '../content/citation.js';
import {readerAt} from './articles.js';
import {pushView} from '../state/source.js';
import type {DetailCommand, DetailSpec, PaneSpec} from './types.js';

export interface ComparisonDetailView {
	kind: 'comparison';
	id: string;
	/** The first column shown. */
	column: number;
	scroll: number;
	/** The selected rendering (absent: the first), which Enter opens at its quote. */
	cursor?: number;
}

/** The selected rendering of a comparison view. */
export function selectedRendering(view: ComparisonDetailView, model: Model): Rendering | undefined {
	const statement = model.lookups.statementById.get(view.id);
	return statement?.renderings[clamp(view.cursor ?? 0, 0, Math.max(0, statement.renderings.length - 1))];
}

/** h / l select the previous or next rendering; the columns shown follow the selection. */
const column = (step: number) => (view: ComparisonDetailView, state: AppState, env: Env) => {
	const statement = env.model.lookups.statementById.get(view.id);
	const total = statement?.renderings.length ?? 0;
	const shown = columnsThatFit(env.layout(state).detailWidth, Math.max(1, total));
	const cursor = clamp((view.cursor ?? 0) + step, 0, Math.max(0, total - 1));
	const first = clamp(cursor < view.column ? cursor : cursor >= view.column + shown ? cursor - shown + 1 : view.column, 0, Math.max(0, total - shown));
	return {state: replaceTop(state, {...view, cursor, column: first}), effects: []};
};

const commands: DetailCommand<ComparisonDetailView>[] = [
	{command: 'column.left', keys: ['h', 'left'], description: 'Comparison: select the rendering before (columns follow)', hint: {keys: 'h/l', text: 'rendering'}, run: column(-1)},
	{command: 'column.right', keys: ['l', 'right'], description: 'Comparison: select the rendering after (columns follow)', run: column(1)},
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
	content(view, model, width, height, brackets, preview) {
		const statement = model.lookups.statementById.get(view.id);
		if (!statement) return missing('Comparison', 'This statement is not in the index.');
		// The preview beside the list selects nothing: Enter there opens the comparison itself.
		const selected = preview ? -1 : clamp(view.cursor ?? 0, 0, statement.renderings.length - 1);
		return scrolled('Comparison', comparisonLines(comparisonView(statement, model), width, view.column, brackets, model, selected).lines, view.scroll, height);
	},
	open(view, model) {
		const rendering = selectedRendering(view, model);
		if (!rendering) return 'This statement has no renderings.';
		if (!model.lookups.articleById.has(rendering.article)) return 'That article is not in the index.';
		return readerAt(rendering, view.id);
	},
	article: (view, model) => {
		const rendering = selectedRendering(view, model);
		return rendering ? model.lookups.articleById.get(rendering.article) : undefined;
	},
	copy(view, model) {
		const s = model.lookups.statementById.get(view.id);
		const rendering = selectedRendering(view, model);
		if (!s || !rendering) return null;
		// The selected rendering's citation, then the whole comparison for context.
		return {text: `${renderingCitation(rendering, s, model)}\n\n${safeBlock(comparisonPlainText(comparisonView(s, model)))}`, what: 'the citation and comparison'};
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
	commands: [
		{
			command: 'statement.source',
			keys: ['a'],
			description: 'Statements: open the first rendering’s article at its quote',
			hint: {keys: 'a', text: 'at the quote'},
			run(s, state, env) {
				const rendering = s.renderings[0];
				if (!rendering || !env.model.lookups.articleById.has(rendering.article)) return {state: {...state, status: {text: 'That article is not in the index.', tone: 'info'}}, effects: []};
				return {state: pushView(state, readerAt(rendering, s.id), env), effects: []};
			},
		},
	],
	detail: comparisonDetail,
	copy: (s, model) => ({text: statementCitation(s, model), what: s.renderings.length === 1 ? 'the citation' : 'the citations'}),
	article: (s, model) => (s.renderings[0] ? model.lookups.articleById.get(s.renderings[0].article) : undefined),
	record: {
		columns: ['id', 'speaker', 'outlets', 'renderings', 'kind', 'quote', 'outlet', 'published', 'url', 'citations'],
		row(s, model) {
			const first = s.renderings[0];
			return {
				id: s.id,
				speaker: s.speakerName,
				outlets: s.outlets,
				renderings: s.renderings.length,
				kind: first?.kind ?? null,
				quote: first?.text ?? null,
				outlet: first?.outlet ?? null,
				published: first?.published ?? null,
				url: first ? (model.lookups.articleById.get(first.article)?.url ?? null) : null,
				citations: statementCitation(s, model).split('\n').join(' | '),
			};
		},
	},
	empty: ['No linked statements yet.', 'A statement appears here when two or more articles quote the same words from the same speaker.'],
	warm: {first: 4, run: (statement, model) => comparisonView(statement, model)},
};
