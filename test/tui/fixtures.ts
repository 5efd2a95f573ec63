// Small invented corpora for the app's tests: names, outlets and quotes are made up.
import type {Article, LoadWarning} from '../../src/corpus/types.js';
import type {Entity, Mention, Rendering, Statement} from '../../src/analysis/types.js';
import type {CorpusIndex} from '../../src/index/types.js';
import {makeArticle} from '../fixtures/article.js';

export function article(id: string, outlet: string | null, published: string | null, title: string | null, body: string, extra: Partial<Article> = {}): Article {
	const url = outlet ? `https://${outlet.toLowerCase().replace(/[^a-z]+/g, '')}.example/${id}` : null;
	return makeArticle({id, body, outlet, published, title, url, ...extra});
}

function spansOf(articles: Article[], surface: string[]): Mention[] {
	const spans: Mention[] = [];
	for (const a of articles) {
		for (const text of surface) {
			let at = a.body.indexOf(text);
			while (at >= 0) {
				spans.push({article: a.id, start: at, end: at + text.length, field: 'body', text});
				at = a.body.indexOf(text, at + text.length);
			}
		}
	}
	return spans;
}

function entity(id: string, type: Entity['type'], name: string, aliases: string[], articles: Article[], descriptors: Entity['descriptors'] = []): Entity {
	const spans = spansOf(articles, [...new Set([name, ...aliases])].sort((a, b) => b.length - a.length)).filter(
		// Longer surface forms win where they overlap a shorter one.
		(m, i, all) => !all.some((o, j) => j !== i && o.article === m.article && o.start <= m.start && o.end >= m.end && o.end - o.start > m.end - m.start),
	);
	const mentions: Record<string, number> = {};
	for (const m of spans) mentions[m.article] = (mentions[m.article] ?? 0) + 1;
	return {id, type, name, aliases: [name, ...aliases], mentions, spans, descriptors};
}

function rendering(a: Article, text: string, verb: string | null, speaker: string | null, speakerName: string | null, speakerLabel: string | null): Rendering {
	const start = a.body.indexOf(text);
	if (start < 0) throw new Error(`fixture: “${text}” not in ${a.id}`);
	return {id: `${a.id}:${start}`, article: a.id, outlet: a.outlet, published: a.published, text, start, end: start + text.length, kind: 'direct', verb, speaker, speakerName, speakerLabel};
}

const Q1 = {
	beacon: 'The strike deadline is nearing, and the union will not back down',
	coast: 'The strike deadline is winding up, and the union will not back down',
	gulf: 'The deadline for the strike is nearing and we will not back down',
};
const Q2 = {
	beacon: 'Ships will wait in the bay until the talks resume',
	east: 'Ships will wait outside the bay until talks resume',
};

