// The app on a corpus the size of a real archive (40,000 articles, 100,000 entities, 100,000
// statements): once the per-index lookups are built, no keypress makes a pass over the corpus.
// Whole-array reads of the index (map, filter, for…of…) are counted through proxies; indexing
// one row is allowed. Timings are not asserted (machines differ); the count of passes is.
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {cleanup} from 'ink-testing-library';
import type {Article} from '../../src/corpus/types.js';
import type {Entity, Mention, Rendering, Statement} from '../../src/analysis/types.js';
import type {CorpusIndex} from '../../src/index/types.js';
import {entityCard} from '../../src/tui/content/entity.js';
import {Model} from '../../src/tui/model/model.js';
import {article} from './fixtures.js';
import {KEYS, renderApp} from './helpers.js';

const ARTICLES = 40_000;
const ENTITIES = 100_000;
const STATEMENTS = 100_000;
const OUTLETS = ['Harbour Post', 'North Star', 'Valley Ledger', 'Coast Courier', 'Evening Lamp'];
// Entity 0 is named in every article and speaks in every 20th statement: the worst card to draw.
const HUB_EVERY = 20;

const entityName = (j: number) => (j === 0 ? 'Tamsin Vale' : `Orvel Namesake${j}`);
const entityArticles = (j: number) => (j === 0 ? [] : [j % ARTICLES, (j * 7 + 3) % ARTICLES]);
const statementArticles = (k: number) => [k % ARTICLES, (k * 13 + 1) % ARTICLES];
const speakerOf = (k: number) => (k % HUB_EVERY === 0 ? 0 : k % ENTITIES);

