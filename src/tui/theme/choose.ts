// Which theme the app uses and with which colours: --theme, else PRESSLENS_THEME, else config.json's
// "theme", else the default. config.json may name a theme ("light") or refine one
// ({"base": "light", "colors": {"entity": "#005f87", "diff": {"color": "red", "bold": true}}}); its
// colours apply whenever the theme it refines is the one chosen.
import {UsageError} from '../../corpus/walk.js';
import {ROLES, THEME_NAMES, THEMES, type Role, type TextStyle, type Theme, type ThemeName} from './themes.js';

export interface ThemeSetting {
	base: ThemeName;
	colors: Partial<Record<Role, TextStyle>>;
}

export type ThemeSource = 'default' | 'user config' | 'env' | 'flag';

export interface ChosenTheme {
	theme: Theme;
	source: ThemeSource;
	/** The roles whose style config.json set. */
	custom: Role[];
}

/** Ink's (chalk's) colour names. */
const NAMED = ['black', 'red', 'green', 'yellow', 'blue', 'magenta', 'cyan', 'white', 'gray', 'grey'];
const COLOUR_NAMES = new Set([...NAMED, ...NAMED.slice(0, 8).map((n) => `${n}Bright`)]);
const COLOUR_HELP = 'a colour name (red, blueBright, gray…), #rrggbb, #rgb, ansi256(0-255) or rgb(r,g,b)';
const STYLE_KEYS = ['color', 'background', 'bold', 'underline', 'inverse', 'italic', 'dim'];

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function isColour(value: string): boolean {
	if (COLOUR_NAMES.has(value)) return true;
	if (/^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(value)) return true;
	const ansi = /^ansi256\(\s?(\d{1,3})\s?\)$/.exec(value);
	if (ansi) return Number(ansi[1]) <= 255;
	const rgb = /^rgb\(\s?(\d{1,3}),\s?(\d{1,3}),\s?(\d{1,3})\s?\)$/.exec(value);
	return rgb !== null && rgb.slice(1).every((n) => Number(n) <= 255);
}

function themeName(value: unknown, where: string): ThemeName {
	if (typeof value === 'string' && (THEME_NAMES as readonly string[]).includes(value)) return value as ThemeName;
	throw new UsageError(`${where}: unknown theme ${JSON.stringify(value)} (use ${THEME_NAMES.join(', ')})`);
}

function parseStyle(value: unknown, path: string, problems: string[]): TextStyle | undefined {
	if (typeof value === 'string') {
		if (isColour(value)) return {color: value};
		problems.push(`${path}: unknown colour ${JSON.stringify(value)} (use ${COLOUR_HELP}, or an object with ${STYLE_KEYS.join(', ')})`);
		return undefined;
	}
	if (!isObject(value)) {
		problems.push(`${path} must be a colour or an object with ${STYLE_KEYS.join(', ')}, got ${JSON.stringify(value)}`);
		return undefined;
	}
	const style: TextStyle = {};
	for (const [key, v] of Object.entries(value)) {
		if (key === 'color' || key === 'background') {
			if (typeof v !== 'string' || !isColour(v)) problems.push(`${path}.${key}: unknown colour ${JSON.stringify(v)} (use ${COLOUR_HELP})`);
			else if (key === 'color') style.color = v;
			else style.backgroundColor = v;
		} else if (key === 'bold' || key === 'underline' || key === 'inverse' || key === 'italic' || key === 'dim') {
			if (typeof v !== 'boolean') problems.push(`${path}.${key} must be true or false, got ${JSON.stringify(v)}`);
			else if (key === 'dim') style.dimColor = v;
			else style[key] = v;
		} else problems.push(`${path}.${key} is not a style (use ${STYLE_KEYS.join(', ')})`);
	}
	return style;
}

/** config.json's "theme": a name, or {"base": NAME, "colors": {ROLE: STYLE}}. */
export function parseThemeSetting(value: unknown, where: string): ThemeSetting {
	if (typeof value === 'string') return {base: themeName(value, `${where}: theme`), colors: {}};
	if (!isObject(value)) throw new UsageError(`${where}: "theme" must be a theme name (${THEME_NAMES.join(', ')}) or {"base": NAME, "colors": {...}}, got ${JSON.stringify(value)}`);
	const problems: string[] = [];
	for (const key of Object.keys(value)) if (key !== 'base' && key !== 'colors') problems.push(`theme.${key} is not a theme setting (use base, colors)`);
	const base = value.base === undefined ? 'default' : themeName(value.base, `${where}: theme.base`);
	const colors: Partial<Record<Role, TextStyle>> = {};
	if (value.colors !== undefined) {
		if (!isObject(value.colors)) problems.push(`theme.colors must map marks to colours, got ${JSON.stringify(value.colors)}`);
		else {
			for (const [role, style] of Object.entries(value.colors)) {
				if (!(ROLES as readonly string[]).includes(role)) {
					problems.push(`theme.colors.${role} is not a mark (use ${ROLES.join(', ')})`);
					continue;
				}
				const parsed = parseStyle(style, `theme.colors.${role}`, problems);
				if (parsed) colors[role as Role] = parsed;
			}
		}
	}
	if (problems.length > 0) throw new UsageError(`${where}: ${problems.join('; ')}`);
	return {base, colors};
}

/** --theme over PRESSLENS_THEME over config.json over the default. */
export function chooseTheme(options: {flag?: string; env?: string; setting?: ThemeSetting}): ChosenTheme {
	const {flag, env, setting} = options;
	const [name, source]: [ThemeName, ThemeSource] =
		flag !== undefined
			? [themeName(flag, '--theme'), 'flag']
			: env !== undefined && env !== ''
				? [themeName(env, 'PRESSLENS_THEME'), 'env']
				: setting
					? [setting.base, 'user config']
					: ['default', 'default'];
	const base = THEMES[name];
	if (!setting || setting.base !== name) return {theme: base, source, custom: []};
	const custom = Object.keys(setting.colors) as Role[];
	// A colour given for a role replaces the role's colour and adds the styles given, keeping the rest.
	const styles = {...base.styles};
	for (const role of custom) styles[role] = {...base.styles[role], ...setting.colors[role]};
	return {theme: {...base, styles}, source, custom};
}
