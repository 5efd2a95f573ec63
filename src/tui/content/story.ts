// The Stories pane's row parts (coverage bar, blindspot mark) and the story view: its timeline,
// coverage by outlet group, headlines by outlet, the statements its articles share, the entities
// it names most, and its articles as links the cursor selects and Enter opens in the reader.
import {wordsAdded} from '../../analysis/compare.js';
import type {Story} from '../../analysis/stories/types.js';
import {timeline, timelineText} from '../../analysis/stories/timeline.js';
import {groupOf} from '../../corpus/groups.js';
import type {Article} from '../../corpus/types.js';
import type {Entity, Statement} from '../../analysis/types.js';
import type {Model} from '../model/model.js';
import {renderingShown, safeInline} from '../text/safe.js';
import {wrapIndented, wrapSegments, type Line, type Segment} from '../text/segments.js';
import {fit, truncate} from '../text/width.js';
import {articleTitle} from './rows.js';
import {pushAll} from '../../util/arrays.js';
import {Sweep, type Job} from '../../index/job.js';

/** One block character per group, darkest first: told apart without colour (NO_COLOR). */
const SHADES = ['█', '▓', '▒', '░'];
/** Articles without a group. */
const NO_GROUP = '·';

/** Groups in a fixed order (by name), so a bar's shades mean the same group on every row. */
export function storyGroups(story: Story): Array<[string, number]> {
	return Object.entries(story.groups).sort((a, b) => a[0].localeCompare(b[0]));
}

/** The shade of the `k`th group of the corpus's groups (more than four share the lightest). */
const shade = (k: number) => SHADES[Math.min(k, SHADES.length - 1)];

/** A coverage bar of `width` cells: each group's share of the story's articles, then the ungrouped. */
export function coverageBar(story: Story, groupOrder: readonly string[], width: number): string {
	const total = independent(story);
	if (total === 0 || width <= 0) return '';
	let bar = '';
	let used = 0;
	let counted = 0;
	for (const [group, n] of storyGroups(story)) {
		counted += n;
		// Cells by cumulative share, so rounding never loses or adds a cell overall.
		const upto = Math.round((counted / total) * width);
		bar += shade(Math.max(0, groupOrder.indexOf(group))).repeat(Math.max(n > 0 ? 1 : 0, upto - used));
		used = bar.length;
	}
	return (bar + NO_GROUP.repeat(Math.max(0, width - bar.length))).slice(0, width);
}

/** Reprints of the story's articles by article id (none in an index saved before reprints were found). */
const reprintsOf = (story: Story): Record<string, string> => story.reprints ?? {};

/** Articles that are no copy of another: the story's coverage. */
const independent = (story: Story) => story.articles.length - Object.keys(reprintsOf(story)).length;

/** Every reprint of the index's stories → the article it copies, once per index (the Articles pane marks them). */
export function reprintOriginals(model: Model): Map<string, string> {
	return model.memo.byWidth('reprint originals', model.index, 0, () => new Map((model.index.stories ?? []).flatMap((s) => Object.entries(reprintsOf(s)))));
}

/** Only one group covered it, in a corpus with several: what the others did not report. */
export function isBlindspot(story: Story, groupOrder: readonly string[]): boolean {
	return groupOrder.length > 1 && Object.keys(story.groups).length === 1;
}

/** Every group the index's stories name, by name. */
export function corpusGroups(model: Model): string[] {
	return model.memo.byWidth('story groups', model.index, 0, () => [...new Set((model.index.stories ?? []).flatMap((s) => Object.keys(s.groups)))].sort());
}

/**
 * Statements rendered in two or more articles, by those articles, for the story view: one pass over
 * the statements per index, a job the idle preparation runs ahead (storyJobs) and a card finishes.
 */
class StatementsByArticle {
	readonly map = new Map<string, Statement[]>();
	readonly job: Sweep;

	constructor(statements: readonly Statement[]) {
		this.job = new Sweep(
			() => statements.length,
			(k) => {
				const s = statements[k];
				// A statement of one rendering is in no two articles: most of them, skipped at once.
				if (s.renderings.length < 2) return 1;
				for (const id of new Set(s.renderings.map((r) => r.article))) {
					const list = this.map.get(id);
					if (list) list.push(s);
					else this.map.set(id, [s]);
				}
				return s.renderings.length;
			},
		);
	}
}

const statementsIndex = (model: Model) => model.memo.byWidth('statements by article', model.index, 0, () => new StatementsByArticle(model.index.statements));

