// Taking it with you: y copies a citation (speaker, outlet, date, quote, URL), x marks rows, E
// exports the list or the marked rows as CSV, JSON Lines or Markdown at a typed path.
import {mkdtempSync, readFileSync, readdirSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {formatRows} from '../../src/output/records.js';
import {keysFromInput} from '../../src/tui/state/keymap.js';
import {sampleIndex} from './fixtures.js';
import {KEYS, renderApp} from './helpers.js';

afterEach(() => cleanup());

const CTRL_U = '\u0015';

function copying() {
	const written: string[] = [];
	const copied = () => {
		const payload = /^\u001B\]52;c;([A-Za-z0-9+/=]+)\u0007$/.exec(written[written.length - 1] ?? '')?.[1] ?? '';
		return Buffer.from(payload, 'base64').toString('utf8');
	};
	return {writeRaw: (data: string) => written.push(data), copied};
}

describe('y: citation-ready text', () => {
	it('copies the selected rendering with speaker, outlet, date, quote and URL from a comparison', async () => {
		const {writeRaw, copied} = copying();
		const app = await renderApp({index: sampleIndex(), writeRaw});
		await app.press('3');
		await app.press(KEYS.enter, (f) => f.includes('╭─ Comparison'));
		await app.press('l', (f) => f.includes('› Coastline Times'));
		await app.press('y', (f) => f.includes('Copied the citation'));
		expect(copied().split('\n')[0]).toBe('Mara Okonkwo, in Coastline Times, 2024-03-03: “The strike deadline is winding up, and the union will not back down” https://coastlinetimes.example/a2');
	});

	it('copies every rendering of a statement row, and the quote a reader was opened at', async () => {
		const {writeRaw, copied} = copying();
		const app = await renderApp({index: sampleIndex(), writeRaw});
		await app.press('3');
		await app.press('y', (f) => f.includes('Copied the citations'));
		const lines = copied().split('\n');
		expect(lines).toHaveLength(3);
		expect(lines[0]).toMatch(/^Okonkwo-Leiva, in Daily Beacon, 2024-03-02: “The strike deadline is nearing.*” https:\/\/dailybeacon\.example\/a1$/);
		expect(lines[2]).toContain('in الخليج نيوز, 2024-03-01');
		await app.press(KEYS.enter, (f) => f.includes('╭─ Comparison'));
		await app.press(KEYS.enter, (f) => f.includes('at the quote'));
		await app.press('y', (f) => f.includes('Copied the quote’s citation'));
		expect(copied()).toBe(lines[0]);
	});
});

