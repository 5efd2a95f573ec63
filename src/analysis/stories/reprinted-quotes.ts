// A quote in two copies of one text is one rendering, not a link across outlets: a wire story run
// by two outlets, or one page crawled twice, prints the same words because it is the same text,
// not because two newsrooms heard the statement. The copies' renderings stay in the statement (the
// reader and the comparison show them, marked), but count in no outlet count and link nothing.
import {outletKey} from '../../corpus/summary.js';
import type {Article} from '../../corpus/types.js';
import type {Statement} from '../types.js';
import {byDate} from './dates.js';

/**
 * Marks each rendering whose article is a copy of another article rendering the same statement
 * (`reprintOf`: that article's id, the earliest such copy) and counts the statement's outlets
 * again without them. `reprints` maps the position of each copy to its original's (findReprints).
 * Statements are changed in place; true when any outlet count changed (their order may have too).
 */
export function markReprintedRenderings(statements: Statement[], articles: readonly Article[], reprints: ReadonlyMap<number, number>): boolean {
	if (reprints.size === 0) return false;
	const at = new Map(articles.map((a, i) => [a.id, i] as const));
	// Each rendering's text: its article's original (a position), the article itself when no copy.
	const textOf = (id: string): number | undefined => {
		const i = at.get(id);
		return i === undefined ? undefined : (reprints.get(i) ?? i);
	};
	let changed = false;
	for (const s of statements) {
		// The earliest article of each text among the statement's renderings keeps its rendering.
		const kept = new Map<number, Article>();
		for (const r of s.renderings) {
			const text = textOf(r.article);
			if (text === undefined) continue;
			const article = articles[at.get(r.article)!];
			const known = kept.get(text);
			if (!known || byDate(article, known) < 0) kept.set(text, article);
		}
		if (kept.size === s.renderings.length) continue;
		const outlets = new Set<string>();
		for (const r of s.renderings) {
			const text = textOf(r.article);
			const keeper = text === undefined ? undefined : kept.get(text);
			if (keeper && keeper.id !== r.article) r.reprintOf = keeper.id;
			else outlets.add(outletKey(r.outlet, r.article));
		}
		if (outlets.size !== s.outlets) {
			s.outlets = outlets.size;
			changed = true;
		}
	}
	return changed;
}
