// Bottom line: the search prompt, a question, a message, or the keys that work right now.
import {Box, Text} from 'ink';
import type {Status} from '../state/types.js';
import {safeInline} from '../text/safe.js';
import {cellWidth, truncate} from '../text/width.js';

export interface StatusBarProps {
	width: number;
	color: boolean;
	hints: {keys: string; text: string}[];
	search: string | null;
	/** The find word being typed in an open detail, or null. */
	finding?: string | null;
	matches: number;
	status: Status | null;
	question: string | null;
}

/** Hints that fit in `width`; help and quit always stay, the others drop from the end. */
function hintText(hints: {keys: string; text: string}[], width = Infinity): string {
	const render = (list: {keys: string; text: string}[]) => list.map((h) => `${h.keys} ${h.text}`).join(' · ');
	const always = hints.filter((h) => h.text === 'help' || h.text === 'quit');
	const kept = hints.filter((h) => !always.includes(h));
	while (kept.length > 0 && cellWidth(render([...kept, ...always])) > width) kept.pop();
	return render([...kept, ...always]);
}

export function StatusBar({width, color, hints, search, finding = null, matches, status, question}: StatusBarProps) {
	if (question !== null) {
		const text = truncate(`${safeInline(question)}  (y/n)`, width);
		return (
			<Box height={1}>
				<Text bold color={color ? 'yellow' : undefined} wrap="truncate-end">
					{text}
				</Text>
			</Box>
		);
	}
	if (search !== null || finding !== null) {
		const prompt = search !== null ? `/${safeInline(search)}▏` : `find: ${safeInline(finding)}▏`;
		const info = search !== null ? `  ${matches} match${matches === 1 ? '' : 'es'} · ${hintText(hints)}` : `  ${hintText(hints)}`;
		return (
			<Box height={1}>
				<Text wrap="truncate-end">
					<Text bold color={color ? 'cyan' : undefined}>
						{truncate(prompt, Math.max(8, width - 20))}
					</Text>
					<Text dimColor>{truncate(info, Math.max(0, width - cellWidth(prompt)))}</Text>
				</Text>
			</Box>
		);
	}
	if (status) {
		const tone = status.tone === 'error' ? 'red' : status.tone === 'ok' ? 'green' : undefined;
		return (
			<Box height={1}>
				<Text color={color ? tone : undefined} wrap="truncate-end">
					{truncate(status.text, width)}
				</Text>
			</Box>
		);
	}
	return (
		<Box height={1}>
			<Text dimColor wrap="truncate-end">
				{truncate(hintText(hints, width), width)}
			</Text>
		</Box>
	);
}
