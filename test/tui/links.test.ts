import {describe, expect, it} from 'vitest';
import type {Entity} from '../../src/analysis/types.js';
import {runJobs} from '../../src/tui/idle.js';
import {nameSpans} from '../../src/tui/model/links.js';
import {Model} from '../../src/tui/model/model.js';
import {preparation} from '../../src/tui/model/preparation.js';
import {articleLines} from '../../src/tui/content/article.js';
import {entityCard} from '../../src/tui/content/entity.js';
import {articleRow} from '../../src/tui/content/rows.js';
import {sampleIndex} from './fixtures.js';

const entity = (name: string, aliases: string[] = []): Entity => ({id: name, type: 'person', name, aliases: [name, ...aliases], mentions: {}, spans: [], descriptors: []});

describe('nameSpans', () => {
	it('marks whole-word names, the longer form where two overlap', () => {
		const body = 'Ilse Varga met Varga and Vargas; Ilse Vargaro left.';
		const spans = nameSpans(body, [entity('Varga'), entity('Ilse Varga')]);
		expect(spans.map((s) => body.slice(s.start, s.end))).toEqual(['Ilse Varga', 'Varga']);
		expect(spans.every((s) => s.mark === 'entity')).toBe(true);
	});

	it('finds nothing for an entity the body does not print', () => {
		expect(nameSpans('A quiet harbour.', [entity('Odo Brenn')])).toEqual([]);
	});
});

describe('Model article links while gathered in steps', () => {
	it('gives a preview no marks before the links are complete, then the same marks a full build gives', () => {
		const index = sampleIndex();
		const article = index.articles.find((a) => index.statements.some((s) => s.renderings.some((r) => r.article === a.id)))!;
		const stepped = new Model(index);
		expect(stepped.lookups.articleSpans(article, true)).toEqual([]);
		expect(stepped.lookups.linksReady).toBe(false);
		const partial = articleLines(article, stepped, 60, true);
		const whole = new Model(index);
		const full = articleLines(article, whole, 60);
		expect(whole.lookups.linksReady).toBe(true);
		// The preview without marks is not kept: drawn again once the links are in, it has them.
		runJobs(preparation(stepped));
		expect(stepped.lookups.linksReady).toBe(true);
		expect(articleLines(article, stepped, 60, true)).toEqual(full);
		expect(partial).not.toEqual(full);
	});
});

describe('an article without a title', () => {
	it('is called (untitled), as the reader calls it, followed by the opening of its body, in the list and in an entity card alike', () => {
		const index = sampleIndex();
		const untitled = {...index.articles[0], title: null};
		const changed = {...index, articles: [untitled, ...index.articles.slice(1)]};
		const model = new Model(changed);
		const entity = changed.entities.find((e) => Object.keys(e.mentions).includes(untitled.id))!;
		const opening = untitled.body.slice(0, 20);
		expect(articleRow(untitled, 200)).toContain(`(untitled) · ${opening}`);
		const card = entityCard(entity, model, 200, -1);
		const lines = card.lines.slice(0, card.lines.length).map((line) => line.map((s) => s.text).join(''));
		expect(lines.find((l) => l.includes(opening))).toContain('(untitled) · ');
	});
});