export function sampleIndex(): CorpusIndex {
	const beacon = article(
		'a1',
		'Daily Beacon',
		'2024-03-02',
		'Dock strike looms at the Port of Velmar',
		`Mara Okonkwo-Leiva, a spokeswoman for the Harbour Workers Union, warned on Friday.\n\n“${Q1.beacon},” Okonkwo-Leiva said. “${Q2.beacon}.”\n\nThe Port of Velmar handles most of the region's grain.`,
	);
	const coast = article(
		'a2',
		'Coastline Times',
		'2024-03-03',
		'Union says Velmar deadline “winding up” 🚢',
		`HWU spokesperson Mara Okonkwo said the walkout could start within days.\n\n“${Q1.coast},” she pointed out. The Port of Velmar authority declined to comment.`,
	);
	const gulf = article(
		'a3',
		'الخليج نيوز',
		'2024-03-01',
		'إضراب في ميناء فيلمار',
		`قال محمد الحسيني إن الإضراب قريب.\n\nMara Okonkwo-Leiva of the Harbour Workers Union stressed: “${Q1.gulf}.”`,
	);
	const east = article(
		'a4',
		'东方日报',
		null,
		'维尔马港罢工 王小明 评论',
		`王小明表示，港口将受影响。\n\nOkonkwo-Leiva told reporters: “${Q2.east}.”`,
	);
	const articles = [beacon, coast, gulf, east];
	const mara = entity('mara-okonkwo-leiva', 'person', 'Mara Okonkwo-Leiva', ['Okonkwo-Leiva', 'Mara Okonkwo'], articles, [
		{article: 'a1', outlet: 'Daily Beacon', text: 'a spokeswoman for the Harbour Workers Union', kind: 'appositive'},
		{article: 'a2', outlet: 'Coastline Times', text: 'HWU spokesperson', kind: 'premodifier'},
	]);
	const hwu = entity('harbour-workers-union', 'organization', 'Harbour Workers Union', ['HWU'], articles);
	const port = entity('port-of-velmar', 'place', 'Port of Velmar', [], articles);
	const husseini = entity('mohammed-al-husseini', 'person', 'محمد الحسيني', [], articles);
	const wang = entity('wang-xiaoming', 'person', '王小明', [], articles);
	const statements: Statement[] = [
		{
			id: 's1',
			speaker: mara.id,
			speakerName: 'Mara Okonkwo-Leiva',
			renderings: [
				rendering(beacon, Q1.beacon, 'said', mara.id, 'Okonkwo-Leiva', 'a spokeswoman for the Harbour Workers Union'),
				rendering(coast, Q1.coast, 'pointed out', mara.id, 'Mara Okonkwo', 'HWU spokesperson'),
				rendering(gulf, Q1.gulf, 'stressed', mara.id, 'Mara Okonkwo-Leiva', null),
			],
			outlets: 3,
		},
		{
			id: 's2',
			speaker: mara.id,
			speakerName: 'Mara Okonkwo-Leiva',
			renderings: [rendering(beacon, Q2.beacon, 'said', mara.id, 'Okonkwo-Leiva', null), rendering(east, Q2.east, 'told', mara.id, 'Okonkwo-Leiva', null)],
			outlets: 2,
		},
	];
	return {
		name: 'fixtures/velmar',
		roots: ['fixtures/velmar'],
		articles,
		warnings: [{file: 'fixtures/velmar/broken.json', skipped: true, message: 'not valid JSON (line 3)'}],
		entities: [mara, hwu, port, husseini, wang],
		statements,
	};
}

export function emptyIndex(warnings: LoadWarning[] = []): CorpusIndex {
	return {name: 'empty', roots: ['empty'], articles: [], warnings, entities: [], statements: []};
}

/** Many generated articles (for windowing and paging), no analysis. */
export function manyArticles(count: number): CorpusIndex {
	const articles = Array.from({length: count}, (_, i) => {
		const n = String(i).padStart(4, '0');
		return article(`g${n}`, `Outlet ${i % 7}`, `2023-01-${String((i % 28) + 1).padStart(2, '0')}`, `Generated story ${n}`, `Body of story ${n}.`);
	});
	return {name: 'generated', roots: ['generated'], articles, warnings: [], entities: [], statements: []};
}

/**
 * One person named in `count` articles of three outlets, "a harbour pilot" in each: an entity
 * whose framing table reads more articles than a card makes at once (Framings.table).
 */
export function widelyNamed(count: number): CorpusIndex {
	const outlets = ['Daily Beacon', 'Coastline Times', 'Eastport Courier'];
	const articles = Array.from({length: count}, (_, i) => {
		const n = String(i).padStart(4, '0');
		return article(`w${n}`, outlets[i % 3], `2023-02-${String((i % 28) + 1).padStart(2, '0')}`, `Harbour report ${n}`, `Tova Renquist, a harbour pilot, brought ship ${n} in on Monday.`);
	});
	const descriptors = articles.map((a) => ({article: a.id, outlet: a.outlet, text: 'a harbour pilot', kind: 'appositive' as const}));
	return {name: 'widely named', roots: ['widely named'], articles, warnings: [], entities: [entity('tova-renquist', 'person', 'Tova Renquist', [], articles, descriptors)], statements: []};
}
