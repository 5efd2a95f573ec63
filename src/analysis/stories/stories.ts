// Story grouping: articles that report the same event become one story. Features (features.ts)
// → candidate pairs through an inverted index (candidates.ts) → average-linkage clusters
// (cluster.ts) → stories with a title, a date span, outlets and coverage by outlet group.
import {createHash} from 'node:crypto';
import {groupOf} from '../../corpus/groups.js';
import type {Article} from '../../corpus/types.js';
import type {Entity, Statement} from '../types.js';
import {articleWeekdays} from './calendar.js';
import {candidatePairs, dateFactor, type Pair} from './candidates.js';
import {averageLinkage, localScale} from './cluster.js';
import {byDate, dayNumber} from './dates.js';
import {cosine, storyFeatures, type LeadWords} from './features.js';
import {findReprints} from './reprints.js';
import type {Story} from './types.js';

export type {Story} from './types.js';

export interface StoryOptions {
	/** Least similarity of two articles to start a story (default LINK). */
	link?: number;
	/** Least mean similarity across two groups for them to merge (default MEAN). */
	mean?: number;
	/** Least unscaled similarity to start a merge (default RAW_LINK). */
	rawLink?: number;
	/** The corpus's reprints (findReprints), when the caller has them already. */
	reprints?: ReadonlyMap<number, number>;
	/** The articles' lead words (features.ts), when counted elsewhere already. */
	lead?: LeadWords;
}

// Tuned on news roundups; scaled similarities (cluster.ts) keep them from depending on the corpus.
const LINK = 0.25;
const MEAN = 0.25;
/** Raw similarities under this are not kept as pairs: too weak to matter after scaling. */
const FLOOR = 0.03;
/**
 * Least unscaled similarity to start a merge: in a small or one-topic corpus every article's
 * surroundings are alike, and scaling alone would let two loosely alike articles link.
 */
const RAW_LINK = 0.18;

function makeStory(members: Article[], central: Article, originalOf: ReadonlyMap<Article, Article>): Story {
	const articles = [...members].sort(byDate);
	const dates = articles.map((a) => a.published).filter((d): d is string => d !== null);
	const outlets = [...new Set(articles.map((a) => a.outlet).filter((o): o is string => o !== null))];
	const groups: Record<string, number> = {};
	const reprints: Record<string, string> = {};
	for (const a of articles) {
		const original = originalOf.get(a);
		// A copy of another article is no coverage of its own: its group counts the original once.
		if (original) {
			reprints[a.id] = original.id;
			continue;
		}
		const g = groupOf(a);
		if (g) groups[g] = (groups[g] ?? 0) + 1;
	}
	const ids = articles.map((a) => a.id);
	const id = createHash('sha256').update([...ids].sort().join('\n')).digest('hex').slice(0, 12);
	return {id, title: central.title, first: dates[0] ?? null, last: dates[dates.length - 1] ?? null, articles: ids, outlets, groups, reprints};
}

/**
 * Every copy of one text in one story: the original's, else the first copy's that has one, else a
 * new story of the copies. A story left with one article is no story.
 */
function gatherCopies(n: number, clusters: number[][], reprints: ReadonlyMap<number, number>): number[][] {
	const storyOf = new Int32Array(n).fill(-1);
	clusters.forEach((c, k) => c.forEach((p) => (storyOf[p] = k)));
	const copies = new Map<number, number[]>();
	for (const [copy, original] of reprints) (copies.get(original) ?? copies.set(original, [original]).get(original)!).push(copy);
	const out = clusters.map((c) => new Set(c));
	for (const group of copies.values()) {
		let target = group.map((p) => storyOf[p]).find((k) => k >= 0);
		if (target === undefined) target = out.push(new Set()) - 1;
		for (const p of group) {
			if (storyOf[p] >= 0) out[storyOf[p]].delete(p);
			out[target].add(p);
			storyOf[p] = target;
		}
	}
	return out.filter((c) => c.size > 1).map((c) => [...c].sort((x, y) => x - y));
}

/** Most outlets first, then most articles, then the newest, then by id. */
function storyOrder(a: Story, b: Story): number {
	return (
		b.outlets.length - a.outlets.length ||
		b.articles.length - a.articles.length ||
		(b.last ?? '').localeCompare(a.last ?? '') ||
		a.id.localeCompare(b.id)
	);
}

/** The stories of a corpus (two or more articles each; an article in none stands alone). */
export function groupStories(articles: readonly Article[], entities: readonly Entity[], statements: readonly Statement[], options: StoryOptions = {}): Story[] {
	if (articles.length < 2) return [];
	const link = options.link ?? LINK;
	const mean = options.mean ?? MEAN;
	const features = storyFeatures(articles, entities, statements, options.lead);
	const days = Float64Array.from(articles, (a) => dayNumber(a.published));
	const outletIds = new Map<string, number>();
	const outlets = Int32Array.from(articles, (a) => (a.outlet ? (outletIds.get(a.outlet) ?? outletIds.set(a.outlet, outletIds.size).get(a.outlet)!) : -1));
	const pairs: Pair[] = localScale(articles.length, candidatePairs(features, {days, outlets, weekdays: Uint8Array.from(articles, articleWeekdays), floor: FLOOR}));
	const reprints = options.reprints ?? findReprints(articles);
	const originalOf = new Map([...reprints].map(([copy, original]) => [articles[copy], articles[original]] as const));
	const clusters = gatherCopies(articles.length, averageLinkage(articles.length, pairs, {link, mean, rawLink: options.rawLink ?? RAW_LINK}), reprints);
	const stories = clusters.map((positions) => {
		// The most central article: the highest total similarity to the others.
		let central = positions[0];
		let best = -1;
		for (const x of positions) {
			let sum = 0;
			for (const y of positions) if (x !== y) sum += cosine(features.vectors[x], features.vectors[y]) * dateFactor(days[x], days[y]);
			if (sum > best + 1e-9 && articles[x].title && !reprints.has(x)) [central, best] = [x, sum];
		}
		return makeStory(positions.map((p) => articles[p]), articles[central], originalOf);
	});
	return stories.sort(storyOrder);
}
