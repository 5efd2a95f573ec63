// Terminal safety of the app: an index whose every string is hostile (escape sequences, clipboard
// writes, hyperlinks, bidi overrides, carriage returns, backspaces) is rendered through Ink, every
// pane, detail and overlay is visited, and no frame carries anything but Ink's own colours.
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup} from 'ink-testing-library';
import type {Entity, Rendering, Statement} from '../../src/analysis/types.js';
import type {CorpusIndex} from '../../src/index/types.js';
import {article} from './fixtures.js';
import {KEYS, renderApp} from './helpers.js';

afterEach(() => cleanup());

const ESC = '\u001b';
const SGR = /\u001b\[[\d;]*m/g;
/** After Ink's colours are removed: anything but "\n" a terminal would act on, or that hides text. */
const UNSAFE = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069\u200b\u200e\u200f\ufeff]/;

const H = {
	clear: `${ESC}[2J${ESC}[H`,
	clip: `${ESC}]52;c;ZXZpbA==\u0007`,
	link: `${ESC}]8;;https://evil.example/${ESC}\\`,
	title: `${ESC}]0;owned${ESC}\\`,
	csi8: '\u009b31m',
	rlo: '\u202e',
	cr: '\r',
	bs: '\b\b',
	bel: '\u0007',
};
const all = Object.values(H).join('');

function hostileIndex(): CorpusIndex {
	const quoteA = `The ferry${H.clip} will run${H.rlo} again by May, and the fares will not rise`;
	const quoteB = `The ferry will run again${H.cr} by May and the fares${H.bs} will not rise`;
	const a = article(
		'h1',
		`Courier${H.title}`,
		'2024-05-01',
		`Ferry${H.clear} to resume${H.link} service`,
		`Ilse Marroq${H.csi8}uín, a spokeswoman${H.bel} for the Lund Ferry Company, spoke on Monday.\n\n“${quoteA},” Marroquín said${H.cr}.`,
	);
	const b = article('h2', `Herald${H.rlo}`, '2024-05-02', `${all}Fares frozen`, `“${quoteB},” Ilse Marroquín told reporters${H.clip}.\n\nTabs\tand${H.bs} more.`);
	const articles = [a, b];
	const render = (art: typeof a, text: string, verb: string): Rendering => {
		const start = art.body.indexOf(text);
		return {id: `${art.id}:${start}`, article: art.id, outlet: art.outlet, published: art.published, text, start, end: start + text.length, kind: 'direct', verb, speaker: 'ilse', speakerName: `Ilse${H.clip} Marroquín`, speakerLabel: `spokes${H.rlo}woman`};
	};
	const name = 'Ilse Marroquín';
	const spanAt = (art: typeof a) => {
		const start = art.body.indexOf('Marroquín');
		return {article: art.id, start, end: start + 'Marroquín'.length, field: 'body' as const, text: 'Marroquín'};
	};
	const entity: Entity = {
		id: 'ilse',
		type: 'person',
		name: `${name}${H.title}`,
		aliases: [`${name}${H.title}`, `Marroq${H.csi8}uín`],
		mentions: {h1: 2, h2: 1},
		spans: [spanAt(a), spanAt(b)],
		descriptors: [{article: 'h1', outlet: a.outlet, text: `a spokeswoman${H.bel} for the Lund${H.link} Ferry Company`, kind: 'appositive'}],
	};
	const statement: Statement = {id: 'st1', speaker: 'ilse', speakerName: `${name}${H.clear}`, renderings: [render(a, quoteA, `said${H.bs}`), render(b, quoteB, 'told')], outlets: 2};
	return {
		name: `hostile${H.title}`,
		roots: ['hostile'],
		articles,
		warnings: [{file: `bad${H.clear}file.txt`, skipped: true, message: `binary${H.clip} content${H.rlo}`}],
		entities: [entity],
		statements: [statement],
	};
}

describe('the app with hostile strings everywhere', () => {
	it('never puts an escape, control or bidi character on the screen', async () => {
		const app = await renderApp({index: hostileIndex(), size: {columns: 100, rows: 30}});
		const seen: string[] = [];
		const look = () => seen.push(app.frame());
		look();
		// The reader, the entity card, the comparison, the warnings and the help.
		await app.press(KEYS.enter, f => f.includes('Article'));
		look();
		await app.press(KEYS.escape, f => f.includes('Articles'));
		await app.press('2', f => f.includes('╭─ Entities'));
		look();
		await app.press(KEYS.enter);
		look();
		await app.press(KEYS.escape);
		await app.press('3', f => f.includes('╭─ Statements'));
		look();
		await app.press(KEYS.enter, f => f.includes('Comparison'));
		look();
		await app.press(KEYS.escape);
		await app.press('w');
		look();
		await app.press(KEYS.escape);
		await app.press('?');
		look();
		// Every frame Ink wrote, raw: only its own colour codes are allowed.
		for (const frame of [...app.frames, ...seen]) {
			const rest = frame.replace(SGR, '');
			expect(rest.includes(ESC), JSON.stringify(rest.slice(Math.max(0, rest.indexOf(ESC) - 40), rest.indexOf(ESC) + 40))).toBe(false);
			expect(rest).not.toMatch(UNSAFE);
		}
		// The text around the attacks is still shown.
		const text = seen.join('\n');
		expect(text).toContain('Fares frozen');
		expect(text).toContain('Marroquín');
		expect(text).toMatch(/The ferry will run/);
		expect(text).toContain('binary content');
	});
});
