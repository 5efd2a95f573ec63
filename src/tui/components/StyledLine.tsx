// A Line of marked segments as Ink Text; the line is already fitted to its width.
import {Text} from 'ink';
import type {Line, Mark} from '../text/segments.js';

export interface TextStyle {
	color?: string;
	bold?: boolean;
	dimColor?: boolean;
	underline?: boolean;
	inverse?: boolean;
	italic?: boolean;
}

/**
 * How a mark looks. Without colour (NO_COLOR, a monochrome terminal) every mark that carries
 * meaning still shows: names bold, quotes underlined, as the comparison underlines its differences.
 */
export function styleFor(mark: Mark | undefined, color: boolean): TextStyle {
	switch (mark) {
		case 'entity':
			return color ? {color: 'cyan'} : {bold: true};
		case 'quote':
			return color ? {color: 'green'} : {underline: true};
		case 'diff':
			return color ? {color: 'yellow', bold: true, underline: true} : {underline: true};
		case 'speaker':
			return color ? {color: 'magenta'} : {bold: true};
		case 'title':
			return {bold: true};
		case 'dim':
			return {dimColor: true};
		case 'heading':
			return color ? {color: 'blue', bold: true} : {bold: true};
		case 'selected':
			return {inverse: true};
		// A quote the reader was opened at, and the sentence it stands in.
		case 'target':
			return {inverse: true, bold: true};
		case 'context':
			return color ? {color: 'yellow'} : {underline: true};
		case 'warn':
			return color ? {color: 'yellow'} : {bold: true};
		case 'link':
			return {color: color ? 'blue' : undefined, underline: true};
		default:
			return {};
	}
}

export function StyledLine({line, color}: {line: Line; color: boolean}) {
	if (line.length === 0) return <Text> </Text>;
	return (
		<Text wrap="truncate-end">
			{line.map((segment, i) => (
				<Text key={i} {...styleFor(segment.mark, color)}>
					{segment.text}
				</Text>
			))}
		</Text>
	);
}
