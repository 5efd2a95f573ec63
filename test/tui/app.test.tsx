import {mkdtempSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import stringWidth from 'string-width';
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {emptyIndex, manyArticles, sampleIndex, article} from './fixtures.js';
import {KEYS, renderApp} from './helpers.js';

afterEach(() => cleanup());

const selected = (frame: string) => frame.split('\n').find((line) => line.includes('›')) ?? '';

describe('app: panes and header', () => {
	it('shows the header counts, the tabs and the articles with outlets and dates', async () => {
		const app = await renderApp({index: sampleIndex()});
		const f = app.frame();
		expect(f).toContain('4 articles · 4 outlets · 5 entities · 2 linked statements');
		expect(f).toContain('1 warning');
		expect(f).toMatch(/1 Articles 4 +2 Entities 5 +3 Statements 2/);
		expect(f).toMatch(/2024-03-03 +Coastline Times +Union says Velmar/);
		expect(f).toMatch(/— +东方日报/);
		expect(f).toContain('/ search');
	});

	it('switches panes with 1 2 3, Tab and Shift+Tab', async () => {
		const app = await renderApp({index: sampleIndex()});
		await app.press('2', (f) => f.includes('╭─ Entities'));
		expect(app.frame()).toContain('Mara Okonkwo-Leiva (+2)');
		await app.press('3', (f) => f.includes('╭─ Statements'));
		await app.press('1', (f) => f.includes('╭─ Articles'));
		await app.press(KEYS.tab, (f) => f.includes('╭─ Entities'));
		await app.press(KEYS.tab, (f) => f.includes('╭─ Statements'));
		// The fourth pane, Stories, and the fifth, Outlets, come before Tab wraps round.
		await app.press(KEYS.tab, (f) => f.includes('╭─ Stories'));
		await app.press(KEYS.tab, (f) => f.includes('╭─ Outlets'));
		await app.press(KEYS.tab, (f) => f.includes('╭─ Articles'));
		await app.press(KEYS.shiftTab, (f) => f.includes('╭─ Outlets'));
	});

	it('keeps every line of the frame inside the terminal width with Arabic, CJK and emoji', async () => {
		for (const columns of [100, 80, 61]) {
			const app = await renderApp({index: sampleIndex(), size: {columns, rows: 24}});
			for (const line of app.frame().split('\n')) expect(stringWidth(line)).toBeLessThanOrEqual(columns);
			await app.press('3');
			await app.press(KEYS.enter, (f) => f.includes('╭─ Comparison'));
			const lines = app.frame().split('\n');
			expect(lines.length).toBeLessThanOrEqual(23);
			for (const line of lines) expect(stringWidth(line)).toBeLessThanOrEqual(columns);
			// Bordered rows are exactly as wide as the terminal: columns stay aligned.
			for (const line of lines.filter((l) => l.startsWith('│'))) expect(stringWidth(line)).toBe(columns);
			app.unmount();
		}
	});

	it('says when the terminal is too small', async () => {
		const app = await renderApp({index: sampleIndex(), size: {columns: 30, rows: 8}});
		expect(app.frame()).toContain('Terminal too small (30×8)');
	});

	it('stacks into one column on narrow terminals and follows a resize', async () => {
		const app = await renderApp({index: sampleIndex(), size: {columns: 100, rows: 30}});
		expect(app.frame()).toContain('╭─ Article · Coastline Times');
		app.rerender(<AppWithSize columns={80} rows={24} />);
		await app.until((f) => !f.includes('╭─ Article ·') && f.split('\n').length <= 23, 'narrow layout');
	});
});

import {App} from '../../src/tui/App.js';
const shared = sampleIndex();
function AppWithSize({columns, rows}: {columns: number; rows: number}) {
	return <App index={shared} size={{columns, rows}} writeRaw={null} />;
}

describe('app: moving in lists', () => {
	it('moves with j/k, arrows, PgDn/PgUp, g/G and renders only visible rows', async () => {
		const app = await renderApp({index: manyArticles(300), size: {columns: 80, rows: 24}});
		expect(app.frame()).toContain('1/300');
		expect(app.frame()).not.toContain('story 0299');
		await app.press('j', (f) => f.includes('2/300'));
		await app.press(KEYS.down, (f) => f.includes('3/300'));
		await app.press('k', (f) => f.includes('2/300'));
		await app.press(KEYS.up, (f) => f.includes('1/300'));
		await app.press(KEYS.pageDown, (f) => f.includes('18/300'));
		await app.press(KEYS.pageUp, (f) => f.includes('1/300'));
		await app.press('G', (f) => f.includes('300/300'));
		await app.press('g', (f) => f.includes('1/300'));
		await app.press(KEYS.end, (f) => f.includes('300/300'));
		await app.press(KEYS.home, (f) => f.includes('1/300'));
		// 17 rows fit at 80×24: the list shows a window, never all 300.
		expect(app.frame().match(/Generated story/g)?.length).toBe(17);
	});

	it('treats a chunk of keys ("jjj") as three presses', async () => {
		const app = await renderApp({index: manyArticles(50), size: {columns: 80, rows: 24}});
		await app.press('jjj', (f) => f.includes('4/50'));
		await app.press('jjjjjjjjjjjjjjjjjjjj', (f) => f.includes('24/50'));
		expect(app.frame()).not.toMatch(/^│ 2023-01-01  Outlet 0 /m);
	});

	it('sorts articles by outlet with s and filters entities by type with t', async () => {
		const app = await renderApp({index: sampleIndex()});
		const firstRow = (f: string) => f.split('\n')[4] ?? '';
		expect(firstRow(app.frame())).toContain('Coastline Times');
		await app.press('s', (f) => f.includes('sorted by outlet'));
		expect(firstRow(app.frame())).toContain('Coastline Times');
		expect(app.frame().indexOf('Daily Beacon')).toBeLessThan(app.frame().indexOf('الخليج نيوز'));
		await app.press('2', (f) => f.includes('all types'));
		await app.press('t', (f) => f.includes('type: person'));
		expect(app.frame()).not.toContain('Harbour Workers Union  ');
		await app.press('t', (f) => f.includes('type: organization'));
		expect(app.frame()).toMatch(/TYPE NAME[\s\S]*ORG  Harbour Workers Union/);
		await app.press('tt', (f) => f.includes('type: other'));
		expect(app.frame()).toContain('No other entities.');
		await app.press('t', (f) => f.includes('all types'));
	});
});

describe('app: search', () => {
	it('filters the focused pane as you type, keeps it with Enter and clears it with Esc', async () => {
		const app = await renderApp({index: sampleIndex()});
		await app.press('2', (f) => f.includes('╭─ Entities'));
		await app.press('/', (f) => f.includes('/▏'));
		await app.press('okon', (f) => f.includes('/okon▏') && f.includes('1 match'));
		expect(app.frame()).toContain('Mara Okonkwo-Leiva');
		expect(app.frame()).not.toContain('Port of Velmar');
		await app.press(KEYS.backspace, (f) => f.includes('/oko▏'));
		await app.press('n', (f) => f.includes('/okon▏'));
		await app.press(KEYS.enter, (f) => f.includes('Filter “okon” kept: 1 match'));
		expect(app.frame()).toContain('2 Entities 1/5');
		// j works as a key again (not typed) once the filter is kept.
		await app.press(KEYS.escape, (f) => f.includes('2 Entities 5 ') && f.includes('Filter cleared'));
	});

	it('finds a name despite a typo and searches quote texts in Statements', async () => {
		const app = await renderApp({index: sampleIndex()});
		await app.press('2/okonkow', (f) => f.includes('/okonkow▏'));
		expect(app.frame()).toContain('Mara Okonkwo-Leiva');
		await app.press(KEYS.escape, (f) => !f.includes('▏'));
		await app.press('3/bay', (f) => f.includes('/bay▏') && f.includes('1 match'));
		expect(app.frame()).toContain('Ships will wait');
		await app.press('zzzq', (f) => f.includes('No match for “bayzzzq”'));
	});

	it('searches Arabic and CJK text', async () => {
		const app = await renderApp({index: sampleIndex()});
		await app.press('/王小明', (f) => f.includes('1 match'));
		expect(app.frame()).toContain('维尔马港罢工');
		await app.press(KEYS.escape, (f) => !f.includes('▏'));
		await app.press('/ميناء', (f) => f.includes('1 match'));
	});
});

describe('app: details', () => {
	it('opens the reader with Enter, scrolls with j/k/g/G and goes back with Esc', async () => {
		const long = article('long', 'Daily Beacon', '2024-01-01', 'A long read', Array.from({length: 80}, (_, i) => `Paragraph number ${i} of the long read.`).join('\n\n'));
		const app = await renderApp({index: {...emptyIndex(), name: 'long', articles: [long]}, size: {columns: 80, rows: 24}});
		await app.press(KEYS.enter, (f) => f.includes('╭─ Article · Daily Beacon'));
		expect(app.frame()).toMatch(/1–18 of \d+/);
		await app.press('j', (f) => /2–19 of/.test(f));
		await app.press('k', (f) => /1–18 of/.test(f));
		await app.press(KEYS.pageDown, (f) => /18–35 of/.test(f));
		await app.press('G', (f) => f.includes('Paragraph number 79'));
		await app.press('g', (f) => f.includes('A long read'));
		await app.press(KEYS.escape, (f) => f.includes('╭─ Articles'));
	});

	it('marks entity names and quotes in the reader', async () => {
		const app = await renderApp({index: sampleIndex(), size: {columns: 80, rows: 30}});
		await app.press('j', (f) => f.includes('2/') || selected(f) !== undefined);
		await app.press(KEYS.enter, (f) => f.includes('╭─ Article · Daily Beacon'));
		expect(app.frame()).toContain('Names: Mara Okonkwo-Leiva 2');
		expect(app.frame()).toContain('The strike deadline is nearing');
	});

	it('shows an entity card with aliases and descriptors per outlet, and jumps to articles and statements', async () => {
		const app = await renderApp({index: sampleIndex()});
		await app.press('2/okon', (f) => f.includes('1 match'));
		await app.press(KEYS.enter);
		await app.press(KEYS.enter, (f) => f.includes('╭─ Entity · Mara Okonkwo-Leiva'));
		// The descriptor phrases fold behind d (issue 15): the framing table's rows come first.
		const card = await app.press('d', (f) => f.includes('“HWU spokesperson”'));
		expect(card).toContain('Aliases (2)');
		expect(card).toContain('Okonkwo-Leiva · Mara Okonkwo');
		expect(card).toMatch(/Daily Beacon +“a spokeswoman for the Harbour Workers Union”/);
		expect(card).toMatch(/Coastline Times +“HWU spokesperson”/);
		expect(card).toContain('Articles naming it (4)');
		expect(card).toContain('Statements (2)');
		await app.press('jj', (f) => selected(f).includes('2024-03-02'));
		await app.press(KEYS.enter, (f) => f.includes('╭─ Article · Daily Beacon'));
		await app.press(KEYS.escape, (f) => f.includes('╭─ Entity'));
		await app.press('jjjj', (f) => selected(f).includes('“The strike deadline'));
		await app.press(KEYS.enter, (f) => f.includes('╭─ Comparison'));
		await app.press(KEYS.escape, (f) => f.includes('╭─ Entity'));
		await app.press(KEYS.escape, (f) => f.includes('╭─ Entities'));
	});

	it('compares renderings side by side with the differing words bracketed when colour is off', async () => {
		const app = await renderApp({index: sampleIndex(), color: false});
		await app.press('3');
		await app.press(KEYS.enter, (f) => f.includes('╭─ Comparison'));
		const f = app.frame();
		expect(f).toMatch(/Daily Beacon +│ Coastline Times +│ الخليج نيوز/);
		expect(f).toMatch(/verb +said +│ verb +pointed out +│ verb +stressed/);
		expect(f).toContain('as HWU spokesperson');
		// The same markers as `presslens compare`: the base's own words, then each other rendering's.
		expect(f).toContain('[-nearing,-]');
		expect(f).toMatch(/\{\+winding up,\+\}/);
		expect(f).not.toContain('[nearing]');
		expect(f).toContain('Coastline Times: nearing → winding up');
		expect(f).toContain('verb: said / pointed out / stressed');
	});

	// h/l select a rendering (Enter opens its article); the columns shown follow the selection.
	it('pages through columns with h/l when they do not all fit', async () => {
		const app = await renderApp({index: sampleIndex(), size: {columns: 64, rows: 24}});
		await app.press('3');
		await app.press(KEYS.enter, (f) => f.includes('columns 1–2 of 3'));
		expect(app.frame()).not.toContain('verb  stressed');
		await app.press('l', (f) => f.includes('› Coastline Times') && f.includes('columns 1–2 of 3'));
		await app.press('l', (f) => f.includes('columns 2–3 of 3'));
		expect(app.frame()).toContain('verb  stressed');
		await app.press('l');
		await app.press(KEYS.left, (f) => f.includes('› Coastline Times') && f.includes('columns 2–3 of 3'));
		await app.press(KEYS.left, (f) => f.includes('columns 1–2 of 3'));
		await app.press(KEYS.right);
		await app.press(KEYS.right, (f) => f.includes('columns 2–3 of 3'));
		await app.press('h');
		await app.press('h', (f) => f.includes('columns 1–2 of 3'));
	});
});

describe('app: overlays, copy, export, quit', () => {
	it('shows every key of the keymap in the help and closes it with Esc or ?', async () => {
		const {BINDINGS} = await import('../../src/tui/specs/registry.js');
		// Tall enough for the whole keymap on one screen (issues 14–16 added keys, 15 the Outlets pane's).
		const app = await renderApp({index: sampleIndex(), size: {columns: 100, rows: 130}});
		await app.press('?', (f) => f.includes('╭─ Keys'));
		for (const b of BINDINGS) expect(app.frame()).toContain(b.description);
		await app.press(KEYS.escape, (f) => f.includes('╭─ Articles'));
		await app.press('?', (f) => f.includes('╭─ Keys'));
		await app.press('?', (f) => f.includes('╭─ Articles'));
	});

	it('scrolls the help on a small terminal', async () => {
		const app = await renderApp({index: sampleIndex(), size: {columns: 80, rows: 24}});
		await app.press('?', (f) => /1–18 of \d+/.test(f));
		// Letters typed in the help filter it (issue 16): End goes to the bottom.
		await app.press(KEYS.end, (f) => f.includes('Marks:'));
	});

	it('lists skipped files in the warnings view', async () => {
		const app = await renderApp({index: sampleIndex()});
		await app.press('w', (f) => f.includes('╭─ Loader warnings'));
		expect(app.frame()).toMatch(/Skipped \(1\)[\s\S]*fixtures\/velmar\/broken\.json +not valid JSON/);
		await app.press(KEYS.escape, (f) => f.includes('╭─ Articles'));
	});

	it('copies with OSC 52 and says so', async () => {
		const written: string[] = [];
		const app = await renderApp({index: sampleIndex(), writeRaw: (data) => written.push(data)});
		// Citation-ready (issue 16): title, outlet, date and URL.
		await app.press('y', (f) => f.includes('Copied the citation'));
		expect(written).toHaveLength(1);
		const payload = /^\u001B\]52;c;([A-Za-z0-9+/=]+)\u0007$/.exec(written[0])![1];
		expect(Buffer.from(payload, 'base64').toString('utf8')).toBe('Union says Velmar deadline “winding up” 🚢. Coastline Times, 2024-03-03. https://coastlinetimes.example/a2');
	});

	it('falls back to a message when there is no terminal to copy through', async () => {
		const app = await renderApp({index: sampleIndex(), writeRaw: null});
		await app.press('y', (f) => f.includes('Copy needs a terminal'));
	});

	it('exports the open comparison as Markdown and asks before overwriting', async () => {
		const cwd = mkdtempSync(join(tmpdir(), 'presslens-export-'));
		const app = await renderApp({index: sampleIndex(), cwd});
		await app.press('3');
		await app.press(KEYS.enter, (f) => f.includes('╭─ Comparison'));
		await app.press('e', (f) => f.includes('Exported the comparison to ./presslens-s1.md'));
		const markdown = readFileSync(join(cwd, 'presslens-s1.md'), 'utf8');
		// The same Markdown as `presslens compare s1 --format markdown`.
		expect(markdown).toContain('Coastline Times (2024-03-03)');
		expect(markdown).toContain('HWU spokesperson');
		expect(markdown).toMatch(/\*\*winding up,?\*\*/);
		writeFileSync(join(cwd, 'presslens-s1.md'), 'mine');
		await app.press('e', (f) => f.includes('presslens-s1.md already exists') && f.includes('(y/n)'));
		await app.press('n', (f) => f.includes('Cancelled.'));
		expect(readFileSync(join(cwd, 'presslens-s1.md'), 'utf8')).toBe('mine');
		await app.press('e', (f) => f.includes('(y/n)'));
		await app.press('y', (f) => f.includes('Exported the comparison'));
		expect(readFileSync(join(cwd, 'presslens-s1.md'), 'utf8')).toContain('Mara Okonkwo-Leiva');
		expect(readdirSync(cwd)).toEqual(['presslens-s1.md']);
	});

	it('quits with q', async () => {
		const app = await renderApp({index: sampleIndex()});
		expect(app.stdin.listenerCount('readable')).toBe(1);
		app.stdin.write('q');
		await new Promise((resolve) => setTimeout(resolve, 0));
		const {waitFor} = await import('./helpers.js');
		await waitFor(() => app.stdin.listenerCount('readable') === 0, 'the app to stop reading input');
	});
});