function statementsByArticle(model: Model): Map<string, Statement[]> {
	const built = statementsIndex(model);
	built.job.finish();
	return built.map;
}

/** What the story view needs ahead of its first opening: the statements by article. */
export const storyJobs = (model: Model): Job[] => [statementsIndex(model).job];

export interface StoryCard {
	lines: Line[];
	/** The story's articles, in date order: the links. */
	articles: Article[];
	lineOf(target: number): number;
}

const ENTITIES_SHOWN = 8;
const STATEMENTS_SHOWN = 8;

/** The story view at `width`, with article `cursor` selected (-1: none, as in the preview). */
export function storyCard(story: Story, model: Model, width: number, cursor: number, brackets = false): StoryCard {
	const articles = story.articles.map((id) => model.lookups.articleById.get(id)).filter((a): a is Article => a !== undefined);
	// The preview (no article selected) never builds a corpus-wide lookup at once: what the idle
	// preparation has not gathered yet says so, and the view is made again once it has.
	// Opened, they are made now on a small index, or asked for in the next idle turns on a large one.
	const partial = cursor < 0;
	const byArticle = statementsIndex(model).job;
	const statementsReady = byArticle.done || (!partial && model.ensure(byArticle, () => byArticle.done));
	const namesReady = model.linksIn(partial);
	const head = model.memo.byWidth('story head', story, `${width}:${brackets}:${statementsReady}:${namesReady}`, () => headLines(story, articles, model, width, brackets, statementsReady, namesReady));
	const lines: Line[] = [...head, [], [{text: `Articles (${articles.length})`, mark: 'heading'}]];
	const first = lines.length;
	articles.forEach((a, i) => {
		const selected = i === cursor;
		const original = model.lookups.articleById.get(reprintsOf(story)[a.id]);
		const copy = original ? `  (reprint of ${safeInline(original.outlet) || 'unknown'})` : '';
		const text = `${selected ? '› ' : '  '}${a.published ?? 'undated   '}  ${fit(safeInline(a.outlet) || 'unknown', 18)}  ${articleTitle(a)}${copy}`;
		lines.push([{text: truncate(text, Math.max(1, width)), mark: selected ? 'selected' : undefined}]);
	});
	return {lines, articles, lineOf: (target) => first + target};
}

const GATHERING: Line = [{text: '  being gathered: shown when ready', mark: 'dim'}];

