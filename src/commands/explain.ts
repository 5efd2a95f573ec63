// `presslens explain STATEMENT_ID`: why each rendering is in the statement and why look-alikes are
// not. The index keeps no linking evidence; the quotes of every article are read back from the
// analysis cache (analysed again when missing) and the statement's pairs judged again.
import {analyzeArticle, type ArticleAnalysis} from '../analysis/article.js';
import {explainStatement, type Explanation, type PairReport} from '../analysis/linking/explain.js';
import {prepareUnits} from '../analysis/linking/units.js';
import {linkPrepared} from '../analysis/statements.js';
import {configFolder, loadConfig} from '../corpus/config.js';
import type {ConfigDefaults} from '../corpus/config-merge.js';
import {AnalysisCache, defaultCacheDir} from '../index/cache.js';
import type {CorpusIndex} from '../index/types.js';
import {sanitizeInline} from '../text/sanitize.js';
import {findStatement} from './statement-id.js';

export interface ExplainOptions {
	json: boolean;
	cache: boolean;
	cacheDir?: string;
	/** The user's settings for every corpus (config.json), under presslens.json's. */
	defaults?: ConfigDefaults;
}

const NO_MENTIONS = {mentions: [], aliasPairs: [], descriptors: []};

export function explainInIndex(index: CorpusIndex, id: string, options: Omit<ExplainOptions, 'json'>): Explanation {
	const statement = findStatement(index, id);
	const cache = options.cache ? new AnalysisCache(options.cacheDir ?? defaultCacheDir()) : undefined;
	// Only the quotes are needed: the mentions (most of an analysis) are dropped at once.
	const analyses: ArticleAnalysis[] = index.articles.map(a => ({article: a.id, mentions: NO_MENTIONS, quotes: (cache?.get(a.hash, a.id) ?? analyzeArticle(a)).quotes}));
	const folder = configFolder(index.roots);
	const settings = folder ? loadConfig(folder, options.defaults).statements : {};
	const input = prepareUnits(index.articles, analyses, index.entities);
	// Which renderings a correction moved is known only by linking again: done only when there are
	// corrections that move renderings.
	const notes = settings.link?.length || settings.split?.length || settings.speaker ? linkPrepared(input, settings).notes : [];
	return explainStatement(input, statement, index.statements, notes);
}

export function runExplain(index: CorpusIndex, id: string, options: ExplainOptions): number {
	const explanation = explainInIndex(index, id, options);
	process.stdout.write(options.json ? `${JSON.stringify(explanation)}\n` : formatExplanation(explanation));
	return 0;
}

const clip = (s: string, n: number): string => {
	const flat = sanitizeInline(s).replace(/\s+/g, ' ').trim();
	return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
};

function evidenceLine(p: PairReport): string {
	const shared = p.shared.length ? `shared: ${p.shared.slice(0, 12).map(w => sanitizeInline(w)).join(', ')}${p.shared.length > 12 ? ', …' : ''}` : 'no shared words';
	return `${shared} · aligned ${p.evidence.lcs}/${p.evidence.shorter} · speaker ${p.speaker}${p.daysApart !== null ? ` · ${p.daysApart} days apart` : ''}`;
}

export function formatExplanation(x: Explanation): string {
	const s = x.statement;
	const out: string[] = [`Statement ${s.id} — ${clip(s.speakerName ?? '(speaker unknown)', 60)} (${s.renderings.length} rendering${s.renderings.length === 1 ? '' : 's'}, ${s.outlets} outlet${s.outlets === 1 ? '' : 's'})`, ''];
	const number = new Map(s.renderings.map((r, i) => [r.id, i + 1]));
	s.renderings.forEach((r, i) => {
		out.push(`[${i + 1}] ${clip(r.outlet ?? r.article, 40)} · ${r.published ?? 'undated'} · ${r.kind} · speaker ${clip(r.speakerName ?? 'unknown', 40)}`);
		out.push(`    id ${clip(r.id, 80)}`);
		out.push(`    “${clip(r.text, 160)}”`);
	});
	out.push('', x.joins.length ? 'Why each rendering is here' : 'A single rendering: nothing else was linked to it.');
	for (const j of x.joins) {
		const n = number.get(j.rendering);
		const to = j.pair ? `[${number.get(j.pair.to) ?? '?'}]` : '';
		if (j.how === 'override') out.push(`[${n}] put here by presslens.json ${j.rule}`);
		else if (j.how === 'rule') out.push(`[${n}] linked to ${to}${j.pair!.quoted ? ' (on the words it quotes)' : ''}: ${clip(j.pair!.why, 200)}`);
		else out.push(`[${n}] joined as the sentences next to linked ones, in the same quotations${j.pair ? ` (closest: ${to}, ${clip(j.pair.why, 140)})` : ''}`);
		if (j.pair) out.push(`    ${evidenceLine(j.pair)}`);
	}
	if (x.corrections.length) out.push('', `Corrected by presslens.json: ${x.corrections.join(', ')}`);
	out.push('', x.refused.length ? 'Candidates refused' : 'No other rendering shares enough words to be a candidate.');
	for (const r of x.refused) {
		out.push(`- ${clip(r.outlet ?? r.article, 40)} (${clip(r.rendering, 60)}, statement ${r.statement ?? '?'}): “${clip(r.pair.fromText, 100)}”`);
		out.push(`    ${clip(r.reason, 220)}`);
		out.push(`    ${evidenceLine(r.pair)}`);
	}
	return `${out.join('\n')}\n`;
}
