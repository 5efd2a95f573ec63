// The Stories pane (dates, outlets, articles, coverage by group, blindspot mark, title) and the
// story view it opens, whose links (the story's articles) Enter opens in the reader.
import type {Story} from '../../analysis/stories/types.js';
import {missing, position} from '../content/detail.js';
import {corpusGroups, coverageBar, isBlindspot, storyCard, storyJobs} from '../content/story.js';
import {clamp} from '../state/window.js';
import {safeInline} from '../text/safe.js';
import {fit, fitRight} from '../text/width.js';
import {readerDetail} from './articles.js';
import type {DetailSpec, PaneSpec} from './types.js';

export interface StoryView {
	kind: 'story';
	id: string;
	/** The selected article; -1 (the preview) selects none. */
	cursor: number;
	/** The first line shown (absent: the top). */
	scroll?: number;
}

const BAR = 8;

function storyById(id: string, stories: readonly Story[] | undefined): Story | undefined {
	return stories?.find((s) => s.id === id);
}

export const storyDetail: DetailSpec<StoryView> = {
	kind: 'story',
	name: 'story',
	view: (id) => ({kind: 'story', id, cursor: 0}),
	preview: (id) => ({kind: 'story', id, cursor: -1}),
	content(view, model, width, height, brackets) {
		const story = storyById(view.id, model.index.stories);
		if (!story) return missing('Story', 'This story is not in the index.');
		const card = storyCard(story, model, width, view.cursor, brackets);
		// The story opens at its top (title, timeline, coverage); moves keep the selected article shown (link-scroll.ts).
		const top = view.cursor < 0 ? 0 : clamp(view.scroll ?? 0, 0, Math.max(0, card.lines.length - height));
		return {title: `Story · ${story.outlets.length} outlets`, lines: card.lines, top, note: position(top, height, card.lines.length)};
	},
	targets: (view, model) => storyById(view.id, model.index.stories)?.articles.length ?? 0,
	lineOf(view, model, width, target) {
		const story = storyById(view.id, model.index.stories);
		return story ? storyCard(story, model, width, view.cursor).lineOf(target) : 0;
	},
	open(view, model) {
		const story = storyById(view.id, model.index.stories);
		if (!story) return 'This story is not in the index.';
		const id = story.articles[clamp(view.cursor, 0, story.articles.length - 1)];
		return id ? readerDetail.view(id) : 'Nothing to open: this story has no articles.';
	},
	copy(view, model) {
		const story = storyById(view.id, model.index.stories);
		return story ? {text: safeInline(story.title), what: 'the story title'} : null;
	},
};

const dates = (s: Story) => (!s.first ? 'undated' : s.first === s.last ? s.first : `${s.first.slice(5)}–${s.last!.slice(5)}`);

export const storiesPane: PaneSpec<Story> = {
	id: 'stories',
	label: 'Stories',
	key: '4',
	items: (index) => index.stories ?? [],
	header: (width) => fit(`${fit('DATES', 11)}${fitRight('OUT', 4)}${fitRight('ART', 4)}  ${fit('COVERAGE', BAR)}   TITLE`, width),
	row(story, model, width) {
		const order = corpusGroups(model);
		const bar = order.length ? coverageBar(story, order, BAR) : fit('', BAR);
		const mark = isBlindspot(story, order) ? '!' : ' ';
		return fit(`${fit(dates(story), 11)}${fitRight(String(story.outlets.length), 4)}${fitRight(String(story.articles.length), 4)}  ${bar} ${mark} ${safeInline(story.title) || '(untitled)'}`, width);
	},
	search: (s) => [s.title ?? '', ...s.outlets, ...Object.keys(s.groups), s.first ?? ''],
	fields: {
		outlet: (s) => s.outlets,
		group: (s) => Object.keys(s.groups),
		date: (s) => [s.first, s.last],
	},
	// s / S sort by any of them (the header marks it), as in every pane.
	columns: [
		{name: 'DATES', key: (s) => s.last ?? null, descending: true},
		{name: 'OUT', key: (s) => s.outlets.length, descending: true},
		{name: 'ART', key: (s) => s.articles.length, descending: true},
		{name: 'TITLE', key: (s) => s.title ?? null},
	],
	sortedBy: 1,
	// The index lists them covered by the most outlets first.
	orders: [{trail: 'most outlets first', said: () => 'Stories: most outlets first.'}],
	filters: [],
	toggles: [],
	detail: storyDetail,
	jobs: storyJobs,
	// The first stories' views drawn once in idle time, as the other panes' first cards are; after
	// the article links, which their "most named" reads (a view would otherwise build them at once).
	warm: {first: 3, afterLinks: true, run: (story, model, width) => void storyCard(story, model, width, -1)},
	copy: (s) => ({text: safeInline(s.title), what: 'the story title'}),
	empty: ['No stories yet.', 'A story appears here when two or more articles report the same event.'],
};
