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

export function styleFor(mark: Mark | undefined, color: boolean): TextStyle {
	switch (mark) {
		case 'entity':
			return color ? {color: 'cyan'} : {};
		case 'quote':
			return color ? {color: 'green'} : {};
		case 'diff':
			return color ? {color: 'yellow', bold: true, underline: true} : {underline: true};
		case 'speaker':
			return color ? {color: 'magenta'} : {};
		case 'title':
			return {bold: true};
		case 'dim':
			return {dimColor: true};
		case 'heading':
			return color ? {color: 'blue', bold: true} : {bold: true};
		case 'selected':
			return {inverse: true};
		case 'warn':
			return color ? {color: 'yellow'} : {};
		case 'match':
			// A search or find hit: visible without colour too.
			return color ? {color: 'red', bold: true, underline: true} : {bold: true, underline: true};
		case 'link':
			return color ? {color: 'blue', underline: true} : {};
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
