// What a new user's trial found, each fixed: a long entity card reachable from its top, one rule for
// outlet counts and one for warnings, the copy message whole at 120 columns, plurals, wrapped
// punctuation, untitled rows, and marks that survive NO_COLOR.
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup} from 'ink-testing-library';
import type {Entity} from '../../src/analysis/types.js';
import {allWarnings, countOutlets, warningCount} from '../../src/corpus/summary.js';
import {PLAIN, styleOf} from '../../src/tui/theme/themes.js';
import {articleRow} from '../../src/tui/content/rows.js';
import {wrapSegments} from '../../src/tui/text/segments.js';
import {article, emptyIndex, sampleIndex} from './fixtures.js';
import {KEYS, renderApp} from './helpers.js';

afterEach(() => cleanup());

const texts = (lines: {text: string}[][]) => lines.map((line) => line.map((s) => s.text).join(''));

/** An entity described by forty outlets: its card's descriptor table is far taller than a screen. */
function describedEverywhere() {
	const articles = Array.from({length: 40}, (_, i) => article(`d${i}`, `Outlet ${String(i).padStart(2, '0')}`, '2024-05-01', `Report ${i}`, `Tomas Brenner spoke at the quay on day ${i}.`));
	const entity: Entity = {
		id: 'tomas-brenner',
		type: 'person',
		name: 'Tomas Brenner',
		aliases: ['Tomas Brenner'],
		mentions: Object.fromEntries(articles.map((a) => [a.id, 1])),
		spans: articles.map((a) => ({article: a.id, start: 0, end: 13, field: 'body' as const, text: 'Tomas Brenner'})),
		descriptors: articles.map((a, i) => ({article: a.id, outlet: a.outlet, text: `the harbour pilot number ${i}`, kind: 'appositive' as const})),
	};
	return {...emptyIndex(), name: 'described', articles, entities: [entity]};
}

describe('a long entity card', () => {
	it('opens at its top, and with its descriptors unfolded G, g and PgUp reach both ends', async () => {
		const app = await renderApp({index: describedEverywhere(), size: {columns: 80, rows: 24}});
		await app.press('2', (f) => f.includes('╭─ Entities'));
		await app.press(KEYS.enter, (f) => f.includes('╭─ Entity · Tomas Brenner'));
		expect(app.frame()).toMatch(/1–18 of \d+/);
		expect(app.frame()).toContain('person · 40 mentions in 40 articles · 40 outlets');
		// Unfolded (d), the descriptor phrases make the card long; G goes to its last link, g and PgUp back to the top.
		const lines = (f: string) => Number(/ of (\d+)/.exec(f)?.[1] ?? 0);
		const folded = lines(app.frame());
		await app.press('d', (f) => lines(f) > folded + 30);
		await app.press('G', (f) => f.includes('› 2024-05-01'));
		await app.press('g', (f) => /1–18 of/.test(f) && f.includes('person · 40 mentions'));
		await app.press('G', (f) => !/1–18 of/.test(f));
		for (let i = 0; i < 40 && !/1–18 of/.test(app.frame()); i++) await app.press(KEYS.pageUp);
		expect(app.frame()).toMatch(/1–18 of/);
		expect(app.frame()).toContain('Tomas Brenner');
	});
});

describe('one rule for counting outlets', () => {
	it('counts an article of unknown outlet as a source of its own, in the header, the rows and the CLI’s function alike', async () => {
		const articles = [
			article('k1', 'Harbour Post', '2024-01-01', 'One', 'Ilse Varga spoke.'),
			article('k2', 'Harbour Post', '2024-01-02', 'Two', 'Ilse Varga spoke again.'),
			article('k3', 'Quay News', '2024-01-03', 'Three', 'Ilse Varga spoke once more.'),
			article('u1', null, null, 'Four', 'Ilse Varga spoke, somewhere.'),
		];
		expect(countOutlets(articles)).toBe(3);
		const varga: Entity = {
			id: 'ilse-varga',
			type: 'person',
			name: 'Ilse Varga',
			aliases: ['Ilse Varga'],
			mentions: {k1: 1, k2: 1, k3: 1, u1: 1},
			spans: articles.map((a) => ({article: a.id, start: 0, end: 10, field: 'body' as const, text: 'Ilse Varga'})),
			descriptors: [],
		};
		const app = await renderApp({index: {...emptyIndex(), name: 'outlets', articles, entities: [varga]}});
		expect(app.frame()).toContain('4 articles · 3 outlets');
		await app.press('2', (f) => f.includes('╭─ Entities'));
		expect(app.frame()).toMatch(/Ilse Varga +4 +3/);
	});
});

