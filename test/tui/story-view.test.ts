// The story view's headlines marked where they differ from the story's title (the comparison's
// marking), its reprint lines, and the Articles row's group tag and reprint mark.
import {describe, expect, it} from 'vitest';
import type {Story} from '../../src/analysis/stories/types.js';
import {storyCard} from '../../src/tui/content/story.js';
import {articleRow} from '../../src/tui/content/rows.js';
import {Model} from '../../src/tui/model/model.js';
import {makeArticle} from '../fixtures/article.js';

const orig = makeArticle({id: 'o', outlet: 'Wire Service', published: '2031-03-03', title: 'Dock strike halts Velmar port', body: 'Dockworkers walked out.'});
const copy = makeArticle({id: 'c', outlet: 'Valley Radio', published: '2031-03-05', title: 'Dock strike halts Velmar port', body: 'Dockworkers walked out.'});
const own = makeArticle({id: 'w', outlet: 'Plain Post', published: '2031-03-04', title: 'Velmar port shut as union walks out', body: 'The union walked out.'});
const story: Story = {id: 'st', title: orig.title, first: '2031-03-03', last: '2031-03-05', articles: ['o', 'w', 'c'], outlets: ['Wire Service', 'Plain Post', 'Valley Radio'], groups: {}, reprints: {c: 'o'}};
const model = new Model({name: 't', articles: [orig, own, copy], entities: [], statements: [], stories: [story], warnings: [], files: []} as never);
const text = (brackets: boolean) => storyCard(story, model, 100, 0, brackets).lines.map((l) => l.map((s) => s.text).join(''));

describe('the story view', () => {
	it("marks each headline's words the title lacks, in braces without colour", () => {
		const line = text(true).find((l) => l.includes('Plain Post') && l.includes('Velmar'))!;
		expect(line).toContain('{+shut as union walks out+}');
		expect(line).not.toContain('{+Velmar');
		const marked = storyCard(story, model, 100, 0).lines.find((l) => l.some((s) => s.text.includes('Plain Post')) && l.some((s) => s.text.includes('Velmar')))!;
		expect(marked.filter((s) => s.mark === 'diff').map((s) => s.text.trim())).toEqual(['shut as union walks out']);
	});

	it('says who reprinted whom, and keeps the reprint out of the timeline', () => {
		const lines = text(false);
		expect(lines.find((l) => l.includes('reprinted'))).toMatch(/Valley Radio reprinted Wire Service \+2 d/);
		expect(lines.find((l) => l.startsWith('Timeline'))).toMatch(/first: Wire Service 2031-03-03 · Plain Post \+1 d$/);
		expect(lines.find((l) => l.includes('Valley Radio') && l.includes('reprint of'))).toContain('(reprint of Wire Service)');
	});
});

describe('the Articles row', () => {
	it("tags the outlet with its group and marks a reprint", () => {
		expect(articleRow({...own, group: 'Russian state media'}, 80, 'Russian state media')).toMatch(/Plain Post +\[RSM\] +Velmar/);
		expect(articleRow(own, 80, 'center', true)).toMatch(/\[center\] +\[reprint\] Velmar/);
		expect(articleRow(own, 80)).not.toContain('[');
	});
});
