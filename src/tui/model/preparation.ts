// What the app builds ahead of use, as jobs in the order a user meets them. The idle scheduler
// (../idle.ts) runs them a slice at a time after the first frame, so a key typed meanwhile waits
// for one slice at most, and the first Enter or search later costs what every other one does.
import {once, type Job} from '../../index/job.js';
import type {Model} from './model.js';
import {PREPARED} from './framing.js';
import type {Entity} from '../../analysis/types.js';

/** Entities whose counts are gathered first: a few screens of a list of them. */
const FIRST_SCREENS = 100;

/**
 * The first pane's search; the lookups an entity card or a statement row needs; the counts on the
 * first screens (the most named come first and take longest); the first items each pane warms
 * (cards, comparisons); the rest of the counts; the other panes' searches, the article marks, and
 * last the searches marked as the largest. `width`: the preview's, when a warm-up draws.
 */
export function preparation(model: Model, width: () => number = () => 80): Job[] {
	const {lookups, panes, registry} = model;
	const search = (id: string): Job[] => {
		const job = panes.search(id);
		return [job, once(() => job.warmUp())];
	};
	const [first, ...others] = registry.panes;
	const entityPane = registry.panes.find((p) => p.id === 'entities');
	const warm = registry.panes.flatMap((spec) => {
		if (!spec.warm) return [];
		const {first: count, run} = spec.warm;
		return panes.items(spec.id).slice(0, count).map((item) => once(() => run(item, model, width())));
	});
	// A pane's full-text index, when it was not read with the saved index (the corpus opened without
	// the cache): built right after the first pane's search, as searching articles is what comes first.
	const bodies = registry.panes.flatMap((spec) => panes.bodyJob(spec.id) ?? []);
	return [
		...(first ? search(first.id) : []),
		...bodies,
		lookups.jobs.speakers,
		lookups.jobs.entityIds,
		lookups.jobs.statementIds,
		lookups.jobs.counts.upTo(FIRST_SCREENS),
		model.framing.job,
		// The first entities' framing tables, a piece at a time: their cards (warmed next) draw at once.
		model.framing.prepare(() => entityPane ? (panes.items(entityPane.id) as Entity[]).slice(0, PREPARED) : []),
		...warm,
		lookups.jobs.counts,
		...registry.panes.flatMap((spec) => spec.jobs?.(model) ?? []),
		...others.filter((p) => !p.searchLast).flatMap((p) => search(p.id)),
		lookups.jobs.links,
		...others.filter((p) => p.searchLast).flatMap((p) => search(p.id)),
	];
}
