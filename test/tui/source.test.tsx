// Going to the source: from a comparison's rendering to its article at the quote, back and forward
// through the jumps, the article's URL to the browser and its text to the pager.
import {chmodSync, existsSync, mkdtempSync, readFileSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, describe, expect, it} from 'vitest';
import {cleanup} from 'ink-testing-library';
import {openerCommands, safeUrl, SYSTEM, type System} from '../../src/tui/system.js';
import {article, emptyIndex, sampleIndex} from './fixtures.js';
import {KEYS, renderApp, waitFor} from './helpers.js';

afterEach(() => cleanup());

const CTRL_O = '\u000F';

/** A system whose programs are recorded instead of run. */
function recording(env: NodeJS.ProcessEnv = {}) {
	const started: {command: string; args: string[]}[] = [];
	const paged: string[] = [];
	const system: System = {
		env,
		platform: 'linux',
		spawn(command, args) {
			started.push({command, args});
			return {on: () => undefined, unref: () => undefined};
		},
		spawnSync(_command, _args, options) {
			paged.push(String(options.input));
			return {error: undefined, status: 0};
		},
	};
	return {system, started, paged};
}

describe('from a comparison to the source', () => {
	it('opens the selected rendering’s article at its quote, and goes back and forward through the jumps', async () => {
		const app = await renderApp({index: sampleIndex(), size: {columns: 100, rows: 30}});
		await app.press('3');
		await app.press(KEYS.enter, (f) => f.includes('╭─ Comparison'));
		expect(app.frame()).toContain('› Daily Beacon');
		await app.press('l', (f) => f.includes('› Coastline Times'));
		await app.press(KEYS.enter, (f) => f.includes('╭─ Article · Coastline Times · at the quote'));
		expect(app.frame()).toContain('The strike deadline is winding up');
		await app.press('[', (f) => f.includes('╭─ Comparison') && f.includes('› Coastline Times'));
		await app.press(']', (f) => f.includes('╭─ Article · Coastline Times · at the quote'));
		await app.press(CTRL_O, (f) => f.includes('╭─ Comparison'));
		await app.press('[', (f) => f.includes('╭─ Statements'));
		await app.press('[', (f) => f.includes('Nothing to go back to.'));
		await app.press(']', (f) => f.includes('╭─ Comparison'));
		await app.press(']', (f) => f.includes('at the quote'));
		// A new jump drops the views ahead.
		await app.press(KEYS.escape, (f) => f.includes('╭─ Comparison'));
		await app.press(KEYS.enter, (f) => f.includes('at the quote'));
		await app.press(']', (f) => f.includes('Nothing to go forward to.'));
	});

	it('scrolls a long article to the quote and marks it with its sentence', async () => {
		const filler = Array.from({length: 60}, (_, i) => `Filler paragraph ${i} about the harbour.`).join('\n\n');
		const quote = 'We will keep the cranes running through the night';
		const one = article('far1', 'Daily Beacon', '2024-01-01', 'Far down', `${filler}\n\nThe night shift began early. Dock chief Ona Pell said: “${quote}.” Nobody disagreed.`);
		const two = article('far2', 'Coastline Times', '2024-01-02', 'Also far', `Dock chief Ona Pell told the crews: “${quote}.”`);
		const rendering = (a: typeof one) => {
			const start = a.body.indexOf(quote);
			return {id: `${a.id}:${start}`, article: a.id, outlet: a.outlet, published: a.published, text: quote, start, end: start + quote.length, kind: 'direct' as const, verb: 'said', speaker: null, speakerName: 'Ona Pell', speakerLabel: null};
		};
		const index = {...emptyIndex(), name: 'far', articles: [one, two], statements: [{id: 'f1', speaker: null, speakerName: 'Ona Pell', renderings: [rendering(one), rendering(two)], outlets: 2}]};
		const app = await renderApp({index, size: {columns: 80, rows: 24}});
		await app.press('3');
		await app.press(KEYS.enter, (f) => f.includes('╭─ Comparison'));
		await app.press(KEYS.enter, (f) => f.includes('at the quote'));
		const f = app.frame();
		expect(f).toContain('cranes running through the night');
		expect(f).toContain('The night shift began early.');
		expect(f).not.toContain('Far down');
		expect(f).not.toMatch(/╰─+ 1–/);
	});
});

