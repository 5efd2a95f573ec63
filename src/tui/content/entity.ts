// The entity card: aliases, the framing table (the labels each outlet uses for it, counted), the
// descriptor phrases (folded behind d), the articles that name it and the statements it made. The
// table's rows, the articles and the statements are targets the cursor selects and Enter opens.
import type {Entity} from '../../analysis/types.js';
import type {Model} from '../model/model.js';
import {renderingShown, safeInline} from '../text/safe.js';
import {articleTitle} from './rows.js';
import {wrapIndented, wrapSegments, type Line, type Segment} from '../text/segments.js';
import {fit, truncate} from '../text/width.js';
import {pushAll} from '../../util/arrays.js';
import {plural} from '../../util/plural.js';
import {BY_GROUP} from '../model/framing.js';
import {framingBeingMade, framingSection} from './framing.js';

/** Lines that can be counted and sliced without being built: an Array, or a card drawn on demand. */
export interface LineList {
	readonly length: number;
	slice(start?: number, end?: number): Line[];
}

/** The lines `line(0…length-1)`, each built only when a slice asks for it. */
export function linesOnDemand(length: number, line: (i: number) => Line): LineList {
	return {
		length,
		slice(start = 0, end = length) {
			const out: Line[] = [];
			for (let i = Math.max(0, start); i < Math.min(end, length); i++) out.push(line(i));
			return out;
		},
	};
}

export interface EntityCard {
	/** Only the sliced lines are built, so an entity named in 40,000 articles costs what the screen shows. */
	lines: LineList;
	/** Selectable links: the framing table's rows, the articles naming the entity, then its statements. */
	targets: number;
	/** Links that are rows of the framing table (the first ones), and the label columns shown. */
	framingRows: number;
	columns: number;
	/** Line index of link `target`. */
	lineOf(target: number): number;
}

const TYPE_LABEL: Record<Entity['type'], string> = {person: 'person', organization: 'organization', place: 'place', other: 'other'};
// An outlet that labels an entity many ways shows the first few; the count says how many more.
const DESCRIPTORS_PER_OUTLET = 4;

/** Name, counts and aliases: built once per entity and width. */
function headLines(entity: Entity, model: Model, width: number): Line[] {
	return model.memo.byWidth('entity head', entity, width, () => buildHead(entity, model, width));
}

function buildHead(entity: Entity, model: Model, width: number): Line[] {
	const lines: Line[] = [];
	pushAll(lines, wrapSegments([{text: safeInline(entity.name), mark: 'title'}], width));
	const outlets = model.lookups.entityOutlets(entity);
	lines.push([
		{
			text: `${TYPE_LABEL[entity.type]} · ${plural(model.lookups.mentionTotal(entity), 'mention')} in ${plural(Object.keys(entity.mentions).length, 'article')} · ${plural(outlets.length, 'outlet')}`,
			mark: 'dim',
		},
	]);

	const aliases = entity.aliases.filter((a) => a !== entity.name);
	lines.push([], [{text: `Aliases (${aliases.length})`, mark: 'heading'}]);
	if (aliases.length === 0) lines.push([{text: '  none: every article uses the same name', mark: 'dim'}]);
	else {
		const segs: Segment[] = [];
		aliases.forEach((alias, i) => {
			if (i > 0) segs.push({text: ' · ', mark: 'dim'});
			segs.push({text: safeInline(alias), mark: 'entity'});
		});
		pushAll(lines, wrapIndented(segs, width));
	}
	lines.push([]);
	return lines;
}

/** The per-outlet descriptor phrases, shown when unfolded (d); folded, one line says how many. */
function descriptorLines(entity: Entity, model: Model, width: number, open: boolean): Line[] {
	return model.memo.byWidth('entity descriptors', entity, `${width}:${open}`, () => buildDescriptors(entity, model, width, open));
}

