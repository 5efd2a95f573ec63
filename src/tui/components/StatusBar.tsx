// Bottom line: the search prompt, a question, a message, or the keys that work right now.
import {Box, Text} from 'ink';
import type {Status} from '../state/types.js';
import {safeInline} from '../text/safe.js';
import {cellWidth, truncate} from '../text/width.js';
import {useTheme} from '../theme/context.js';

export interface StatusBarProps {
	width: number;
	color: boolean;
	hints: {keys: string; text: string}[];
	search: string | null;
	/** The find word being typed in an open detail, or null. */
	finding?: string | null;
	/** Rows matching the search; null while the pane's search index is being built. */
	matches: number | null;
	status: Status | null;
	question: string | null;
	/** A one-line prompt being typed: what comes before the text ("Export to: ", ":") and the text. */
	prompt?: {prefix: string; text: string} | null;
}

/** Hints that fit in `width`; help and quit always stay, the others drop from the end. */
function hintText(hints: {keys: string; text: string}[], width = Infinity): string {
	const render = (list: {keys: string; text: string}[]) => list.map((h) => `${h.keys} ${h.text}`).join(' · ');
	const always = hints.filter((h) => h.text === 'help' || h.text === 'quit');
	const kept = hints.filter((h) => !always.includes(h));
	while (kept.length > 0 && cellWidth(render([...kept, ...always])) > width) kept.pop();
	return render([...kept, ...always]);
}

export function StatusBar({width, color, hints, search, finding = null, matches, status, question, prompt}: StatusBarProps) {
	const theme = useTheme(color);
	if (prompt) {
		const line = `${prompt.prefix}${safeInline(prompt.text)}▏`;
		const info = `  ${hintText(hints)}`;
		return (
			<Box height={1}>
				<Text wrap="truncate-end">
					<Text {...theme.styles.prompt}>
						{truncate(line, Math.max(8, width - 10))}
					</Text>
					<Text dimColor>{truncate(info, Math.max(0, width - cellWidth(line)))}</Text>
				</Text>
			</Box>
		);
	}
	if (question !== null) {
		const text = truncate(`${safeInline(question)}  (y/n)`, width);
		return (
			<Box height={1}>
				<Text {...theme.styles.alert} wrap="truncate-end">
					{text}
				</Text>
			</Box>
		);
	}
	if (search !== null || finding !== null) {
		const prompt = search !== null ? `/${safeInline(search)}▏` : `find: ${safeInline(finding)}▏`;
		const found = matches === null ? 'building the search index: matches shown when ready' : `${matches} match${matches === 1 ? '' : 'es'}`;
		const info = search !== null ? `  ${found} · ${hintText(hints)}` : `  ${hintText(hints)}`;
		return (
			<Box height={1}>
				<Text wrap="truncate-end">
					<Text {...theme.styles.prompt}>
						{truncate(prompt, Math.max(8, width - 20))}
					</Text>
					<Text {...theme.styles.dim}>{truncate(info, Math.max(0, width - cellWidth(prompt)))}</Text>
				</Text>
			</Box>
		);
	}
	if (status) {
		const tone = status.tone === 'error' ? theme.styles.error : status.tone === 'ok' ? theme.styles.ok : {};
		return (
			<Box height={1}>
				<Text {...tone} wrap="truncate-end">
					{truncate(status.text, width)}
				</Text>
			</Box>
		);
	}
	return (
		<Box height={1}>
			<Text {...theme.styles.dim} wrap="truncate-end">
				{truncate(hintText(hints, width), width)}
			</Text>
		</Box>
	);
}
