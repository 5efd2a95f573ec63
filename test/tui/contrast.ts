// WCAG contrast of the colours a theme (or a captured screen) uses against a terminal background.
// Colours of the 256-colour cube and grey ramp have fixed values; the first 16 are each terminal's.

const CUBE = [0, 95, 135, 175, 215, 255];

/** The RGB of an xterm-256 colour from 16 up (undefined for the terminal's own first 16). */
export function ansi256Rgb(n: number): [number, number, number] | undefined {
	if (n >= 16 && n < 232) {
		const i = n - 16;
		return [CUBE[Math.floor(i / 36)], CUBE[Math.floor(i / 6) % 6], CUBE[i % 6]];
	}
	if (n >= 232 && n <= 255) {
		const v = 8 + (n - 232) * 10;
		return [v, v, v];
	}
	return undefined;
}

/** The RGB of a theme colour: ansi256(N), #rrggbb or rgb(r,g,b). */
export function colourRgb(colour: string): [number, number, number] | undefined {
	const ansi = /^ansi256\((\d+)\)$/.exec(colour);
	if (ansi) return ansi256Rgb(Number(ansi[1]));
	const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
	if (hex) return [parseInt(hex[1], 16), parseInt(hex[2], 16), parseInt(hex[3], 16)];
	const rgb = /^rgb\((\d+),\s?(\d+),\s?(\d+)\)$/.exec(colour);
	return rgb ? [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])] : undefined;
}

const linear = (c: number) => {
	const s = c / 255;
	return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const luminance = ([r, g, b]: [number, number, number]) => 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);

export function contrast(a: [number, number, number], b: [number, number, number]): number {
	const [x, y] = [luminance(a), luminance(b)];
	return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

export const WHITE: [number, number, number] = [255, 255, 255];
export const BLACK: [number, number, number] = [0, 0, 0];

/** The 256-colour foregrounds (SGR 38;5;N) an escape-coded screen capture uses. */
export function capturedForegrounds(screen: string): number[] {
	return [...sgr(screen).fixed].sort((a, b) => a - b);
}

/** The terminal's own colours (SGR 30-37, 90-97, 38;5;0-15) in a capture: their values are unknown. */
export function paletteForegrounds(screen: string): number[] {
	return [...sgr(screen).palette].sort((a, b) => a - b);
}

function sgr(screen: string): {fixed: Set<number>; palette: Set<number>} {
	const fixed = new Set<number>();
	const palette = new Set<number>();
	for (const m of screen.matchAll(/\u001B\[([0-9;]*)m/g)) {
		const codes = m[1].split(';').map(Number);
		for (let i = 0; i < codes.length; i++) {
			const code = codes[i];
			if ((code === 38 || code === 48) && codes[i + 1] === 5) {
				const n = codes[i + 2];
				if (code === 38) (n >= 16 ? fixed : palette).add(n);
				i += 2;
			} else if ((code === 38 || code === 48) && codes[i + 1] === 2) i += 4;
			else if ((code >= 30 && code <= 37) || (code >= 90 && code <= 97)) palette.add(code);
		}
	}
	return {fixed, palette};
}
