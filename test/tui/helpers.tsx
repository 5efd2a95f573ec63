// Drive the app as a user would: keys in, frame text out, waiting for frames instead of sleeping.
import {render} from 'ink-testing-library';
import {App, type AppProps} from '../../src/tui/App.js';

export const KEYS = {
	up: '\u001B[A',
	down: '\u001B[B',
	right: '\u001B[C',
	left: '\u001B[D',
	pageUp: '\u001B[5~',
	pageDown: '\u001B[6~',
	home: '\u001B[H',
	end: '\u001B[F',
	tab: '\t',
	shiftTab: '\u001B[Z',
	enter: '\r',
	escape: '\u001B',
	backspace: '\u007F',
};

const ANSI = /\u001B\[[0-9;]*m/g;

// Generous: a loaded CI machine can take seconds for a frame; a passing wait ends as soon as it holds.
export async function waitFor(condition: () => boolean, what = 'condition', timeoutMs = 30_000): Promise<void> {
	const start = Date.now();
	while (!condition()) {
		if (Date.now() - start > timeoutMs) throw new Error(`timed out waiting for ${what}`);
		await new Promise((resolve) => setTimeout(resolve, 5));
	}
}

export async function renderApp(props: AppProps) {
	const instance = render(<App size={{columns: 100, rows: 30}} writeRaw={null} {...props} />);
	const frame = () => (instance.lastFrame() ?? '').replace(ANSI, '');
	await waitFor(() => frame().includes('presslens') || frame().includes('Terminal too small'), 'first frame');
	// useInput subscribes in an effect after the first frame; let it run before typing.
	await new Promise((resolve) => setImmediate(resolve));
	const frames = () => instance.frames.length;
	return {
		...instance,
		frame,
		/** Write keys, then wait until a new frame satisfies `until` (default: any new frame). */
		async press(keys: string, until?: (frame: string) => boolean, what?: string) {
			const before = frames();
			instance.stdin.write(keys);
			await waitFor(() => frames() > before && (until ? until(frame()) : true), what ?? `frame after ${JSON.stringify(keys)}`);
			return frame();
		},
		async until(condition: (frame: string) => boolean, what?: string) {
			await waitFor(() => condition(frame()), what);
			return frame();
		},
	};
}
