// The entity card: aliases, how each outlet describes the entity, the articles that name it and
// the statements it made. The last two are targets the cursor can select and Enter opens.
import type {Entity} from '../../analysis/types.js';
import type {Model} from '../state/model.js';
import {safeInline} from '../text/safe.js';
import {wrapSegments, type Line, type Segment} from '../text/segments.js';
import {fit, truncate} from '../text/width.js';

export type CardTarget = {kind: 'article'; id: string} | {kind: 'comparison'; id: string};

export interface EntityCard {
	lines: Line[];
	/** Selectable lines, in order: the line index and what Enter opens. */
	targets: {line: number; target: CardTarget}[];
}

const TYPE_LABEL: Record<Entity['type'], string> = {person: 'person', organization: 'organization', place: 'place', other: 'other'};

export function entityTargets(entity: Entity, model: Model): CardTarget[] {
	return [
		...model.entityArticles(entity).map((a): CardTarget => ({kind: 'article', id: a.id})),
		...model.entityStatements(entity).map((s): CardTarget => ({kind: 'comparison', id: s.id})),
	];
}

export function entityCard(entity: Entity, model: Model, width: number, cursor: number): EntityCard {
	const lines: Line[] = [];
	const targets: EntityCard['targets'] = [];
	const heading = (text: string) => {
		lines.push([]);
		lines.push([{text, mark: 'heading'}]);
	};
	lines.push(...wrapSegments([{text: safeInline(entity.name), mark: 'title'}], width));
	const outlets = model.entityOutlets(entity);
	lines.push([
		{
			text: `${TYPE_LABEL[entity.type]} · ${model.mentionTotal(entity)} mentions in ${Object.keys(entity.mentions).length} articles · ${outlets.length} outlets`,
			mark: 'dim',
		},
	]);

	const aliases = entity.aliases.filter((a) => a !== entity.name);
	heading(`Aliases (${aliases.length})`);
	if (aliases.length === 0) lines.push([{text: '  none: every article uses the same name', mark: 'dim'}]);
	else {
		const segs: Segment[] = [{text: '  '}];
		aliases.forEach((alias, i) => {
			if (i > 0) segs.push({text: ' · ', mark: 'dim'});
			segs.push({text: safeInline(alias), mark: 'entity'});
		});
		lines.push(...wrapSegments(segs, width));
	}

	heading('How each outlet describes it');
	if (entity.descriptors.length === 0) lines.push([{text: '  no descriptors found (no appositions or labels next to the name)', mark: 'dim'}]);
	else {
		const byOutlet = new Map<string, string[]>();
		for (const d of entity.descriptors) {
			const outlet = safeInline(d.outlet ?? model.articleById.get(d.article)?.outlet ?? 'unknown outlet');
			const list = byOutlet.get(outlet) ?? [];
			const text = safeInline(d.text);
			if (!list.includes(text)) list.push(text);
			byOutlet.set(outlet, list);
		}
		const outletWidth = Math.min(22, Math.max(8, Math.floor(width / 4)));
		for (const [outlet, texts] of byOutlet) {
			texts.forEach((text, i) => {
				const label = i === 0 ? fit(outlet, outletWidth) : ' '.repeat(outletWidth);
				const wrapped = wrapSegments([{text: `“${text}”`}], Math.max(10, width - outletWidth - 4));
				wrapped.forEach((line, k) => {
					lines.push([{text: '  '}, {text: k === 0 ? label : ' '.repeat(outletWidth), mark: 'speaker'}, {text: '  '}, ...line]);
				});
			});
		}
	}

	const select = (target: CardTarget, text: string, extra: string) => {
		const index = targets.length;
		const selected = index === cursor;
		targets.push({line: lines.length, target});
		const body = truncate(`${selected ? '› ' : '  '}${text}`, Math.max(1, width - extra.length - 1));
		lines.push([{text: body, mark: selected ? 'selected' : undefined}, {text: ` ${extra}`, mark: 'dim'}]);
	};

	const articles = model.entityArticles(entity);
	heading(`Articles naming it (${articles.length})`);
	if (articles.length === 0) lines.push([{text: '  none', mark: 'dim'}]);
	for (const a of articles) {
		select({kind: 'article', id: a.id}, `${a.published ?? 'undated'}  ${safeInline(a.outlet ?? 'unknown')}  ${safeInline(a.title) || '(untitled)'}`, `×${entity.mentions[a.id]}`);
	}

	const statements = model.entityStatements(entity);
	heading(`Statements (${statements.length})`);
	if (statements.length === 0) lines.push([{text: '  no linked statements yet: nothing it said appears in two articles', mark: 'dim'}]);
	for (const s of statements) {
		select({kind: 'comparison', id: s.id}, `“${safeInline(s.renderings[0]?.text)}”`, `${s.outlets} outlets`);
	}
	return {lines, targets};
}