describe('app: empty states and untrusted text', () => {
	it('explains an empty corpus', async () => {
		const app = await renderApp({index: emptyIndex()});
		expect(app.frame()).toContain('No articles found.');
		await app.press('3', (f) => f.includes('No articles found.'));
	});

	it('explains a corpus with only warnings and lists them', async () => {
		const app = await renderApp({index: emptyIndex([{file: 'x/a.html', skipped: true, message: 'no article text found'}])});
		expect(app.frame()).toContain('No articles could be loaded: 1 file was skipped.');
		await app.press('w', (f) => f.includes('x/a.html') && f.includes('no article text found'));
	});

	it('says when there are no linked statements or entities yet', async () => {
		const index = {...sampleIndex(), entities: [], statements: []};
		const app = await renderApp({index});
		await app.press('3', (f) => f.includes('No linked statements yet.'));
		await app.press('2', (f) => f.includes('No entities found yet.'));
		await app.press(KEYS.enter, (f) => f.includes('Nothing to open here.'));
	});

	it('never prints escape sequences or control characters from articles', async () => {
		const evil = article('evil', 'Evil\u001B[2J Outlet', '2024-01-01', 'Title\u001B]0;pwned\u0007 with \u001B[31mred\u001B[0m and \u0008bell\u0007', 'Body \u001B]52;c;AAAA\u0007 text\u009B31m here.');
		const app = await renderApp({index: {...emptyIndex(), name: 'evil', articles: [evil]}, color: false});
		await app.press(KEYS.enter, (f) => f.includes('╭─ Article'));
		const raw = app.lastFrame() ?? '';
		expect(raw).not.toContain('pwned');
		expect(raw).not.toContain(']52;');
		expect(raw).not.toContain('[2J');
		expect(raw).not.toMatch(/[\u0000-\u0008\u0010-\u001A\u009B]/);
		expect(app.frame()).toContain('Title with red and bell');
	});
});
