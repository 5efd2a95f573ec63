// Driving the BUILT app in a real pseudo-terminal: one tmux session per test file, its screen read
// back (with escape codes when asked) and waited on. Skipped where tmux or the build is missing.
import {execFileSync, spawnSync} from 'node:child_process';
import {existsSync} from 'node:fs';
import {resolve} from 'node:path';

export const root = resolve(import.meta.dirname, '../..');
const hasTmux = spawnSync('tmux', ['-V']).status === 0;
const built = existsSync(resolve(root, 'dist/src/cli.js'));
export const skipReason = !hasTmux ? 'tmux is not installed' : !built ? 'the app is not built (npm test builds it first)' : '';

/**
 * A tmux server of its own (a socket named after the session), so test files running at the same
 * time never share a server one of them shuts down. kill() ends it and moves on to a new socket:
 * a server still shutting down cannot refuse the next session.
 */
export function tmuxSession(session: string, defaultTimeoutMs: number) {
	let runs = 0;
	const socket = () => `${session}-${runs}`;
	const tmux = (...args: string[]) => execFileSync('tmux', ['-L', socket(), ...args], {encoding: 'utf8'});
	const kill = () => {
		spawnSync('tmux', ['-L', socket(), 'kill-server']);
		runs++;
	};
	const screen = (escapes = false) => tmux('capture-pane', '-p', ...(escapes ? ['-e'] : []), '-t', session);
	async function waitScreen(condition: (s: string) => boolean, what: string, timeoutMs = defaultTimeoutMs): Promise<string> {
		const start = Date.now();
		for (;;) {
			const s = screen();
			if (condition(s)) return s;
			if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}; screen:\n${s}`);
			await new Promise((r) => setTimeout(r, 50));
		}
	}
	return {tmux, kill, screen, waitScreen};
}
