// Top line: corpus name and counts, and a warning count when the loader had problems. Counts win
// over the name when space is short; labels shorten on narrow terminals.
import {Box, Text} from 'ink';
import {plural} from '../../util/plural.js';
import {safeInline} from '../text/safe.js';
import {cellWidth, truncate} from '../text/width.js';
import {useTheme} from '../theme/context.js';

export interface HeaderProps {
	name: string;
	articles: number;
	outlets: number;
	entities: number;
	statements: number;
	warnings: number;
	width: number;
	color: boolean;
	/** While the corpus is still being opened: a progress line shown in place of the counts. */
	progress?: string;
}

const n = (value: number) => value.toLocaleString('en-US');

export function Header({name, articles, outlets, entities, statements, warnings, width, color, progress}: HeaderProps) {
	const brand = 'presslens ';
	if (progress !== undefined) {
		const label = safeInline(name) || 'corpus';
		const room = Math.max(0, width - cellWidth(brand) - 3 - cellWidth(progress));
		const middle = truncate(`${truncate(label, Math.max(4, Math.min(room, 40)))} · `, Math.max(0, width - cellWidth(brand)));
		const tail = truncate(progress, Math.max(0, width - cellWidth(brand) - Math.min(cellWidth(label), 40) - 3));
		return <HeaderLine brand={brand} middle={middle} tail={tail} color={color} />;
	}
	const full = [plural(articles, 'article', 'articles'), plural(outlets, 'outlet', 'outlets'), plural(entities, 'entity', 'entities'), plural(statements, 'linked statement', 'linked statements')].join(' · ');
	const short = [plural(articles, 'article', 'articles'), plural(outlets, 'outlet', 'outlets'), plural(entities, 'entity', 'entities'), plural(statements, 'linked', 'linked')].join(' · ');
	const warnFull = warnings > 0 ? `  ⚠ ${plural(warnings, 'warning', 'warnings')} (w)` : '';
	const warnShort = warnings > 0 ? `  ⚠ ${n(warnings)} (w)` : '';
	const corpusName = safeInline(name) || 'corpus';
	const minName = Math.min(12, cellWidth(corpusName));
	const fits = (counts: string, warn: string) => cellWidth(brand) + minName + 3 + cellWidth(counts) + cellWidth(warn) <= width;
	const [counts, warn] = fits(full, warnFull) ? [full, warnFull] : fits(short, warnFull) ? [short, warnFull] : [short, warnShort];
	const room = Math.max(4, width - cellWidth(brand) - 3 - cellWidth(counts) - cellWidth(warn));
	const line = truncate(`${truncate(corpusName, room)} · ${counts}`, Math.max(0, width - cellWidth(brand) - cellWidth(warn)));
	return <HeaderLine brand={brand} middle={line} tail={warn} color={color} />;
}

/** One line: the brand in bold, the corpus and counts, and a highlighted tail (progress or warnings). */
function HeaderLine({brand, middle, tail, color}: {brand: string; middle: string; tail: string; color: boolean}) {
	const theme = useTheme(color);
	return (
		<Box height={1}>
			<Text wrap="truncate-end">
				<Text {...theme.styles.brand}>
					{brand}
				</Text>
				<Text>{middle}</Text>
				<Text {...theme.styles.alert}>{tail}</Text>
			</Text>
		</Box>
	);
}