function buildDescriptors(entity: Entity, model: Model, width: number, open: boolean): Line[] {
	const lines: Line[] = [[], [{text: 'How each outlet describes it', mark: 'heading'}]];
	if (entity.descriptors.length === 0) {
		lines.push([{text: '  no descriptors found (no appositions or labels next to the name)', mark: 'dim'}]);
		return lines;
	}
	const byOutlet = new Map<string, Set<string>>();
	for (const d of entity.descriptors) {
		const outlet = safeInline(d.outlet ?? model.lookups.articleById.get(d.article)?.outlet ?? 'unknown outlet');
		const set = byOutlet.get(outlet) ?? new Set<string>();
		set.add(safeInline(d.text));
		byOutlet.set(outlet, set);
	}
	if (!open) {
		lines.push([{text: `  ${entity.descriptors.length} phrase${entity.descriptors.length === 1 ? '' : 's'} in ${byOutlet.size} outlet${byOutlet.size === 1 ? '' : 's'}, folded: d shows them`, mark: 'dim'}]);
		return lines;
	}
	const outletWidth = Math.min(22, Math.max(8, Math.floor(width / 4)));
	const textWidth = Math.max(10, width - outletWidth - 4);
	for (const [outlet, set] of byOutlet) {
		const texts = [...set];
		texts.slice(0, DESCRIPTORS_PER_OUTLET).forEach((text, i) => {
			const label = i === 0 ? fit(outlet, outletWidth) : ' '.repeat(outletWidth);
			wrapSegments([{text: `“${text}”`}], textWidth).forEach((line, k) => {
				lines.push([{text: '  '}, {text: k === 0 ? label : ' '.repeat(outletWidth), mark: 'speaker'}, {text: '  '}, ...line]);
			});
		});
		if (texts.length > DESCRIPTORS_PER_OUTLET) {
			lines.push([{text: `  ${' '.repeat(outletWidth)}  `}, {text: `and ${texts.length - DESCRIPTORS_PER_OUTLET} more`, mark: 'dim'}]);
		}
	}
	return lines;
}

/** How the card is shown: the selected label column of the framing table, the descriptors unfolded. */
export interface CardOptions {
	column?: number;
	descriptors?: boolean;
	/** The framing table's rows: ROW_KEYS index (0 outlets, 1 groups). */
	by?: number;
	/** Two group rows side by side under the table. */
	compare?: readonly [string, string];
}

/** The card at `width` with link `cursor` selected (-1: none, as in the preview). */
export function entityCard(entity: Entity, model: Model, width: number, cursor: number, options: CardOptions = {}): EntityCard {
	const head = headLines(entity, model, width);
	const by = options.by ?? 0;
	const compare = by === BY_GROUP ? options.compare : undefined;
	const table = model.framing.table(entity, by);
	const framing = table
		? model.memo.byWidth('entity framing', entity, `${width}\u0000${by}\u0000${compare?.join('\u0000') ?? ''}`, () =>
				framingSection(table, width, {by: by === BY_GROUP ? 'group' : 'outlet', compare}),
			)
		: framingBeingMade(by === BY_GROUP);
	const descriptors = descriptorLines(entity, model, width, options.descriptors === true);
	const articles = model.lookups.entityArticles(entity);
	const statements = model.lookups.entityStatements(entity);
	const rows = framing.rows.length;
	const column = Math.max(0, Math.min(options.column ?? 0, framing.columns.length - 1));
	// Line layout: head, the framing table (its rows are the first links), the descriptors, blank,
	// heading, article links (or "none"), blank, heading, statement links (or a note).
	const framingAt = head.length;
	const descriptorsAt = framingAt + framing.length;
	const articlesAt = descriptorsAt + descriptors.length + 2;
	const articleRows = Math.max(1, articles.length);
	const statementsAt = articlesAt + articleRows + 2;
	const length = statementsAt + Math.max(1, statements.length);

	const link = (index: number, text: string, extra: string): Line => {
		const selected = index === cursor;
		const body = truncate(`${selected ? '› ' : '  '}${text}`, Math.max(1, width - extra.length - 1));
		return [{text: body, mark: selected ? 'selected' : undefined}, {text: ` ${extra}`, mark: 'dim'}];
	};
	const line = (i: number): Line => {
		if (i < head.length) return head[i];
		if (i < descriptorsAt) return framing.line(i - framingAt, cursor, column);
		if (i < articlesAt - 2) return descriptors[i - descriptorsAt];
		if (i === articlesAt - 2 || i === statementsAt - 2) return [];
		if (i === articlesAt - 1) return [{text: `Articles naming it (${articles.length})`, mark: 'heading'}];
		if (i === statementsAt - 1) return [{text: `Statements (${statements.length})`, mark: 'heading'}];
		if (i < statementsAt - 2) {
			const a = articles[i - articlesAt];
			if (!a) return [{text: '  none', mark: 'dim'}];
			return link(rows + i - articlesAt, `${a.published ?? 'undated'}  ${safeInline(a.outlet ?? 'unknown')}  ${articleTitle(a)}`, `×${entity.mentions[a.id]}`);
		}
		const s = statements[i - statementsAt];
		if (!s) return [{text: '  no linked statements yet: nothing it said appears in two articles', mark: 'dim'}];
		return link(rows + articles.length + i - statementsAt, renderingShown(s.renderings[0]), `${s.outlets} outlet${s.outlets === 1 ? '' : 's'}`);
	};
	return {
		lines: linesOnDemand(length, line),
		targets: rows + articles.length + statements.length,
		framingRows: rows,
		columns: framing.columns.length,
		lineOf: (target) => (target < rows ? framingAt + framing.firstRow + target : target < rows + articles.length ? articlesAt + target - rows : statementsAt + target - rows - articles.length),
	};
}
