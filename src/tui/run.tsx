// Starts the app on a real terminal: alternate screen, Ink render, and a terminal left as it was
// found however the app ends (q, Ctrl+C, an error, a signal).
import './production.js';
import {render} from 'ink';
import {createElement, useSyncExternalStore} from 'react';
import type {Statement} from '../analysis/types.js';
import {IndexSource} from '../index/source.js';
import type {CorpusIndex} from '../index/types.js';
import {App, type AppProps} from './App.js';
import type {Model} from './model/model.js';
import type {Registry} from './specs/registry.js';
import {ThemeContext} from './theme/context.js';
import {DEFAULT_THEME, type Theme} from './theme/themes.js';
import {MOUSE_OFF, MOUSE_ON} from './state/mouse.js';

export interface RunOptions {
	stdin?: NodeJS.ReadStream;
	stdout?: NodeJS.WriteStream;
	/** Draw on the alternate screen (default: when stdout is a terminal). */
	alternateScreen?: boolean;
	/** Colour; default: on unless NO_COLOR is set or the terminal has no colours. */
	color?: boolean;
	/** Folder for exported comparisons (default: the current directory). */
	cwd?: string;
	formatMarkdown?: (statement: Statement, model: Model) => string;
	/** The colours (default: the default theme). */
	theme?: Theme;
	/** The panes and keys, with the user's bindings (default: the app's). */
	registry?: Registry;
	/** Ask the terminal for mouse reports (default: when stdout is a terminal); off keeps its own text selection. */
	mouse?: boolean;
}

const ENTER_ALT = '\u001B[?1049h\u001B[H';
const LEAVE_ALT = '\u001B[?1049l';
const SHOW_CURSOR = '\u001B[?25h';

/** The app over an index still being opened: a progress line in the header, panes filling in. */
export function LiveApp({source, ...props}: Omit<AppProps, 'index' | 'progress'> & {source: IndexSource}) {
	const state = useSyncExternalStore(
		(onChange) => source.subscribe(onChange),
		() => source.current,
	);
	return createElement(App, {...props, index: state.index, progress: state.done ? undefined : state.progress});
}

/** Runs the app on a built index, or on an IndexSource so it shows at once and fills in. */
export async function runApp(input: CorpusIndex | IndexSource, options: RunOptions = {}): Promise<void> {
	const stdout = options.stdout ?? process.stdout;
	const stdin = options.stdin ?? process.stdin;
	const alternate = options.alternateScreen ?? Boolean(stdout.isTTY);
	const color =
		options.color ?? (!('NO_COLOR' in process.env) && (typeof stdout.hasColors === 'function' ? stdout.hasColors() : Boolean(stdout.isTTY)));
	const mouse = options.mouse ?? Boolean(stdout.isTTY);
	let restored = false;
	// A terminal left reporting the mouse would type its reports into the shell: off first, whatever ends the app.
	const restore = () => {
		if (restored) return;
		restored = true;
		if (mouse) stdout.write(MOUSE_OFF);
		if (alternate) stdout.write(SHOW_CURSOR + LEAVE_ALT);
	};
	if (alternate) stdout.write(ENTER_ALT);
	if (mouse) stdout.write(MOUSE_ON);
	// Ink removes its own listeners on exit; these make sure a crash or a kill leaves the screen too.
	const onExit = () => restore();
	const onSignal = (signal: NodeJS.Signals) => {
		// SIGHUP: the terminal is gone and writing to it fails; only leave.
		if (signal !== 'SIGHUP') {
			try {
				instance.unmount();
				restore();
			} catch {
				// The terminal may already be closed.
			}
		}
		process.exit(signal === 'SIGHUP' ? 129 : 143);
	};
	// A closed terminal (EIO) or pipe (EPIPE) while drawing ends the app quietly.
	const onWriteError = (error: NodeJS.ErrnoException) => {
		if (error.code === 'EIO' || error.code === 'EPIPE') {
			restored = true;
			process.exit(0);
		}
		throw error;
	};
	stdout.on('error', onWriteError);
	const source = input instanceof IndexSource ? input : IndexSource.of(input);
	// No JSX in this file: its runtime import would load React before production.js could choose the build.
	const app = createElement(LiveApp, {source, color, cwd: options.cwd, formatMarkdown: options.formatMarkdown, registry: options.registry, mouse});
	const instance = render(createElement(ThemeContext.Provider, {value: options.theme ?? DEFAULT_THEME}, app), {
		stdout,
		stdin,
		exitOnCtrlC: true,
		patchConsole: true,
	});
	process.once('exit', onExit);
	process.once('SIGTERM', onSignal);
	process.once('SIGHUP', onSignal);
	try {
		await instance.waitUntilExit();
	} finally {
		instance.cleanup();
		restore();
		process.off('exit', onExit);
		process.off('SIGTERM', onSignal);
		process.off('SIGHUP', onSignal);
		stdout.off('error', onWriteError);
	}
}
