// The app's colours, in one object per theme: every mark of article text (segments.ts) and every
// part of the frame (borders, tabs, prompt, messages) takes its style from here. Colours are
// chosen from the 256-colour cube, whose values terminals agree on (the first 16 colours are each
// terminal's own), and checked for contrast in test/tui/theme.test.ts:
// - default: mid-tone colours that keep at least 4:1 against both white and black backgrounds;
// - dark / light: brighter or deeper colours for a known background (at least 4.5:1 against it);
// - mono: bold, underline and inverse only, for terminals whose colours cannot be trusted.
import type {Mark} from '../text/segments.js';

export interface TextStyle {
	color?: string;
	backgroundColor?: string;
	bold?: boolean;
	dimColor?: boolean;
	underline?: boolean;
	inverse?: boolean;
	italic?: boolean;
}

/** Parts of the frame around the text, styled by the theme too. */
export type Part = 'frame' | 'frame.focused' | 'brand' | 'alert' | 'tab' | 'prompt' | 'error' | 'ok';

export type Role = Mark | Part;

// Written as an object so that a mark added to segments.ts and not here fails to compile.
const MARK_NAMES = {entity: true, quote: true, diff: true, speaker: true, title: true, dim: true, heading: true, selected: true, warn: true, link: true, target: true, context: true, match: true} satisfies Record<Mark, true>;
export const MARKS = Object.keys(MARK_NAMES) as Mark[];
export const PARTS: readonly Part[] = ['frame', 'frame.focused', 'brand', 'alert', 'tab', 'prompt', 'error', 'ok'];
export const ROLES: readonly Role[] = [...MARKS, ...PARTS];

export const THEME_NAMES = ['default', 'dark', 'light', 'mono'] as const;
export type ThemeName = (typeof THEME_NAMES)[number];

export interface Theme {
	name: string;
	/** Whether the theme uses colour (mono does not: differences are marked by style alone). */
	colored: boolean;
	styles: Record<Role, TextStyle>;
}

const c = (n: number) => `ansi256(${n})`;

/** Colours of one theme by role; the text-only styles (bold titles, inverse selection) are shared. */
function colourTheme(name: ThemeName, p: {accent: number; quote: number; diff: number; speaker: number; heading: number; link: number; warn: number; frame: number; error: number; ok: number}): Theme {
	return {
		name,
		colored: true,
		styles: {
			entity: {color: c(p.accent)},
			quote: {color: c(p.quote)},
			diff: {color: c(p.diff), bold: true, underline: true},
			speaker: {color: c(p.speaker)},
			title: {bold: true},
			dim: {dimColor: true},
			heading: {color: c(p.heading), bold: true},
			selected: {inverse: true},
			warn: {color: c(p.warn)},
			link: {color: c(p.link), underline: true},
			// A quote the reader was opened at, and the sentence it stands in.
			target: {inverse: true, bold: true},
			context: {color: c(p.warn)},
			// A search or find hit.
			match: {color: c(p.diff), bold: true, underline: true},
			frame: {color: c(p.frame)},
			'frame.focused': {color: c(p.accent), bold: true},
			brand: {color: c(p.accent), bold: true},
			alert: {color: c(p.warn), bold: true},
			tab: {color: c(p.accent), inverse: true, bold: true},
			prompt: {color: c(p.accent), bold: true},
			error: {color: c(p.error)},
			ok: {color: c(p.ok)},
		},
	};
}

export const THEMES: Record<ThemeName, Theme> = {
	// 31 teal, 28 green, 161 crimson, 129 violet, 63 blue, 27 blue, 130 amber, 244 grey.
	default: colourTheme('default', {accent: 31, quote: 28, diff: 161, speaker: 129, heading: 63, link: 27, warn: 130, frame: 244, error: 161, ok: 28}),
	dark: colourTheme('dark', {accent: 81, quote: 114, diff: 220, speaker: 213, heading: 111, link: 111, warn: 214, frame: 245, error: 203, ok: 114}),
	light: colourTheme('light', {accent: 24, quote: 22, diff: 124, speaker: 90, heading: 19, link: 19, warn: 94, frame: 245, error: 124, ok: 22}),
	mono: {
		name: 'mono',
		colored: false,
		styles: {
			entity: {underline: true},
			quote: {},
			diff: {inverse: true, bold: true},
			speaker: {bold: true},
			title: {bold: true},
			dim: {},
			heading: {bold: true, underline: true},
			selected: {inverse: true},
			warn: {bold: true},
			link: {underline: true},
			target: {inverse: true, bold: true},
			context: {underline: true},
			match: {bold: true, underline: true},
			frame: {},
			'frame.focused': {bold: true},
			brand: {bold: true},
			alert: {bold: true},
			tab: {inverse: true, bold: true},
			prompt: {bold: true},
			error: {bold: true},
			ok: {},
		},
	},
};

/**
 * Without colour (NO_COLOR, a terminal without colours) the styles the terminal still shows: every
 * mark that carries meaning stays visible (names bold, quotes underlined), and differing words are
 * bracketed as `compare` brackets them.
 */
export const PLAIN: Theme = {
	name: 'plain',
	colored: false,
	styles: {
		...Object.fromEntries(ROLES.map((r) => [r, {}])),
		entity: {bold: true},
		quote: {underline: true},
		speaker: {bold: true},
		warn: {bold: true},
		link: {underline: true},
		target: {inverse: true, bold: true},
		context: {underline: true},
		match: {bold: true, underline: true},
		diff: {underline: true},
		title: {bold: true},
		dim: {dimColor: true},
		heading: {bold: true},
		selected: {inverse: true},
		'frame.focused': {bold: true},
		tab: {inverse: true, bold: true},
		prompt: {bold: true},
		alert: {bold: true},
		brand: {bold: true},
	} as Record<Role, TextStyle>,
};

export const DEFAULT_THEME = THEMES.default;

/** The style of a mark or part, or none for unmarked text. */
export function styleOf(theme: Theme, role: Role | undefined): TextStyle {
	return role ? theme.styles[role] : {};
}