describe('x and E: marking and exporting a list', () => {
	it('marks two rows and exports them to a CSV typed in the prompt, read back whole', async () => {
		const cwd = mkdtempSync(join(tmpdir(), 'presslens-list-'));
		const app = await renderApp({index: sampleIndex(), cwd});
		await app.press('x', (f) => f.includes('1 marked'));
		await app.press('x', (f) => f.includes('2 marked'));
		expect(app.frame().match(/✓ /g)).toHaveLength(2);
		await app.press('E', (f) => f.includes('Export to: presslens-articles-marked.csv'));
		await app.press(CTRL_U, (f) => f.includes('Export to: ▏'));
		await app.press('two.csv');
		await app.press(KEYS.enter, (f) => f.includes('Exported 2 rows to two.csv'));
		const lines = readFileSync(join(cwd, 'two.csv'), 'utf8').trimEnd().split('\r\n');
		expect(lines[0]).toBe('id,published,outlet,title,url,words,file');
		expect(lines).toHaveLength(3);
		// The rows as the list shows them, newest first.
		expect(lines[1]).toMatch(/^a2,2024-03-03,Coastline Times,/);
		expect(lines[2]).toMatch(/^a1,2024-03-02,Daily Beacon,Dock strike looms/);
		// Again: the file exists, so it asks; n keeps it.
		await app.press('E', (f) => f.includes('Export to:'));
		await app.press(CTRL_U + 'two.csv');
		await app.press(KEYS.enter, (f) => f.includes('two.csv already exists') && f.includes('(y/n)'));
		await app.press('n', (f) => f.includes('Cancelled.'));
		expect(readFileSync(join(cwd, 'two.csv'), 'utf8').split('\r\n')).toHaveLength(4);
		expect(readdirSync(cwd)).toEqual(['two.csv']);
		// Esc clears the marks; E then offers the whole list.
		await app.press(KEYS.escape, (f) => f.includes('Marks cleared.'));
		await app.press('E', (f) => f.includes('Export to: presslens-articles.csv'));
		await app.press(KEYS.escape, (f) => f.includes('Export cancelled.'));
	});

	it('writes JSON Lines and Markdown by the extension, and refuses an unknown one', async () => {
		const cwd = mkdtempSync(join(tmpdir(), 'presslens-list-'));
		const app = await renderApp({index: sampleIndex(), cwd});
		await app.press('2', (f) => f.includes('╭─ Entities'));
		await app.press('E', (f) => f.includes('Export to:'));
		await app.press(CTRL_U + 'people.jsonl');
		await app.press(KEYS.enter, (f) => f.includes('Exported 5 rows to people.jsonl'));
		const records = readFileSync(join(cwd, 'people.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
		expect(records[0]).toEqual({id: 'mara-okonkwo-leiva', type: 'person', name: 'Mara Okonkwo-Leiva', aliases: 'Okonkwo-Leiva; Mara Okonkwo', mentions: expect.any(Number), outlets: 4});
		await app.press('3', (f) => f.includes('╭─ Statements'));
		await app.press('E', (f) => f.includes('Export to:'));
		await app.press(CTRL_U + 'quotes.md');
		await app.press(KEYS.enter, (f) => f.includes('Exported 2 rows to quotes.md'));
		const markdown = readFileSync(join(cwd, 'quotes.md'), 'utf8');
		expect(markdown.split('\n')[0]).toBe('| id | speaker | outlets | renderings | kind | quote | outlet | published | url | citations |');
		expect(markdown).toContain('| s1 | Mara Okonkwo-Leiva | 3 | 3 | direct |');
		await app.press('E', (f) => f.includes('Export to:'));
		await app.press(CTRL_U + 'quotes.xlsx');
		await app.press(KEYS.enter, (f) => f.includes('should end in .csv, .jsonl or .md'));
	});

	it('adds each rendering’s article title and URL to the Markdown export of a comparison', async () => {
		const cwd = mkdtempSync(join(tmpdir(), 'presslens-compare-'));
		const app = await renderApp({index: sampleIndex(), cwd});
		await app.press('3');
		await app.press(KEYS.enter, (f) => f.includes('╭─ Comparison'));
		await app.press('e', (f) => f.includes('Exported the comparison'));
		const markdown = readFileSync(join(cwd, 'presslens-s1.md'), 'utf8');
		expect(markdown).toMatch(/^\| Article \| \[Dock strike looms at the Port of Velmar\]\(https:\/\/dailybeacon\.example\/a1\) \| \[Union says Velmar deadline “winding up” 🚢\]\(https:\/\/coastlinetimes\.example\/a2\) \|/m);
	});
});

describe('list files', () => {
	it('quotes CSV cells, defuses spreadsheet formulas and removes control characters', () => {
		const csv = formatRows([{a: '=HYPERLINK("x")', b: 'one, "two"\nthree', c: 'clean\u001B[31m'}, {a: null, b: 3, c: '-1'}], ['a', 'b', 'c'], 'csv');
		expect(csv).toBe('a,b,c\r\n"\'=HYPERLINK(""x"")","one, ""two"" three",clean\r\n,3,\'-1\r\n');
		expect(formatRows([{a: 'x|y'}], ['a'], 'markdown')).toBe('| a |\n| --- |\n| x\\|y |\n');
	});

	it('reads a control character in a chunk of typed keys as its Ctrl key', () => {
		expect(keysFromInput('\u0015two', {} as never)).toEqual(['ctrl+u', 't', 'w', 'o']);
	});
});