describe('one definition of a warning', () => {
	it('is a file’s problem or an article’s own, counted in the header and listed alike', async () => {
		const noted = article('n1', 'Harbour Post', '2024-01-01', 'Noted', 'A body.', {warnings: ['a made-up problem with this article']});
		const corpus = {...emptyIndex(), name: 'noted', articles: [noted, article('n2', 'Harbour Post', null, 'Fine', 'Another body.')]};
		expect(allWarnings(corpus)).toEqual([{file: noted.file, skipped: false, message: 'a made-up problem with this article'}]);
		expect(warningCount(corpus)).toBe(1);
		const app = await renderApp({index: corpus});
		expect(app.frame()).toContain('⚠ 1 warning');
		await app.press('w', (f) => f.includes('a made-up problem with this article'));
	});
});

describe('words and lines', () => {
	it('shows the whole copy message at 120 columns', async () => {
		const app = await renderApp({index: sampleIndex(), size: {columns: 120, rows: 30}, writeRaw: () => {}});
		await app.press('3');
		await app.press(KEYS.enter, (f) => f.includes('╭─ Comparison'));
		await app.press('y', (f) => f.includes('Copied'));
		expect(app.frame()).toContain('set-clipboard on).');
	});

	it('says 1 rendering in 1 outlet, not 1 renderings in 1 outlets', async () => {
		const index = sampleIndex();
		const single = {...index.statements[1], id: 's9', renderings: index.statements[1].renderings.slice(0, 1), outlets: 1};
		const app = await renderApp({index: {...index, statements: [single]}});
		await app.press('3');
		await app.press(KEYS.enter, (f) => f.includes('╭─ Comparison'));
		expect(app.frame()).toContain('1 rendering in 1 outlet');
	});

	it('never starts a wrapped line with the punctuation that ends the word before it', () => {
		const names = [{text: 'Names: ', mark: 'dim' as const}];
		for (const [i, name] of ['Orla Quist', 'Bram Devereaux', 'Isko Pellinen', 'Wren Abara'].entries()) {
			if (i > 0) names.push({text: ', '} as never);
			names.push({text: name, mark: 'entity'} as never, {text: ` ${i + 3}`, mark: 'dim'} as never);
		}
		for (let width = 12; width <= 40; width++) {
			const lines = texts(wrapSegments(names, width));
			for (const line of lines) expect(line.startsWith(',')).toBe(false);
			expect(lines.join(' ').replace(/ +/g, ' ')).toBe('Names: Orla Quist 3, Bram Devereaux 4, Isko Pellinen 5, Wren Abara 6');
		}
	});

	it('calls an untitled article (untitled) in its row, as the reader does', async () => {
		const untitled = article('t1', 'Harbour Post', '2024-01-01', null, 'The quay reopened on Monday after the storm.');
		expect(articleRow(untitled, 100)).toContain('(untitled) · The quay reopened');
		const app = await renderApp({index: {...emptyIndex(), name: 'untitled', articles: [untitled]}});
		expect(app.frame()).toContain('(untitled) · The quay');
		await app.press(KEYS.enter, (f) => f.includes('╭─ Article'));
		expect(app.frame()).toContain('(untitled)');
	});

	it('keeps names, quotes, speakers and links visible without colour', () => {
		for (const mark of ['entity', 'quote', 'speaker', 'link', 'warn', 'diff', 'title', 'heading'] as const) {
			const style = styleOf(PLAIN, mark);
			expect(style.bold || style.underline, mark).toBe(true);
		}
		expect(styleOf(PLAIN, 'entity')).not.toEqual(styleOf(PLAIN, 'quote'));
	});
});
