// The one place input is read: keys become reducer actions, effects run, resizes re-measure.
import {useApp, useInput, useStdin, useStdout} from 'ink';
import {useCallback, useEffect, useMemo, useRef, useState} from 'react';
import type {Statement} from '../analysis/types.js';
import {runEffect, type Terminal} from './effects.js';
import {SYSTEM, type System} from './system.js';
import {createEnv} from './state/env.js';
import {keysFromInput} from './state/keymap.js';
import type {Size} from './state/layout.js';
import type {Model} from './model/model.js';
import {update, updateKeys, type Action} from './state/reducer.js';
import type {AppState, Effect} from './state/types.js';
import {MOUSE_OFF, MOUSE_ON, parseMouse, type MouseEvent} from './state/mouse.js';

export interface ControllerOptions {
	model: Model;
	brackets: boolean;
	/** Fixed size (tests); otherwise the terminal's, following resizes. */
	size?: Size;
	cwd: string;
	/** Raw terminal writes for OSC 52; null when not on a terminal. */
	writeRaw?: ((data: string) => void) | null;
	formatMarkdown?: (statement: Statement, model: Model) => string;
	initial?: AppState;
	/** The browser and pager programs (tests pass stubs). */
	system?: System;
	/** The terminal lent to the pager; default: Ink's, when on a terminal. */
	terminal?: Terminal | null;
	/** Mouse reporting is on (run.tsx turned it on): it goes off while the pager has the terminal. */
	mouse?: boolean;
}

// Ink keeps the alternate screen the app started on only if it is entered again after a pager left it.
const ENTER_ALT = '\u001B[?1049h\u001B[H\u001B[2J';
const HIDE_CURSOR = '\u001B[?25l';

/** Ink's terminal, lent to another program: raw keys off and the screen left, then both back and the frame redrawn whole. */
function useTerminal(given: Terminal | null | undefined, mouse: boolean): Terminal | null {
	const {stdout, write} = useStdout();
	const {setRawMode, isRawModeSupported} = useStdin();
	return useMemo(() => {
		if (given !== undefined) return given;
		if (!stdout.isTTY || !isRawModeSupported) return null;
		return {
			// The pager runs synchronously: while it has the terminal nothing here reads from it.
			release() {
				setRawMode(false);
				stdout.write((mouse ? MOUSE_OFF : '') + '\u001B[?25h');
			},
			retake() {
				setRawMode(true);
				// Ink's write() clears its frame, writes this and draws the last frame again in full.
				write(ENTER_ALT + HIDE_CURSOR + (mouse ? MOUSE_ON : ''));
			},
		};
	}, [given, stdout, setRawMode, isRawModeSupported, write, mouse]);
}

/**
 * Reads mouse reports before Ink turns them into keys: the raw input event is seen here first, and
 * the key handler is told to drop the same input (Ink hands it over without its Esc, as "[<64;3;9M").
 * Reports are dropped even with the mouse off: a terminal another program left reporting sends them.
 */
function useMouse(on: boolean, handle: (event: MouseEvent) => void): (input: string) => boolean {
	const {internal_eventEmitter: events} = useStdin();
	const taken = useRef<string | null>(null);
	const latest = useRef(handle);
	latest.current = handle;
	useEffect(() => {
		const onRaw = (data: unknown) => {
			const event = typeof data === 'string' ? parseMouse(data) : null;
			if (!event) return;
			taken.current = data as string;
			if (on) latest.current(event);
		};
		// First among the listeners, so the report is known before the key handler sees it.
		events.prependListener('input', onRaw);
		return () => {
			events.removeListener('input', onRaw);
		};
	}, [events, on]);
	return useCallback((input: string) => {
		const raw = taken.current;
		taken.current = null;
		return raw !== null && raw.slice(1) === input;
	}, []);
}

function useTerminalSize(fixed?: Size): Size {
	const {stdout} = useStdout();
	const read = useCallback(
		(): Size => fixed ?? {columns: stdout.columns || 80, rows: stdout.rows || 24},
		[stdout, fixed],
	);
	const [size, setSize] = useState(read);
	useEffect(() => {
		if (fixed) {
			setSize(fixed);
			return;
		}
		const onResize = () => setSize(read());
		stdout.on('resize', onResize);
		return () => {
			stdout.off('resize', onResize);
		};
	}, [stdout, fixed, read]);
	return size;
}

export function useController(options: ControllerOptions) {
	const {model, brackets, cwd, formatMarkdown} = options;
	const {exit} = useApp();
	const {stdout} = useStdout();
	const size = useTerminalSize(options.size);
	const env = useMemo(() => createEnv(model, size, {brackets}), [model, size, brackets]);
	const [state, setState] = useState<AppState>(() => options.initial ?? model.registry.initialState());
	// Keys in one chunk are applied one after the other to the newest state, not a render's copy.
	const current = useRef(state);
	const writeRaw = options.writeRaw === undefined ? (stdout.isTTY ? (data: string) => stdout.write(data) : null) : options.writeRaw;
	const system = options.system ?? SYSTEM;
	const terminal = useTerminal(options.terminal, options.mouse ?? false);
	// A report that arrives after its effect (a browser that did not start) updates the newest state.
	const dispatch = useCallback(
		(action: Action) => {
			const result = update(current.current, action, env);
			current.current = result.state;
			setState(result.state);
		},
		[env],
	);

	const apply = useCallback(
		(next: AppState, effects: Effect[]) => {
			let result = next;
			for (const effect of effects) {
				if (effect.kind === 'quit') {
					current.current = result;
					setState(result);
					exit();
					return;
				}
				const actions: Action[] = runEffect(effect, {model, writeRaw, cwd, formatMarkdown, system, terminal, dispatch});
				for (const action of actions) result = update(result, action, env).state;
			}
			current.current = result;
			setState(result);
		},
		[env, exit, model, writeRaw, cwd, formatMarkdown, system, terminal, dispatch],
	);

	const isMouse = useMouse(options.mouse ?? false, (event) => {
		const result = update(current.current, {type: 'mouse', event}, env);
		apply(result.state, result.effects);
	});
	useInput((input, key) => {
		if (isMouse(input)) return;
		const keys = keysFromInput(input, key);
		if (keys.length === 0) return;
		const result = updateKeys(current.current, keys, env);
		apply(result.state, result.effects);
	});

	// A new size changes page lengths and wrapping: bring cursors and scrolls back in range.
	useEffect(() => {
		const result = update(current.current, {type: 'resize'}, env);
		if (result.state !== current.current) {
			current.current = result.state;
			setState(result.state);
		}
	}, [env]);

	return {state, env, size};
}
