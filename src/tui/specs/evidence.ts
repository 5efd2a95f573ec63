// The sentences behind one cell of an entity card's framing table: where an outlet gives the
// entity a label, with the article, outlet and date of each; Enter opens the article at the sentence.
import type {LabelUse} from '../../analysis/framing/uses.js';
import {cellUses} from '../../analysis/framing/table.js';
import {missing, position} from '../content/detail.js';
import {articleTitle} from '../content/rows.js';
import type {Model} from '../model/model.js';
import {clamp} from '../state/window.js';
import {safeInline} from '../text/safe.js';
import {wrapIndented, type Line} from '../text/segments.js';
import {truncate} from '../text/width.js';
import {readerDetail} from './articles.js';
import type {DetailSpec} from './types.js';

export interface EvidenceView {
	kind: 'evidence';
	/** The entity's id. */
	id: string;
	/** The table's row (an outlet) and label of the cell. */
	row: string;
	label: string;
	/** The row key the table was made by (an index into model/framing.ts ROW_KEYS). */
	by: number;
	cursor: number;
}

function usesOf(view: EvidenceView, model: Model): LabelUse[] | null {
	const entity = model.lookups.entityById.get(view.id);
	if (!entity) return null;
	return model.memo.byWidth('evidence', entity, `${view.by}\u0000${view.row}\u0000${view.label}`, () => cellUses(model.framing.of(entity, view.by), view.row, view.label));
}

/** Lines: a heading, then each use as a link (date, outlet, title) and its sentence. */
function evidenceLines(uses: LabelUse[], model: Model, width: number, cursor: number): {lines: Line[]; at: number[]} {
	const lines: Line[] = [];
	const at: number[] = [];
	uses.forEach((u, k) => {
		const article = model.lookups.articleById.get(u.article);
		const selected = k === cursor;
		at.push(lines.length);
		const title = article ? articleTitle(article) : u.article;
		lines.push([{text: truncate(`${selected ? '› ' : '  '}${u.published ?? 'undated'}  ${safeInline(u.outlet ?? 'unknown outlet')}  ${title}`, width), mark: selected ? 'selected' : undefined}]);
		const sentence = safeInline(u.sentence);
		const cut = sentence.toLowerCase().indexOf(safeInline(u.phrase).toLowerCase());
		// The phrase the label was read from is marked in its sentence.
		const segments =
			cut < 0
				? [{text: sentence}]
				: [{text: sentence.slice(0, cut)}, {text: sentence.slice(cut, cut + safeInline(u.phrase).length), mark: 'entity' as const}, {text: sentence.slice(cut + safeInline(u.phrase).length)}].filter((s) => s.text);
		for (const line of wrapIndented(segments, width)) lines.push(line);
		lines.push([]);
	});
	return {lines, at};
}

export const evidenceDetail: DetailSpec<EvidenceView> = {
	kind: 'evidence',
	name: 'framing evidence',
	view: (id) => ({kind: 'evidence', id, row: '', label: '', by: 0, cursor: 0}),
	content(view, model, width, height) {
		const entity = model.lookups.entityById.get(view.id);
		const uses = usesOf(view, model);
		if (!entity || !uses) return missing('Evidence', 'This entity is not in the index.');
		const head: Line[] = [
			[{text: `${safeInline(view.row)} calls ${safeInline(entity.name)} “${safeInline(view.label)}”`, mark: 'title'}],
			[{text: `${uses.length} sentence${uses.length === 1 ? '' : 's'} · ⏎ opens the article at the sentence`, mark: 'dim'}],
			[],
		];
		const body = evidenceLines(uses, model, width, view.cursor);
		const lines = [...head, ...body.lines];
		const target = head.length + (body.at[clamp(view.cursor, 0, Math.max(0, uses.length - 1))] ?? 0);
		const top = target <= height - 3 ? 0 : clamp(target - Math.floor(height / 3), 0, Math.max(0, lines.length - height));
		return {title: `Evidence · ${safeInline(entity.name)} · ${safeInline(view.label)}`, lines, top, note: position(top, height, lines.length)};
	},
	targets: (view, model) => usesOf(view, model)?.length ?? 0,
	open(view, model) {
		const use = usesOf(view, model)?.[view.cursor];
		if (!use) return 'No sentence to open.';
		// The reader marks the sentence and opens with it in view (readerDetail.settle).
		return {...readerDetail.view(use.article), at: use.at >= 0 ? {start: use.at, end: use.at + use.sentence.length} : undefined};
	},
	copy(view, model) {
		const use = usesOf(view, model)?.[view.cursor];
		return use ? {text: safeInline(use.sentence), what: 'the sentence'} : null;
	},
};
