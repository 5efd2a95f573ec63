// The BUILT app in a real pseudo-terminal (tmux) with a user config: articles piped in on standard
// input (the header names it so), a rebound key, and the themes' colours read back from escape-coded
// captures and measured against light and dark backgrounds.
import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {THEMES} from '../../src/tui/theme/themes.js';
import {ansi256Rgb, BLACK, capturedForegrounds, contrast, paletteForegrounds, WHITE} from './contrast.js';
import {root, skipReason, tmuxSession} from './tmux.js';

const session = `presslens-pty-config-${process.pid}`;
const {tmux, kill, screen, waitScreen} = tmuxSession(session, 60_000);

const records = [
	{title: 'Harbour plan approved', outlet: 'Harbour Times', date: '2024-03-02', text: 'The harbour board approved the plan. "We will start in spring," said Maria Lopez, the board chair.'},
	{title: 'Harbour plan passes', outlet: 'Coast Gazette', date: '2024-03-01', text: 'The plan passed the board. "We will surely start in spring," Maria Lopez told reporters.'},
];

/** The number of a 256-colour code in a theme style ("ansi256(24)" -> 24). */
const code = (colour: string | undefined) => Number(/\((\d+)\)/.exec(colour ?? '')?.[1]);

describe.skipIf(skipReason !== '')(`the app with a user config in a pseudo-terminal${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
	let dir = '';
	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), 'presslens-pty-config-'));
		mkdirSync(join(dir, 'presslens'));
		writeFileSync(join(dir, 'presslens', 'config.json'), JSON.stringify({keys: {'move.down': ['u', 'down']}, theme: 'light'}));
		writeFileSync(join(dir, 'news.jsonl'), records.map((r) => JSON.stringify(r)).join('\n') + '\n');
	});
	// Each run has a session of its own: keys meant for one never reach another, even after a failure.
	afterEach(() => {
		kill();
	});
	afterAll(() => {
		rmSync(dir, {recursive: true, force: true});
	});

	/** Starts the app with articles piped in; FORCE_COLOR=2 makes the colours those of the 256-colour table. */
	async function start(env: string, args = '') {
		kill();
		// Run from the config folder: nothing the app might write lands in the project.
		const command = `cat news.jsonl | env -u NO_COLOR FORCE_COLOR=2 XDG_CONFIG_HOME=${dir} ${env} node ${join(root, 'bin/presslens.js')} - --no-cache ${args}; echo "APP-EXIT=$?"; sleep 60`;
		tmux('new-session', '-d', '-s', session, '-x', '120', '-y', '40', '-c', dir, command);
		return waitScreen((s) => s.includes('linked') && s.includes('╭─ Article ·') && s.includes('? help'), 'the app on standard input');
	}
	async function quit() {
		tmux('send-keys', '-t', session, 'q');
		expect(await waitScreen((s) => s.includes('APP-EXIT='), 'the app to exit')).toContain('APP-EXIT=0');
	}

	it('names standard input in the header, obeys the rebound key and draws the light theme readably on white', async () => {
		const s = await start('');
		expect(s).toMatch(/^presslens standard input · 2 articles · 2 outlets/m);
		expect(s).not.toContain('presslens-stdin-');
		expect(s).toContain('╭─ Article · Harbour Times');
		expect(s).toMatch(/u\/k move/);
		tmux('send-keys', '-t', session, 'u');
		await waitScreen((x) => x.includes('╭─ Article · Coast Gazette'), 'the rebound key moving down');
		tmux('send-keys', '-t', session, '3', 'Enter');
		await waitScreen((x) => x.includes('╭─ Comparison') && x.includes('Differences'), 'a comparison with its differences');
		const colours = screen(true);
		const used = capturedForegrounds(colours);
		expect(used).toContain(code(THEMES.light.styles.entity.color));
		expect(used).toContain(code(THEMES.light.styles.diff.color));
		expect(paletteForegrounds(colours)).toEqual([]);
		for (const n of used) {
			const least = n === code(THEMES.light.styles.frame.color) ? 3 : 4.5;
			expect(contrast(ansi256Rgb(n)!, WHITE), `colour ${n} on white`).toBeGreaterThanOrEqual(least);
		}
		tmux('send-keys', '-t', session, '?');
		expect(await waitScreen((x) => x.includes('╭─ Keys'), 'the help')).toMatch(/u, ↓ +Move down/);
		// In the help a letter filters it (q too): Esc closes it first.
		tmux('send-keys', '-t', session, 'Escape');
		await waitScreen((x) => !x.includes('╭─ Keys'), 'the help to close');
		await quit();
	}, 180_000);

	it('draws the default theme readably on white and on black, and mono without colour', async () => {
		await start('PRESSLENS_THEME=mono', '--theme default');
		tmux('send-keys', '-t', session, '3', 'Enter');
		await waitScreen((x) => x.includes('╭─ Comparison'), 'a comparison');
		const used = capturedForegrounds(screen(true));
		expect(used).toContain(code(THEMES.default.styles.entity.color));
		for (const n of used) {
			const least = n === code(THEMES.default.styles.frame.color) ? 3 : 4;
			for (const [name, background] of [['white', WHITE], ['black', BLACK]] as const) {
				expect(contrast(ansi256Rgb(n)!, background), `colour ${n} on ${name}`).toBeGreaterThanOrEqual(least);
			}
		}
		await quit();
		await start('PRESSLENS_THEME=mono');
		tmux('send-keys', '-t', session, '3', 'Enter');
		await waitScreen((x) => x.includes('╭─ Comparison'), 'a comparison');
		const mono = screen(true);
		expect(capturedForegrounds(mono)).toEqual([]);
		expect(paletteForegrounds(mono)).toEqual([]);
		// Differing words are inverse and bold (SGR 1 and 7) rather than coloured.
		expect(mono).toMatch(/\u001B\[[0-9;]*7[;m]/);
		await quit();
	}, 300_000);
});
