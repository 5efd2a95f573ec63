// Runs the BUILT app in a real pseudo-terminal (tmux) on the bundled corpus: an entity card's
// framing table, a cell's sentences and the article opened at one of them, g/G on the card, and the
// Outlets pane with an outlet's page (issue 15's "the app in tmux").
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {root, skipReason, tmuxSession} from './tmux.js';

const session = `presslens-pty-framing-${process.pid}`;
const {tmux, kill, screen, waitScreen} = tmuxSession(session, 15_000);

/** The footer's range of a scrolled view ("1–24 of 61"), or null when it shows none. */
const range = (s: string) => {
	const m = /(\d+)–(\d+) of (\d+) ─╯/.exec(s);
	return m ? {from: Number(m[1]), to: Number(m[2]), of: Number(m[3])} : null;
};

describe.skipIf(skipReason !== '')(`framing and outlets in a pseudo-terminal${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
	let dir = '';
	afterAll(() => {
		kill();
		if (dir) rmSync(dir, {recursive: true, force: true});
	});

	it('shows the framing table, opens a cell’s sentences and the article at one, moves with g/G, opens an outlet', async () => {
		// FORCE_COLOR: with CI set, the colour library would print no styles at all, and the marked
		// sentence (inverse video) could not be seen; NO_COLOR still makes the app monochrome.
		tmux('new-session', '-d', '-s', session, '-x', '120', '-y', '30', '-c', root, 'NO_COLOR=1 FORCE_COLOR=1 node bin/presslens.js data');
		await waitScreen((x) => x.includes('╭─ Articles'), 'the article list');
		tmux('send-keys', '-t', session, '2');
		await waitScreen((x) => x.includes('╭─ Entities'), 'the entities pane');
		tmux('send-keys', '-t', session, '/', 'nujaba');
		await waitScreen((x) => x.includes('/nujaba▏'), 'the search prompt');
		tmux('send-keys', '-t', session, 'Enter');
		await waitScreen((x) => x.includes('Filter “nujaba” kept'), 'the kept filter');
		tmux('send-keys', '-t', session, 'Enter');
		// The card on the whole screen (the Entities pane's preview beside the list comes first).
		const card = (x: string) => /^╭─ Entity · al-Nujaba/m.test(x);
		let s = await waitScreen((x) => card(x) && x.includes('How outlets label it'), 'the framing table');

		// The card opens at its top: its name, then the table, rows by outlet.
		const lines = s.split('\n');
		const header = lines.find((l) => /OUTLET\s+ART\./.test(l))!;
		const columns = header.replace(/^│\s+OUTLET\s+ART\.\s+/, '').replace(/\s*│\s*$/, '').split(/\s{2,}/);
		const sputnik = lines.find((l) => l.includes('Sputnik International') && /\d/.test(l))!;
		const counts = sputnik.replace(/^│\s*›?\s*Sputnik International\s+/, '').replace(/\s*│\s*$/, '').split(/\s+/);
		const militia = columns.indexOf('militia');
		expect(militia, header).toBeGreaterThanOrEqual(0);
		// The gold: Sputnik calls al-Nujaba a militia ("a 10,000 militiamen-strong Iraqi Shia militia movement").
		expect(Number(counts[1 + militia]), sputnik).toBeGreaterThan(0);
		const top = range(s);
		expect(top?.from ?? 1).toBe(1);

		// l moves to the militia column; Enter lists its sentences for the selected outlet.
		for (let k = 0; k < militia; k++) tmux('send-keys', '-t', session, 'l');
		tmux('send-keys', '-t', session, 'Enter');
		s = await waitScreen((x) => x.includes('╭─ Evidence · al-Nujaba · militia'), 'the cell’s sentences');
		expect(s).toContain('Sputnik International calls al-Nujaba “militia”');
		expect(s).toContain('militia movement');

		// Enter opens the article at that sentence, marked.
		tmux('send-keys', '-t', session, 'Enter');
		s = await waitScreen((x) => x.includes('at the sentence ─'), 'the article at the sentence');
		expect(s).toContain('Article · Sputnik International');
		const marked = screen(true)
			.split('\n')
			.filter((l) => l.includes('\u001b[7m') || l.includes('\u001b[1;7m'));
		expect(marked.join('\n')).toMatch(/militia/);

		// Back to the card: G goes to its end, g to its top.
		tmux('send-keys', '-t', session, 'Escape');
		await waitScreen((x) => x.includes('╭─ Evidence'), 'the sentences again');
		tmux('send-keys', '-t', session, 'Escape');
		await waitScreen(card, 'the card again');
		tmux('send-keys', '-t', session, 'G');
		s = await waitScreen((x) => {
			const r = range(x);
			return r !== null && r.to === r.of && r.from > 1;
		}, 'the card’s end');
		expect(s).not.toContain('How outlets label it');
		tmux('send-keys', '-t', session, 'g');
		s = await waitScreen((x) => x.includes('How outlets label it') && range(x)?.from === 1, 'the card’s top');

		// The Outlets pane: every outlet with its figures; Enter opens one's page.
		tmux('send-keys', '-t', session, '5');
		s = await waitScreen((x) => x.includes('╭─ Outlets'), 'the Outlets pane');
		for (const outlet of ['Al-Ahed News', 'SouthFront']) expect(s).toContain(outlet);
		tmux('send-keys', '-t', session, 'Enter');
		s = await waitScreen((x) => /╭─ Outlet · \S/.test(x) && x.includes('Its labels for the corpus’s top names') && !x.includes('╭─ Outlets'), 'an outlet’s page');
		expect(s).toMatch(/statements carried, \d+ reported first/);
		expect(s).toContain('Articles (');

		tmux('send-keys', '-t', session, 'q');
	}, 60_000);

	it('toggles the rows to outlet groups with r and sets two groups side by side with c', async () => {
		// Four made-up records; presslens.json puts two outlets in one group and one in another.
		dir = mkdtempSync(join(tmpdir(), 'presslens-pty-framing-'));
		const records = [
			{title: 'Brigade holds the bridge', outlet: 'North Star', date: '2024-03-01', text: 'The Zarqan Brigade, a hardline militia, held the bridge on Monday. Residents said the fighters stayed until dusk.'},
			{title: 'Brigade leaves the port', outlet: 'North Wind', date: '2024-03-02', text: 'The Zarqan Brigade, an armed militia, left the port on Tuesday. Traders said the road was open again.'},
			{title: 'Brigade keeps the road open', outlet: 'South Post', date: '2024-03-02', text: 'The Zarqan Brigade, a popular resistance movement, kept the coast road open on Tuesday. Farmers said they could reach the market.'},
			{title: 'Brigade seen near the dam', outlet: 'Plain Daily', date: '2024-03-03', text: 'The Zarqan Brigade, an armed group, was seen near the dam on Wednesday. Officials said nothing more.'},
		];
		writeFileSync(join(dir, 'news.jsonl'), records.map((r) => JSON.stringify(r)).join('\n') + '\n');
		writeFileSync(join(dir, 'presslens.json'), JSON.stringify({outlets: {groups: {'North*': 'northern press', 'South Post': 'southern press'}}}));
		kill();
		tmux('new-session', '-d', '-s', session, '-x', '100', '-y', '40', '-c', root, `NO_COLOR=1 node bin/presslens.js --no-cache ${dir}`);
		await waitScreen((x) => x.includes('╭─ Articles'), 'the article list');
		tmux('send-keys', '-t', session, '2');
		await waitScreen((x) => x.includes('╭─ Entities'), 'the entities pane');
		tmux('send-keys', '-t', session, '/', 'zarqan');
		await waitScreen((x) => x.includes('/zarqan▏'), 'the search prompt');
		tmux('send-keys', '-t', session, 'Enter');
		await waitScreen((x) => x.includes('Filter “zarqan” kept'), 'the kept filter');
		tmux('send-keys', '-t', session, 'Enter');
		let s = await waitScreen((x) => /^╭─ Entity · Zarqan Brigade/m.test(x) && x.includes('How outlets label it'), 'the card');
		expect(s).toMatch(/North Star +1 /);

		tmux('send-keys', '-t', session, 'r');
		s = await waitScreen((x) => x.includes('How outlet groups label it'), 'the table by group');
		expect(s).toMatch(/northern press +2 /);
		expect(s).toMatch(/southern press +1 /);
		expect(s).toMatch(/\(no group\) +1 /);
		expect(s).not.toMatch(/North Star +1 /);

		tmux('send-keys', '-t', session, 'c');
		s = await waitScreen((x) => x.includes('Side by side:'), 'two groups side by side');
		expect(s).toMatch(/Side by side: northern press against southern press/);
		const row = (label: string) => s.split('\n').find((l) => new RegExp(`^│ +${label} `).test(l)) ?? '';
		expect(row('militia')).toContain('only northern press');
		expect(row('resistance')).toContain('only southern press');
		expect(row('armed')).toContain('only northern press');

		tmux('send-keys', '-t', session, 'q');
	}, 60_000);
});
