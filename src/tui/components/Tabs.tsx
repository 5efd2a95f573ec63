// The pane tabs: number key, name, row count and the filter or order in force.
import {Box, Text} from 'ink';
import {tabTexts} from '../state/screen.js';
import {truncate} from '../text/width.js';
import {useTheme} from '../theme/context.js';

export interface TabInfo {
	pane: string;
	label: string;
	count: number;
	total: number;
	filter: string;
}

export function Tabs({tabs, focus, width, color, trail}: {tabs: TabInfo[]; focus: string; width: number; color: boolean; trail: string}) {
	const texts = tabTexts(tabs);
	const parts = tabs.map((t, i) => ({key: t.pane, text: texts[i], active: t.pane === focus}));
	const theme = useTheme(color);
	const used = parts.reduce((n, p) => n + p.text.length + 1, 0);
	return (
		<Box height={1}>
			<Text wrap="truncate-end">
				{parts.map((p) => (
					<Text key={p.key}>
						<Text {...(p.active ? theme.styles.tab : theme.styles.dim)}>
							{p.text}
						</Text>{' '}
					</Text>
				))}
				<Text {...theme.styles.dim}>{truncate(trail, Math.max(0, width - used))}</Text>
			</Text>
		</Box>
	);
}
