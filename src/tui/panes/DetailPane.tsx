// The detail area: article reader, entity card or comparison, scrolled to its top line.
import {Frame} from '../components/Frame.js';
import type {DetailContent} from '../content/detail.js';

export function DetailPane({content, width, height, focused, color}: {content: DetailContent; width: number; height: number; focused: boolean; color: boolean}) {
	const lines = content.lines.slice(content.top, content.top + height);
	return <Frame title={content.title} note={content.note} width={width} height={height} lines={lines} focused={focused} color={color} />;
}