describe('o: the article’s URL in the browser', () => {
	it('runs $BROWSER with the URL as one argument and says so', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'presslens-browser-'));
		const script = join(dir, 'browser.sh');
		const out = join(dir, 'opened.txt');
		writeFileSync(script, `#!/bin/sh\nprintf '%s' "$1" > '${out}'\n`);
		chmodSync(script, 0o755);
		const app = await renderApp({index: sampleIndex(), system: {...SYSTEM, env: {BROWSER: script}}});
		await app.press('o', (f) => f.includes('Opened https://coastlinetimes.example/a2'));
		await waitFor(() => existsSync(out) && readFileSync(out, 'utf8').length > 0, 'the stub browser to write the URL');
		expect(readFileSync(out, 'utf8')).toBe('https://coastlinetimes.example/a2');
	});

	it('says so when no browser can be started', async () => {
		const failing: System = {
			...SYSTEM,
			env: {},
			platform: 'linux',
			spawn(command, args, options) {
				return SYSTEM.spawn(`presslens-no-such-program-${command}`, args, options);
			},
		};
		const app = await renderApp({index: sampleIndex(), system: failing});
		await app.press('o', (f) => f.includes('No browser to open the URL: set $BROWSER'));
	});

	it('never opens a URL that is not http(s), and says why', async () => {
		const hostile = article('h1', 'Harbour Post', '2024-01-01', 'Hostile', 'Body.', {url: 'javascript:alert(1)'});
		const {system, started} = recording({BROWSER: 'firefox'});
		const app = await renderApp({index: {...emptyIndex(), name: 'hostile', articles: [hostile]}, system});
		await app.press('o', (f) => f.includes('not an http(s) address'));
		expect(started).toEqual([]);
	});

	it('checks and normalises URLs, and reads $BROWSER without a shell', () => {
		expect(safeUrl('https://example.org/a b"c')).toBe('https://example.org/a%20b%22c');
		expect(safeUrl('javascript:alert(1)')).toBeNull();
		expect(safeUrl('file:///etc/passwd')).toBeNull();
		expect(safeUrl('https://example.org/\u001B]52;c;x\u0007')).toBeNull();
		expect(safeUrl('https://user:pw@example.org/')).toBeNull();
		expect(safeUrl('not a url; rm -rf ~')).toBeNull();
		const url = 'https://example.org/x?a=1&b=$(id)';
		expect(openerCommands(url, {env: {BROWSER: 'firefox --new-tab:w3m %s'}, platform: 'linux'})).toEqual([
			{command: 'firefox', args: ['--new-tab', url]},
			{command: 'w3m', args: [url]},
			{command: 'xdg-open', args: [url]},
		]);
		expect(openerCommands(url, {env: {}, platform: 'darwin'})).toEqual([{command: 'open', args: [url]}]);
	});
});

describe('p: the article’s text in the pager', () => {
	it('lends the terminal to $PAGER with the sanitised text and comes back as it was', async () => {
		const hostile = article('p1', 'Harbour Post', '2024-01-01', 'Pager test', 'Plain words.\u001B[2J Then more words.');
		const {system, paged} = recording({PAGER: 'less -R'});
		const lent: string[] = [];
		const terminal = {release: () => lent.push('release'), retake: () => lent.push('retake')};
		const app = await renderApp({index: {...emptyIndex(), name: 'pager', articles: [hostile]}, system, terminal});
		await app.press(KEYS.enter, (f) => f.includes('╭─ Article'));
		await app.press('j');
		const before = app.frame();
		await app.press('p', (f) => f.includes('Back from the pager.'));
		expect(lent).toEqual(['release', 'retake']);
		expect(paged).toHaveLength(1);
		expect(paged[0]).toContain('Pager test');
		expect(paged[0]).toContain('Plain words.');
		expect(paged[0]).not.toContain('\u001B');
		const body = (f: string) => f.split('\n').slice(0, -1).join('\n');
		expect(body(app.frame())).toBe(body(before));
	});

	it('says so where there is no terminal to lend', async () => {
		const app = await renderApp({index: sampleIndex(), terminal: null});
		await app.press('p', (f) => f.includes('The pager needs a terminal.'));
	});
});
