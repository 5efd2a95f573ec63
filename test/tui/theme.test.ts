// Themes: each mark readable on the backgrounds it is made for, mono without colour, and the choice
// of theme (--theme over PRESSLENS_THEME over config.json over the default) with config.json's colours.
import {describe, expect, it} from 'vitest';
import {chooseTheme, parseThemeSetting} from '../../src/tui/theme/choose.js';
import {ROLES, THEMES, type Role, type Theme} from '../../src/tui/theme/themes.js';
import {BLACK, capturedForegrounds, colourRgb, contrast, WHITE} from './contrast.js';

/** Borders are not text: WCAG asks 3:1 of such parts, 4.5:1 of text. */
const least = (role: Role, text: number) => (role === 'frame' ? 3 : text);

function contrasts(theme: Theme, background: [number, number, number]): Array<[Role, number]> {
	return ROLES.flatMap((role): Array<[Role, number]> => {
		const colour = theme.styles[role].color;
		if (!colour) return [];
		const rgb = colourRgb(colour);
		expect(rgb, `${theme.name}.${role}: a colour whose value terminals agree on`).toBeDefined();
		return [[role, contrast(rgb!, background)]];
	});
}

describe('themes', () => {
	it('the default reads on light and on dark backgrounds', () => {
		for (const background of [WHITE, BLACK]) {
			for (const [role, ratio] of contrasts(THEMES.default, background)) expect(ratio, `default.${role} on ${background}`).toBeGreaterThanOrEqual(least(role, 4));
		}
	});
	it('light and dark read well on their own background', () => {
		for (const [role, ratio] of contrasts(THEMES.light, WHITE)) expect(ratio, `light.${role}`).toBeGreaterThanOrEqual(least(role, 4.5));
		for (const [role, ratio] of contrasts(THEMES.dark, BLACK)) expect(ratio, `dark.${role}`).toBeGreaterThanOrEqual(least(role, 4.5));
	});
	it('mono marks with bold, underline and inverse only', () => {
		for (const role of ROLES) {
			const style = THEMES.mono.styles[role];
			for (const key of Object.keys(style)) expect(['bold', 'underline', 'inverse'], `mono.${role}.${key}`).toContain(key);
		}
		// Differing words still stand out without colour.
		expect(THEMES.mono.styles.diff).not.toEqual({});
	});
	it('reads the colours out of an escape-coded capture', () => {
		expect(capturedForegrounds('\u001B[1m\u001B[38;5;24mpresslens\u001B[0m \u001B[0;1;4m\u001B[38;5;124mx\u001B[38;5;24m')).toEqual([24, 124]);
	});
});

describe('choosing a theme', () => {
	const setting = parseThemeSetting({base: 'light', colors: {entity: '#005f87', diff: {color: 'red', bold: false}}}, 'config.json');

	it('takes the flag over the environment over config.json over the default', () => {
		expect(chooseTheme({}).theme.name).toBe('default');
		expect(chooseTheme({setting}).theme.name).toBe('light');
		expect(chooseTheme({setting, env: 'mono'})).toMatchObject({theme: {name: 'mono'}, source: 'env'});
		expect(chooseTheme({setting, env: 'mono', flag: 'dark'})).toMatchObject({theme: {name: 'dark'}, source: 'flag'});
		expect(chooseTheme({setting, env: ''}).source).toBe('user config');
	});
	it('applies config.json\'s colours to the theme they refine, keeping the styles not given', () => {
		const chosen = chooseTheme({setting});
		expect(chosen.custom.sort()).toEqual(['diff', 'entity']);
		expect(chosen.theme.styles.entity.color).toBe('#005f87');
		expect(chosen.theme.styles.diff).toMatchObject({color: 'red', bold: false, underline: true});
		expect(chosen.theme.styles.quote).toEqual(THEMES.light.styles.quote);
		// Another theme chosen by flag or environment is used as it is.
		expect(chooseTheme({setting, flag: 'dark'}).theme.styles.entity).toEqual(THEMES.dark.styles.entity);
		expect(chooseTheme({setting, flag: 'light'}).theme.styles.entity.color).toBe('#005f87');
	});
	it('refuses unknown themes, marks and colours, naming where', () => {
		expect(() => chooseTheme({env: 'solarized'})).toThrow(/PRESSLENS_THEME: unknown theme "solarized" \(use default, dark, light, mono\)/);
		expect(() => parseThemeSetting('neon', 'c.json')).toThrow(/c\.json: theme: unknown theme "neon"/);
		expect(() => parseThemeSetting({colors: {entty: 'red'}}, 'c.json')).toThrow(/theme\.colors\.entty is not a mark \(use entity, quote/);
		expect(() => parseThemeSetting({colors: {entity: 'bleu'}}, 'c.json')).toThrow(/theme\.colors\.entity: unknown colour "bleu"/);
		expect(() => parseThemeSetting({colors: {entity: {color: 'ansi256(300)'}}}, 'c.json')).toThrow(/theme\.colors\.entity\.color: unknown colour/);
		expect(() => parseThemeSetting({colors: {entity: {blink: true}}}, 'c.json')).toThrow(/theme\.colors\.entity\.blink is not a style/);
	});
});