/** Bodies that really contain every name and quote at the offsets the analysis records. */
function generate(): CorpusIndex {
	const names: number[][] = Array.from({length: ARTICLES}, () => [0]);
	for (let j = 1; j < ENTITIES; j++) for (const a of entityArticles(j)) names[a].push(j);
	const quotes: number[][] = Array.from({length: ARTICLES}, () => []);
	for (let k = 0; k < STATEMENTS; k++) for (const a of statementArticles(k)) quotes[a].push(k);
	const spans: Mention[][] = Array.from({length: ENTITIES}, () => []);
	const renderings: Rendering[][] = Array.from({length: STATEMENTS}, () => []);
	const articles: Article[] = [];
	for (let i = 0; i < ARTICLES; i++) {
		const id = `art${i}`;
		const outlet = OUTLETS[i % OUTLETS.length];
		const published = `2024-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;
		let body = '';
		for (const j of names[i]) {
			body += 'Reporters met ';
			spans[j].push({article: id, start: body.length, end: body.length + entityName(j).length, field: 'body', text: entityName(j)});
			body += `${entityName(j)} at the quay. `;
		}
		for (const k of quotes[i]) {
			const text = `the tide for case ${k} is ${i % 2 === 0 ? 'nearing' : 'winding up'}`;
			body += `${entityName(speakerOf(k))} said: “`;
			const start = body.length;
			body += `${text}.” `;
			renderings[k].push({id: `${id}:${start}`, article: id, outlet, published, text, start, end: start + text.length, kind: 'direct', verb: 'said', speaker: `e${speakerOf(k)}`, speakerName: entityName(speakerOf(k)), speakerLabel: null});
		}
		articles.push(article(id, outlet, published, `Story ${i} from the quay`, body, {warnings: i % 100 === 0 ? ['the body was repeated; the first copy was kept'] : []}));
	}
	const entities: Entity[] = spans.map((list, j) => {
		const mentions: Record<string, number> = {};
		for (const m of list) mentions[m.article] = (mentions[m.article] ?? 0) + 1;
		return {id: `e${j}`, type: j % 3 === 0 ? 'person' : j % 3 === 1 ? 'organization' : 'place', name: entityName(j), aliases: [entityName(j)], mentions, spans: list, descriptors: []};
	});
	const statements: Statement[] = renderings.map((list, k) => ({id: `s${k}`, speaker: `e${speakerOf(k)}`, speakerName: entityName(speakerOf(k)), renderings: list, outlets: new Set(list.map((r) => r.outlet)).size}));
	return {name: 'generated archive', roots: ['generated'], articles, warnings: [], entities, statements};
}

const WHOLE = new Set<string | symbol>(['map', 'filter', 'forEach', 'reduce', 'some', 'every', 'find', 'findIndex', 'indexOf', 'includes', 'slice', 'entries', 'keys', 'values', Symbol.iterator]);

/** The index with its three arrays behind proxies that count whole-array reads while `counting`. */
function counted(index: CorpusIndex) {
	const passes: string[] = [];
	const state = {counting: false};
	const watch = <T extends object>(name: string, array: T[]): T[] =>
		new Proxy(array, {
			get(target, prop, receiver) {
				if (state.counting && WHOLE.has(prop)) passes.push(`${name}.${String(prop)}`);
				return Reflect.get(target, prop, receiver);
			},
		});
	return {
		index: {...index, articles: watch('articles', index.articles), entities: watch('entities', index.entities), statements: watch('statements', index.statements)},
		passes,
		state,
	};
}

describe('app at archive scale', () => {
	let index: CorpusIndex;
	beforeAll(() => {
		index = generate();
	});
	afterAll(() => cleanup());

	it('builds per-article and per-entity lookups that agree with a scan of the corpus', () => {
		const model = new Model(index);
		for (const i of [0, 1, 777, ARTICLES - 1]) {
			const a = index.articles[i];
			const names = index.entities.filter((e) => a.id in e.mentions);
			expect(new Set(model.lookups.articleEntities(a))).toEqual(new Set(names));
			const quotes = index.statements.flatMap((s) => s.renderings.filter((r) => r.article === a.id).map((r) => `${r.start}-${r.end}`));
			const spans = model.lookups.articleSpans(a);
			expect(spans.filter((s) => s.mark === 'quote').map((s) => `${s.start}-${s.end}`).sort()).toEqual(quotes.sort());
			// Names are marked wherever the body prints them whole (also as a speaker before "said").
			const whole = (name: string) => a.body.match(new RegExp(`(?<![\\p{L}\\p{N}])${name}(?![\\p{L}\\p{N}])`, 'gu'))?.length ?? 0;
			expect(spans.filter((s) => s.mark === 'entity').length).toBe(names.reduce((n, e) => n + whole(e.name), 0));
			// The spans point at the names and quotes in the body.
			for (const s of spans.filter((x) => x.mark === 'entity')) expect(a.body.slice(s.start, s.end)).toMatch(/^(Tamsin Vale|Orvel Namesake\d+)$/);
		}
		for (const j of [0, 1, 4242, ENTITIES - 1]) {
			const e = index.entities[j];
			expect(model.lookups.entityStatements(e).map((s) => s.id).sort()).toEqual(index.statements.filter((s) => s.speaker === e.id).map((s) => s.id).sort());
		}
		const hub = index.entities[0];
		expect(model.lookups.entityArticles(hub)).toHaveLength(ARTICLES);
		expect(model.lookups.entityStatements(hub)).toHaveLength(STATEMENTS / HUB_EVERY);
		// The hub's card has 45,000 links but builds only the lines asked for.
		const card = entityCard(hub, model, 90, 44_999);
		expect(card.targets).toBe(ARTICLES + STATEMENTS / HUB_EVERY);
		const last = card.lines.slice(card.lineOf(44_999), card.lineOf(44_999) + 1)[0];
		expect(last.map((s) => s.text).join('')).toContain('› “the tide for case 99980');
	});

	it('answers every key without a pass over the articles, entities or statements', async () => {
		const {index: watched, passes, state} = counted(index);
		const app = await renderApp({index: watched, size: {columns: 120, rows: 30}});
		// Warm-up: each lookup, order and search index is built once, on first use.
		await app.press('s', (f) => f.includes('sorted by outlet'));
		// s cycles every column (issue 16): outlet, title, then date again.
		await app.press('s', (f) => f.includes('sorted by title'));
		await app.press('s', (f) => f.includes('sorted by date'));
		await app.press(KEYS.enter, (f) => f.includes('╭─ Article'));
		await app.press('2', (f) => f.includes('╭─ Entities'));
		for (const type of ['person', 'organization', 'place', 'other', 'all types']) await app.press('t', (f) => f.includes(type));
		await app.press(KEYS.enter, (f) => f.includes('╭─ Entity · Tamsin Vale'));
		await app.press('3', (f) => f.includes('╭─ Statements'));
		await app.press(KEYS.enter, (f) => f.includes('╭─ Comparison'));
		for (const pane of ['1', '2', '3']) {
			await app.press(pane);
			await app.press('/', (f) => f.includes('/▏'));
			await app.press('q', (f) => f.includes('/q▏'));
			await app.press(KEYS.escape, (f) => !f.includes('/q▏'));
		}
		await app.press('w', (f) => f.includes('Loader warnings'));
		await app.press(KEYS.escape, (f) => !f.includes('Loader warnings'));
		await app.press('1', (f) => f.includes('╭─ Articles'));

		state.counting = true;
		const timings: number[] = [];
		const labelled: string[] = [];
		const press = async (keys: string, until: (f: string) => boolean) => {
			const start = performance.now();
			await app.press(keys, until).catch((error) => {
				throw new Error(`${(error as Error).message}; the screen:\n${app.frame()}`);
			});
			timings.push(performance.now() - start);
			labelled.push(`${JSON.stringify(keys)} ${(performance.now() - start).toFixed(0)}`);
		};
		// Articles: move, page, open readers of articles not opened before, sort.
		await press('j', (f) => f.includes('2/40000'));
		await press(KEYS.pageDown, (f) => /\b2\d\/40000/.test(f));
		await press('G', (f) => f.includes('40000/40000'));
		await press(KEYS.enter, (f) => f.includes('╭─ Article ·') && f.includes('Names: Tamsin Vale'));
		await press(KEYS.escape, (f) => f.includes('╭─ Articles'));
		await press('s', (f) => f.includes('sorted by outlet'));
		await press('j', (f) => f.includes('2/40000'));
		// Entities: the hub's card (40,000 articles, 5,000 statements), its last link, and back.
		await press('2', (f) => f.includes('╭─ Entities'));
		await press(KEYS.enter, (f) => f.includes('Articles naming it (40000)') && f.includes('› '));
		await press('j', (f) => f.includes('› 2024'));
		await press('G', (f) => f.includes('› “the tide for case 99980'));
		await press(KEYS.enter, (f) => f.includes('╭─ Comparison') && f.includes('case 99980'));
		await press(KEYS.escape, (f) => f.includes('╭─ Entity · Tamsin Vale'));
		await press('g', (f) => f.includes('Articles naming it (40000)'));
		await press(KEYS.enter, (f) => f.includes('╭─ Article ·'));
		await press(KEYS.escape, (f) => f.includes('╭─ Entity · Tamsin Vale'));
		await press(KEYS.escape, (f) => f.includes('╭─ Entities'));
		await press('G', (f) => f.includes('100000/100000'));
		await press('t', (f) => f.includes('type: person'));
		await press('j', (f) => f.includes('2/33334'));
		await press(KEYS.enter, (f) => f.includes('╭─ Entity · Orvel Namesake'));
		await press(KEYS.escape, (f) => f.includes('╭─ Entities'));
		// Statements: open a comparison, move, type a search and keep it.
		await press('3', (f) => f.includes('╭─ Statements'));
		await press('G', (f) => f.includes('100000/100000'));
		await press(KEYS.enter, (f) => f.includes('╭─ Comparison') && f.includes('[-nearing-]') === false);
		await press('j', (f) => f.includes('╭─ Comparison'));
		await press(KEYS.escape, (f) => f.includes('╭─ Statements'));
		await press('w', (f) => f.includes('Loader warnings'));
		await press('j', (f) => /Loader warnings[\s\S]*2–\d+ of \d+/.test(f));
		await press(KEYS.escape, (f) => f.includes('╭─ Statements'));
		await press('/', (f) => f.includes('/▏'));
		await press('case 4242', (f) => f.includes('case 4242'));
		// The kept filter names the pane (the tabs' trail may be cut at this width).
		await press(KEYS.enter, (f) => f.includes('Statements · case 4242') && !f.includes('/case 4242▏'));
		await press(KEYS.enter, (f) => f.includes('╭─ Comparison') && f.includes('case 4242'));
		state.counting = false;

		expect(passes).toEqual([]);
		if (process.env.PRESSLENS_SCALE_TIMINGS) console.log(labelled.join('\n'));
		timings.sort((a, b) => a - b);
		console.log(`archive scale: ${timings.length} keys, median ${timings[timings.length >> 1].toFixed(1)} ms, max ${timings[timings.length - 1].toFixed(1)} ms (frame waits included)`);
	});
});
