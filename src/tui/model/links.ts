// What each article is linked to (the quotes it carries, the entities it names), gathered in one
// pass over the statements and entities instead of a scan per article: a job run in idle turns,
// finished at once when a reader needs it first.
import type {Entity, Rendering} from '../../analysis/types.js';
import type {Article} from '../../corpus/types.js';
import {sequence, Sweep, type Job} from '../../index/job.js';
import type {CorpusIndex} from '../../index/types.js';
import type {Span} from '../text/segments.js';
import {pushAll} from '../../util/arrays.js';

interface ArticleLinks {
	quotes: Rendering[];
	entities: Entity[];
	sorted: boolean;
	/** Where the body names its entities, found on first view. */
	names?: Span[];
}

const WORD = /[\p{L}\p{N}]/u;

/**
 * Where a body names the given entities: each surface form found whole-word, longer forms first,
 * never overlapping. Found in the one body shown rather than read from the index's stored spans,
 * which a large index keeps packed and would unpack (with every body they point into) to be read.
 */
export function nameSpans(body: string, entities: Entity[]): Span[] {
	const forms = [...new Set(entities.flatMap((e) => [e.name, ...e.aliases]))].filter((f) => f.trim().length > 1).sort((a, b) => b.length - a.length);
	const taken = new Uint8Array(body.length);
	const spans: Span[] = [];
	for (const form of forms) {
		for (let at = body.indexOf(form); at >= 0; at = body.indexOf(form, at + 1)) {
			const end = at + form.length;
			if ((at > 0 && WORD.test(body[at - 1]) && WORD.test(form[0])) || (end < body.length && WORD.test(body[end]) && WORD.test(form[form.length - 1]))) continue;
			if (taken[at] || taken[end - 1]) continue;
			taken.fill(1, at, end);
			spans.push({start: at, end, mark: 'entity'});
		}
	}
	return spans.sort((a, b) => a.start - b.start);
}

export class ArticleLinkIndex {
	private readonly map = new Map<string, ArticleLinks>();
	private readonly statements: Sweep;
	private readonly entities: Sweep;
	/** Statements' quotes first, then entities' mentions (counted in mentions: the first entities are named in thousands of articles each). */
	readonly job: Job;

	constructor(index: CorpusIndex) {
		const {statements, entities} = index;
		this.statements = new Sweep(
			() => statements.length,
			(k) => {
				for (const r of statements[k].renderings) this.of(r.article).quotes.push(r);
				return 1;
			},
		);
		this.entities = new Sweep(
			() => entities.length,
			(k) => {
				const e = entities[k];
				const mentions = e.mentions;
				let cost = 1;
				for (const id in mentions) {
					if (mentions[id] > 0) this.of(id).entities.push(e);
					cost++;
				}
				return cost;
			},
		);
		this.job = sequence(this.statements, this.entities);
	}

	/** True once every article's quotes and names are gathered. */
	get ready(): boolean {
		return this.statements.done && this.entities.done;
	}

	private of(id: string): ArticleLinks {
		let l = this.map.get(id);
		if (!l) {
			l = {quotes: [], entities: [], sorted: false};
			this.map.set(id, l);
		}
		return l;
	}

	/** An article's links: gathered in full first, unless `partial` (a preview) takes none yet. */
	private links(article: Article, partial: boolean): ArticleLinks | undefined {
		if (!this.ready) {
			if (partial) return undefined;
			this.job.finish();
		}
		return this.map.get(article.id);
	}

	/** Quote and entity spans to mark in an article body; quotes first so names inside them still show. */
	spans(article: Article, partial = false): Span[] {
		const links = this.links(article, partial);
		if (!links) return [];
		const spans: Span[] = [];
		for (const r of links.quotes) spans.push({start: r.start, end: r.end, mark: 'quote'});
		links.names ??= nameSpans(article.body, links.entities);
		pushAll(spans, links.names);
		return spans;
	}

	/** Entities the article names, most mentions first. */
	entitiesOf(article: Article, partial = false): Entity[] {
		const links = this.links(article, partial);
		if (!links) return [];
		if (!links.sorted) {
			links.entities.sort((a, b) => (b.mentions[article.id] ?? 0) - (a.mentions[article.id] ?? 0));
			links.sorted = true;
		}
		return links.entities;
	}
}
