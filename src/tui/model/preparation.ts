// What the app builds ahead of use, as jobs in the order a user meets them. The idle scheduler
// (../idle.ts) runs them a slice at a time after the first frame, so a key typed meanwhile waits
// for one slice at most, and the first Enter or search later costs what every other one does.
import {once, type Job} from '../../index/job.js';
import type {Model} from './model.js';
import {PREPARED} from './framing.js';
import type {Entity} from '../../analysis/types.js';

/** A job made when it is first stepped (what it works on is made by the jobs before it). */
function lazy(make: () => Job): Job {
	let job: Job | undefined;
	return {step: (budget) => (job ??= make()).step(budget), finish: () => (job ??= make()).finish()};
}

/**
 * The first pane's search; the lookups an entity card or a statement row needs; the counts on the
 * first screens (the most named come first and take longest); the first items each pane warms
 * (cards, comparisons); the rest of the counts; the other panes' searches, the article marks, the
 * warm-ups that read them (story views), and last the searches marked as the largest. `width`: the
 * preview's, when a warm-up draws.
 */
export function preparation(model: Model, width: () => number = () => 80): Job[] {
	const {lookups, panes, registry} = model;
	const search = (id: string): Job[] => {
		const job = panes.search(id);
		return [job, once(() => job.warmUp())];
	};
	const [first, ...others] = registry.panes;
	const entityPane = registry.panes.find((p) => p.id === 'entities');
	const warm = (afterLinks: boolean) =>
		registry.panes.flatMap((spec) => {
			if (!spec.warm || (spec.warm.afterLinks ?? false) !== afterLinks) return [];
			const {first: count, run} = spec.warm;
			return panes.items(spec.id).slice(0, count).map((item) => once(() => run(item, model, width())));
		});
	// A pane's full-text index, when it was not read with the saved index (the corpus opened without
	// the cache): built right after the first pane's search, as searching articles is what comes first.
	const bodies = registry.panes.flatMap((spec) => panes.bodyJob(spec.id) ?? []);
	// Then the first letters of a full-text query, where they start words of most bodies.
	const prefixes = registry.panes.filter((spec) => spec.fullText).map((spec) => lazy(() => panes.matcher(spec.id).warmJob()));
	return [
		...(first ? search(first.id) : []),
		...bodies,
		...prefixes,
		lookups.jobs.speakers,
		lookups.jobs.entityIds,
		lookups.jobs.statementIds,
		lookups.jobs.firstCounts,
		model.framing.job,
		// The first entities' framing tables, a piece at a time: their cards (warmed next) draw at once.
		model.framing.prepare(() => entityPane ? (panes.items(entityPane.id) as Entity[]).slice(0, PREPARED) : []),
		...warm(false),
		lookups.jobs.counts,
		// The field terms' values (outlet:, speaker:, date: …), so a filter typed looks up values, not rows.
		...registry.panes.map((spec) => panes.fieldValues(spec.id)),
		...registry.panes.flatMap((spec) => spec.jobs?.(model) ?? []),
		...others.filter((p) => !p.searchLast).flatMap((p) => search(p.id)),
		lookups.jobs.links,
		...warm(true),
		...others.filter((p) => p.searchLast).flatMap((p) => search(p.id)),
	];
}
