// Runs the BUILT app in a real pseudo-terminal (tmux) on the bundled corpus: starts, switches
// panes, searches, opens a comparison, resizes, and quits leaving the shell's screen as it was.
import {afterAll, describe, expect, it} from 'vitest';
import {root, skipReason, tmuxSession} from './tmux.js';

const session = `presslens-pty-${process.pid}`;
const {tmux, kill, screen, waitScreen} = tmuxSession(session, 15_000);

describe.skipIf(skipReason !== '')(`the built app in a pseudo-terminal${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
	afterAll(() => {
		kill();
	});

	it('starts on data/, switches panes, searches, compares, resizes and quits cleanly', async () => {
		// A shell first, so that after quitting we can see what the app left on its screen.
		tmux('new-session', '-d', '-s', session, '-x', '100', '-y', '30', '-c', root, 'sh');
		tmux('send-keys', '-t', session, 'clear; echo BEFORE-APP; node bin/presslens.js data; echo "APP-EXIT=$?"', 'Enter');
		let s = await waitScreen((x) => x.includes('╭─ Articles'), 'the article list');
		expect(s).toMatch(/presslens data · 5 articles/);
		expect(s.split('\n').filter((l) => /^│ (\d{4}-\d\d-\d\d|—) /.test(l))).toHaveLength(5);

		tmux('send-keys', '-t', session, '2');
		await waitScreen((x) => x.includes('╭─ Entities'), 'the entities pane');
		tmux('send-keys', '-t', session, '/', 'kadh');
		s = await waitScreen((x) => x.includes('/kadh▏'), 'the search prompt');
		tmux('send-keys', '-t', session, 'Enter');
		await waitScreen((x) => x.includes('Filter “kadh” kept'), 'the kept filter');
		tmux('send-keys', '-t', session, 'Enter');
		s = await waitScreen((x) => x.includes('╭─ Entity ·'), 'an entity card');
		expect(s).toContain('Aliases');

		tmux('send-keys', '-t', session, '3');
		await waitScreen((x) => x.includes('╭─ Statements'), 'the statements pane');
		tmux('send-keys', '-t', session, 'Enter');
		s = await waitScreen((x) => x.includes('╭─ Comparison') && x.includes('verb '), 'a comparison');
		expect(s).toContain('Differences');

		tmux('resize-window', '-t', session, '-x', '80', '-y', '24');
		s = await waitScreen((x) => x.split('\n').some((l) => l.startsWith('╰') && l.length === 80), 'a redraw at 80×24');
		// No line of the old, wider frame is left behind.
		for (const line of s.split('\n')) expect([...line].length).toBeLessThanOrEqual(80);

		tmux('send-keys', '-t', session, 'q');
		s = await waitScreen((x) => x.includes('APP-EXIT='), 'the app to exit');
		expect(s).toContain('APP-EXIT=0');
		// The alternate screen is gone: the shell's own lines are back and no frame is left.
		expect(s).toContain('BEFORE-APP');
		expect(s).not.toContain('╭─');
	}, 60_000);
});
