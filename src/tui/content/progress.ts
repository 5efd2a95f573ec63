// The header's progress line while a corpus is still being opened: phase, a bar, counts, rate and
// time left, shortened to fit the width.
import type {OpenProgress} from '../../index/open.js';
import {describeUpdate} from '../../index/update.js';

const n = (value: number) => Math.round(value).toLocaleString('en-US');

function duration(seconds: number): string {
	if (seconds < 60) return `${Math.max(1, Math.round(seconds))}s`;
	if (seconds < 3600) return `${Math.round(seconds / 60)}m`;
	return `${Math.floor(seconds / 3600)}h${String(Math.round((seconds % 3600) / 60)).padStart(2, '0')}`;
}

export function progressBar(fraction: number, cells: number): string {
	const filled = Math.max(0, Math.min(cells, Math.round(fraction * cells)));
	return `${'█'.repeat(filled)}${'░'.repeat(cells - filled)}`;
}

/** One line of plain text (no colour) at most `width` cells wide. */
export function progressLine(p: OpenProgress, width: number): string {
	if (p.update && p.phase !== 'done') return fit([describeUpdate(p.update), p.phase === 'indexing' ? `${p.step ?? 'merging entities, linking statements'}…` : '', `${n(p.articlesAnalysed)}/${n(p.total)} articles analysed`], width);
	if (p.phase === 'indexing') return fit([`indexing: ${p.step ?? 'merging entities, linking statements'}…`, `${n(p.articlesAnalysed)} articles analysed`], width);
	if (p.phase === 'done') return fit([`${n(p.total)} articles`], width);
	const total = Math.max(p.total, p.articlesAnalysed, 1);
	const verb = p.phase === 'reading' && p.articlesAnalysed === 0 ? 'reading' : 'analysing';
	const counts = `${n(p.articlesAnalysed)}/${p.phase === 'reading' ? '~' : ''}${n(total)}`;
	const rate = p.rate > 0 ? `${n(p.rate)}/s` : '';
	const left = p.eta !== null && p.eta > 0 ? `~${duration(p.eta)} left` : '';
	const cached = p.fromCache > 0 ? `${n(p.fromCache)} cached` : '';
	const bar = progressBar(p.articlesAnalysed / total, Math.max(6, Math.min(20, Math.floor(width / 6))));
	return fit([`${verb} ${bar} ${counts}`, rate, left, cached], width);
}

/** Parts joined by " · ", dropping trailing parts that do not fit. */
function fit(parts: string[], width: number): string {
	const kept = parts.filter(Boolean);
	while (kept.length > 1 && kept.join(' · ').length > width) kept.pop();
	const line = kept.join(' · ');
	return line.length > width ? line.slice(0, Math.max(0, width)) : line;
}
