// The programs outside the app that `o` and `p` hand an article to: the user's browser (or the
// system opener) and their pager. Article text is hostile, so nothing from it ever reaches a
// shell: a URL is parsed and must be http(s) before it is passed as one argument, and a pager
// reads the sanitised text on its standard input.
import {spawn, spawnSync, type SpawnOptions, type SpawnSyncOptions, type SpawnSyncReturns} from 'node:child_process';

export interface System {
	env: NodeJS.ProcessEnv;
	platform: NodeJS.Platform;
	spawn: (command: string, args: string[], options: SpawnOptions) => {on(event: 'error', listener: (error: Error) => void): unknown; unref(): void};
	spawnSync: (command: string, args: string[], options: SpawnSyncOptions) => Pick<SpawnSyncReturns<string | Buffer>, 'error' | 'status'>;
}

export {safeUrl} from '../text/url.js';

export const SYSTEM: System = {env: process.env, platform: process.platform, spawn, spawnSync};

export interface Command {
	command: string;
	args: string[];
}

/** A program setting ("less -R", "firefox %s") as a program and its arguments, split on spaces (no shell, no quoting). */
function words(setting: string): string[] {
	return setting.trim().split(/\s+/).filter(Boolean);
}

/**
 * The programs to try, in order, for a URL: each entry of $BROWSER (colon-separated, `%s` replaced
 * by the URL, else the URL added as the last argument), then the system opener.
 */
export function openerCommands(url: string, system: Pick<System, 'env' | 'platform'>): Command[] {
	const out: Command[] = [];
	for (const entry of (system.env.BROWSER ?? '').split(':')) {
		const [command, ...args] = words(entry);
		if (!command) continue;
		const withUrl = args.some((a) => a.includes('%s')) ? args.map((a) => a.replaceAll('%s', url)) : [...args, url];
		out.push({command, args: withUrl});
	}
	if (system.platform === 'darwin') out.push({command: 'open', args: [url]});
	else if (system.platform !== 'win32') out.push({command: 'xdg-open', args: [url]});
	return out;
}

/** Starts the first program that exists; `done` gets the message for the status bar. */
export function openUrl(url: string, system: System, done: (error: string | null, command?: string) => void): void {
	const commands = openerCommands(url, system);
	const attempt = (k: number) => {
		if (k >= commands.length) {
			done('No browser to open the URL: set $BROWSER (or install xdg-open).');
			return;
		}
		const {command, args} = commands[k];
		// The opener's own output would draw over the app: it gets no terminal.
		const child = system.spawn(command, args, {stdio: 'ignore', detached: true, shell: false});
		let failed = false;
		child.on('error', () => {
			failed = true;
			attempt(k + 1);
		});
		child.unref();
		// A missing program reports its error before the next turn; otherwise it started.
		setImmediate(() => {
			if (!failed) done(null, command);
		});
	};
	attempt(0);
}

/** The pager: $PAGER, else less. */
export function pagerCommand(env: NodeJS.ProcessEnv): Command {
	const [command, ...args] = words(env.PAGER ?? '');
	return command ? {command, args} : {command: 'less', args: []};
}

/** Runs the pager on `text` while the terminal is handed over to it; the error for the status bar, or null. */
export function pageText(text: string, system: System): string | null {
	const {command, args} = pagerCommand(system.env);
	const result = system.spawnSync(command, args, {input: text, stdio: ['pipe', 'inherit', 'inherit'], shell: false});
	if (result.error) {
		const code = (result.error as NodeJS.ErrnoException).code;
		return code === 'ENOENT' ? `No pager “${command}”: set $PAGER.` : `The pager failed: ${result.error.message}`;
	}
	return null;
}
