// People who share a surname in one article: a bare surname is the person it means where it stands
// (the one named in full before it, the one named just before it in its sentence, the one an
// honorific's sex fits, the person the corpus means by it before anyone is named in full), else
// ambiguous; as a speaker, it is the entity its mention was given to. Invented names throughout.
import {describe, expect, it} from 'vitest';
import {article, entitiesOf} from './entities-helpers.js';
import {article as plainArticle} from './statements-helpers.js';
import {analyzeArticle} from '../../src/analysis/article.js';
import {mergeEntities} from '../../src/analysis/entities.js';
import {linkStatements} from '../../src/analysis/statements.js';
import type {Entity} from '../../src/analysis/types.js';

/** The entity holding the mention printed at `at` in article `id`. */
const ownerAt = (entities: Entity[], id: string, at: number): Entity | undefined => entities.find((e) => e.spans.some((s) => s.article === id && s.field === 'body' && s.start === at));
const at = (body: string, text: string, from = 0): number => body.indexOf(text, from);

describe('a surname several people named in one article share', () => {
	it('is the one named in full before it, until the other is named', () => {
		const body = 'Tomas Dorvald opened the harbour on Monday. Dorvald said the ships would come back. Later his sister Hanna Dorvald, a senator, spoke at the quay. Everyone listened.';
		const es = entitiesOf([article(body, {id: 'h1'})]);
		expect(ownerAt(es, 'h1', at(body, 'Dorvald said'))?.name).toBe('Tomas Dorvald');
	});

	it('is the one named just before it in the same sentence, when the other was named sentences earlier', () => {
		const body = 'Tomas Dorvald opened the harbour on Monday. The ships came back in the spring. Hanna Dorvald arrived later, and Dorvald spoke first at the quay.';
		const es = entitiesOf([article(body, {id: 'h2'})]);
		expect(ownerAt(es, 'h2', at(body, 'Dorvald spoke'))?.name).toBe('Hanna Dorvald');
	});

	it('stays ambiguous where both were named and nothing near says which', () => {
		const body = 'Tomas Dorvald opened the harbour on Monday. Hanna Dorvald spoke at the quay. The ships came back in the spring. Later, Dorvald left the town.';
		const es = entitiesOf([article(body, {id: 'h3'})]);
		const owner = ownerAt(es, 'h3', at(body, 'Dorvald left'));
		expect(owner?.name).toBe('Dorvald');
		expect(owner?.ambiguous?.length).toBe(2);
	});

	it('is the man after "Mr" and the woman after "Mrs", whoever was named last', () => {
		const body = 'Tomas Dorvald and Hanna Dorvald opened the harbour on Monday. The ships came back in the spring. Mrs Dorvald spoke first. The crowd cheered, and then Mr Dorvald spoke.';
		const es = entitiesOf([article(body, {id: 'h4'})]);
		expect(ownerAt(es, 'h4', at(body, 'Dorvald spoke first'))?.name).toBe('Hanna Dorvald');
		expect(ownerAt(es, 'h4', at(body, 'Dorvald spoke.'))?.name).toBe('Tomas Dorvald');
	});

	it('printed before the only full name of the article, is the person the corpus means by it', () => {
		const famous = Array.from({length: 4}, (_, i) => article(`Governor Tomas Dorvald spoke on day ${i + 1}. Dorvald said the port would grow.`));
		const body = 'Governor Dorvald and his sister Hanna Dorvald visited the quay. The ships came back in the spring.';
		const es = entitiesOf([...famous, article(body, {id: 'h5'})]);
		expect(ownerAt(es, 'h5', at(body, 'Dorvald and'))?.name).toBe('Tomas Dorvald');
		expect(ownerAt(es, 'h5', at(body, 'Hanna Dorvald'))?.name).toBe('Hanna Dorvald');
	});

	it('as a speaker, is the person its mention was given to', () => {
		const bodies = [
			'Tomas Dorvald opened the harbour on Monday. “The ships will come back to this town before the winter,” Dorvald said. Later his sister Hanna Dorvald arrived. Hanna Dorvald and Tomas Dorvald left together.',
			'Hanna Dorvald spoke first at the quay. “The ships will come back to this town before the winter,” Hanna Dorvald said of the plan.',
		];
		const articles = bodies.map((b, i) => plainArticle(`sp${i}`, b, `Outlet ${i}`, '2024-03-04'));
		const analyses = articles.map(analyzeArticle);
		const entities = mergeEntities(articles, analyses);
		const tomas = entities.find((e) => e.name === 'Tomas Dorvald')!;
		const statements = linkStatements(articles, analyses, entities);
		const rendering = statements.flatMap((s) => s.renderings).find((r) => r.article === 'sp0')!;
		expect(rendering.speaker).toBe(tomas.id);
	});
});
