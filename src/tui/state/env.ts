// Builds the reducer's Env for an index and a terminal size: geometry and content measures.
import {articleLines} from '../content/article.js';
import {comparisonLines, comparisonPlainText, comparisonView, columnsThatFit} from '../content/comparison.js';
import {entityCard, entityTargetCount} from '../content/entity.js';
import {helpLines} from '../content/help.js';
import {warningLines} from '../content/warnings.js';
import {safeBlock, safeInline} from '../text/safe.js';
import {computeLayout, type Size} from './layout.js';
import type {Model} from './model.js';
import type {Env} from './reducer.js';
import {currentDetail, type AppState} from './types.js';

// OSC 52 payloads above this are dropped by many terminals.
const COPY_LIMIT = 70_000;

export interface EnvOptions {
	/** Mark differing words with brackets (colour is off). */
	brackets: boolean;
}

export function createEnv(model: Model, size: Size, options: EnvOptions): Env {
	const layout = (state: AppState) => computeLayout(size, state);
	return {
		model,
		layout,
		contentLines(state) {
			const {detailWidth} = layout(state);
			if (state.overlay?.kind === 'help') return helpLines(detailWidth).length;
			if (state.overlay?.kind === 'warnings') return warningLines(model.index, detailWidth).length;
			const detail = currentDetail(state);
			if (!detail) return 0;
			if (detail.kind === 'article') {
				const article = model.articleById.get(detail.id);
				return article ? articleLines(article, model, detailWidth).length : 0;
			}
			if (detail.kind === 'comparison') {
				const statement = model.statementById.get(detail.id);
				return statement ? comparisonLines(comparisonView(statement, model), detailWidth, detail.column, options.brackets).lines.length : 0;
			}
			const entity = model.entityById.get(detail.id);
			return entity ? entityCard(entity, model, detailWidth, detail.cursor).lines.length : 0;
		},
		cardTargets(entityId) {
			const entity = model.entityById.get(entityId);
			return entity ? entityTargetCount(entity, model) : 0;
		},
		lastColumn(statementId, state) {
			const statement = model.statementById.get(statementId);
			if (!statement) return 0;
			const total = statement.renderings.length;
			return Math.max(0, total - columnsThatFit(layout(state).detailWidth, total));
		},
		copyText(state) {
			if (state.overlay) return null;
			const detail = currentDetail(state);
			const cap = (text: string) => (text.length > COPY_LIMIT ? text.slice(0, COPY_LIMIT) : text);
			if (detail?.kind === 'article') {
				const a = model.articleById.get(detail.id);
				return a ? {text: cap(safeBlock([a.title, a.url, '', a.body].filter((s) => s !== null).join('\n'))), what: 'the article'} : null;
			}
			if (detail?.kind === 'comparison') {
				const s = model.statementById.get(detail.id);
				return s ? {text: cap(safeBlock(comparisonPlainText(comparisonView(s, model)))), what: 'the comparison'} : null;
			}
			if (detail?.kind === 'entity') {
				const e = model.entityById.get(detail.id);
				return e ? {text: safeInline([e.name, ...e.aliases.filter((x) => x !== e.name)].join('; ')), what: 'the name and aliases'} : null;
			}
			const id = model.selectedId(state);
			if (!id) return null;
			if (state.focus === 'articles') {
				const a = model.articleById.get(id)!;
				return {text: safeInline([a.title, a.url].filter(Boolean).join(' ')), what: 'the title and URL'};
			}
			if (state.focus === 'entities') return {text: safeInline(model.entityById.get(id)!.name), what: 'the name'};
			const s = model.statementById.get(id)!;
			return {text: safeInline(s.renderings[0]?.text), what: 'the quote'};
		},
	};
}