function headLines(story: Story, articles: Article[], model: Model, width: number, brackets: boolean, statementsReady: boolean, namesReady: boolean): Line[] {
	const lines: Line[] = [];
	pushAll(lines, wrapSegments([{text: safeInline(story.title) || '(untitled)', mark: 'title'}], width));
	const dates = !story.first ? 'undated' : story.first === story.last ? story.first : `${story.first} – ${story.last}`;
	lines.push([{text: `${dates} · ${articles.length} articles · ${story.outlets.length} outlets`, mark: 'dim'}]);
	// A reprint is not a report of its own: the timeline's first and lags are the originals'.
	const reprints = reprintsOf(story);
	pushAll(lines, wrapSegments([{text: 'Timeline  ', mark: 'dim'}, {text: safeInline(timelineText(timeline(articles.filter((a) => !(a.id in reprints)))))}], width));
	for (const a of articles) {
		const original = model.lookups.articleById.get(reprints[a.id]);
		if (!original) continue;
		const lag = a.published && original.published ? ` ${lagText(original.published, a.published)}` : '';
		const who = `${safeInline(a.outlet) || 'unknown'} reprinted ${safeInline(original.outlet) || 'unknown'}${a.outlet === original.outlet ? ' (its own article again)' : ''}${lag}`;
		pushAll(lines, wrapSegments([{text: 'Reprint   ', mark: 'dim'}, {text: who, mark: 'warn'}], width));
	}

	const order = corpusGroups(model);
	if (order.length > 0) {
		const legend = storyGroups(story)
			.map(([g, n]) => `${shade(Math.max(0, order.indexOf(g)))} ${safeInline(g)} ${n}`)
			.join('  ');
		const ungrouped = independent(story) - storyGroups(story).reduce((sum, [, n]) => sum + n, 0);
		lines.push([{text: 'Coverage  '}, {text: coverageBar(story, order, 20)}, {text: `  ${legend}${ungrouped ? `  ${NO_GROUP} no group ${ungrouped}` : ''}`, mark: 'dim'}]);
		if (isBlindspot(story, order)) {
			const others = order.filter((g) => !(g in story.groups));
			pushAll(lines, wrapIndented([{text: `! Blindspot: only ${safeInline(Object.keys(story.groups)[0])} outlets covered it (none from ${others.map(safeInline).join(', ')})`, mark: 'warn'}], width));
		}
	}

	// Words of each headline that the story's title lacks are marked, as the comparison marks a rendering's.
	lines.push([], [{text: 'Headlines by outlet', mark: 'heading'}, {text: '  (words not in the title marked)', mark: 'dim'}]);
	const outletWidth = Math.min(24, Math.max(10, Math.floor(width / 4)));
	for (const a of articles) {
		const group = groupOf(a);
		const label = fit(`${safeInline(a.outlet) || 'unknown'}${group ? ` (${safeInline(group)})` : ''}`, outletWidth);
		wrapSegments(headlineSegments(story, a, brackets), Math.max(10, width - outletWidth - 4)).forEach((line, k) => {
			lines.push([{text: '  '}, {text: k === 0 ? label : ' '.repeat(outletWidth), mark: 'speaker'}, {text: '  '}, ...line]);
		});
	}

	if (statementsReady) sharedLines(lines, story, articles, model, width);
	else lines.push([], [{text: 'Statements quoted in more than one of its articles', mark: 'heading'}], GATHERING);

	lines.push([], [{text: 'Most named', mark: 'heading'}]);
	if (!namesReady) {
		lines.push(GATHERING);
		return lines;
	}
	const counts = new Map<Entity, number>();
	for (const a of articles) for (const e of model.lookups.articleEntities(a)) counts.set(e, (counts.get(e) ?? 0) + (e.mentions[a.id] ?? 0));
	const top = [...counts].sort((x, y) => y[1] - x[1]).slice(0, ENTITIES_SHOWN);
	if (top.length === 0) lines.push([{text: '  no names found', mark: 'dim'}]);
	else pushAll(lines, wrapIndented(top.flatMap(([e, n], i) => [...(i > 0 ? [{text: ' · ', mark: 'dim' as const}] : []), {text: safeInline(e.name), mark: 'entity' as const}, {text: ` ${n}`, mark: 'dim' as const}]), width));
	return lines;
}

/** The statements two or more of the story's articles quote, most outlets first. */
function sharedLines(lines: Line[], story: Story, articles: Article[], model: Model, width: number): void {
	const inStory = new Set(story.articles);
	const byArticle = statementsByArticle(model);
	const shared = [...new Set(articles.flatMap((a) => byArticle.get(a.id) ?? []))]
		.map((s) => ({s, outlets: [...new Set(s.renderings.filter((r) => inStory.has(r.article)).map((r) => r.outlet ?? r.article))]}))
		.filter((x) => new Set(x.s.renderings.filter((r) => inStory.has(r.article)).map((r) => r.article)).size > 1)
		.sort((x, y) => y.outlets.length - x.outlets.length);
	lines.push([], [{text: `Statements quoted in more than one of its articles (${shared.length})`, mark: 'heading'}]);
	if (shared.length === 0) lines.push([{text: '  none', mark: 'dim'}]);
	for (const {s, outlets} of shared.slice(0, STATEMENTS_SHOWN)) {
		pushAll(lines, wrapIndented([{text: renderingShown(s.renderings.find((r) => inStory.has(r.article)))}, {text: `  ${outlets.map(safeInline).join(', ')}`, mark: 'dim'}], width));
	}
	if (shared.length > STATEMENTS_SHOWN) lines.push([{text: `  and ${shared.length - STATEMENTS_SHOWN} more`, mark: 'dim'}]);
}

/** "+2 d" after the original, "same day", or "-1 d" (a copy dated before what it copies: dates as given). */
function lagText(original: string, copy: string): string {
	const days = Math.round((Date.parse(copy) - Date.parse(original)) / 86_400_000);
	return days === 0 ? 'the same day' : `${days > 0 ? '+' : ''}${days} d`;
}

/**
 * An article's headline with the words the story's title lacks marked (the title's own article
 * unmarked); without colour, in the comparison's {+braces+}.
 */
function headlineSegments(story: Story, article: Article, brackets: boolean): Segment[] {
	const title = article.title ?? '';
	if (!story.title || !title || title === story.title) return [{text: articleTitle(article)}];
	return wordsAdded(story.title, title).map((run) => {
		const text = safeInline(run.text);
		if (run.type === 'same') return {text};
		return {text: brackets ? `{+${text}+}` : text, mark: 'diff'};
	});
}
