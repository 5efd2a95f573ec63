// A Line of marked segments as Ink Text; the line is already fitted to its width. Each mark's style
// comes from the theme (theme/themes.ts).
import {Text} from 'ink';
import type {Line} from '../text/segments.js';
import {useTheme} from '../theme/context.js';
import {styleOf} from '../theme/themes.js';

export function StyledLine({line, color}: {line: Line; color: boolean}) {
	const theme = useTheme(color);
	if (line.length === 0) return <Text> </Text>;
	return (
		<Text wrap="truncate-end">
			{line.map((segment, i) => (
				<Text key={i} {...styleOf(theme, segment.mark)}>
					{segment.text}
				</Text>
			))}
		</Text>
	);
}
