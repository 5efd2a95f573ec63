// A bordered box drawn from text, so its width is exact in cells (Ink's borders plus wide
// characters can spill). The title sits in the top border, a note in the bottom one.
import {Box, Text} from 'ink';
import type {Line} from '../text/segments.js';
import {truncate, cellWidth} from '../text/width.js';
import {StyledLine} from './StyledLine.js';
import {useTheme} from '../theme/context.js';

export interface FrameProps {
	title: string;
	/** Right-aligned in the bottom border ("3/120"). */
	note?: string;
	width: number;
	/** Inner rows; missing rows are blank. */
	height: number;
	lines: Line[];
	focused: boolean;
	color: boolean;
}

export function Frame({title, note, width, height, lines, focused, color}: FrameProps) {
	const inner = Math.max(1, width - 4);
	const theme = useTheme(color);
	const border = theme.styles[focused ? 'frame.focused' : 'frame'];
	// The side borders are drawn in the border's colour only, not bold.
	const side = {color: border.color};
	const label = truncate(` ${title} `, Math.max(0, width - 4));
	const top = `╭─${label}${'─'.repeat(Math.max(0, width - 3 - cellWidth(label)))}╮`;
	const noteText = note ? truncate(` ${note} `, Math.max(0, width - 4)) : '';
	const bottom = `╰${'─'.repeat(Math.max(0, width - 3 - cellWidth(noteText)))}${noteText}─╯`;
	const rows: Line[] = [];
	for (let i = 0; i < height; i++) rows.push(lines[i] ?? []);
	return (
		<Box flexDirection="column" width={width} flexShrink={0}>
			<Text {...border}>
				{top}
			</Text>
			{rows.map((line, i) => (
				<Box key={i} flexDirection="row">
					<Text {...side}>│ </Text>
					<Box width={inner} flexShrink={0}>
						<StyledLine line={line} color={color} />
					</Box>
					<Text {...side}> │</Text>
				</Box>
			))}
			<Text {...side}>{bottom}</Text>
		</Box>
	);
}
