// An entity's located mentions held as numbers: a large corpus has millions of them, and as
// objects they would outweigh everything else the index holds. They become Mention objects only
// when read (JSON output, the saved index), and are not kept as objects afterwards.
import type {Entity, Mention} from '../types.js';

export class SpanList {
	/** Per span: article position, start, end, 1 for the title (else the body). */
	private readonly numbers: number[] = [];
	private readonly texts: string[] = [];

	get length(): number {
		return this.texts.length;
	}

	add(article: number, m: Pick<Mention, 'start' | 'end' | 'field' | 'text'>): void {
		this.numbers.push(article, m.start, m.end, m.field === 'title' ? 1 : 0);
		this.texts.push(m.text);
	}

	/** Makes `entity`'s `spans` field (kept in its place among the keys) read these spans, with article positions in `articleIds`. */
	attach(entity: Entity, articleIds: readonly string[]): Entity {
		const numbers = Int32Array.from(this.numbers);
		const texts = this.texts.slice();
		Object.defineProperty(entity, 'spans', {
			enumerable: true,
			configurable: true,
			get(): Mention[] {
				return texts.map((text, i) => ({
					article: articleIds[numbers[i * 4]],
					start: numbers[i * 4 + 1],
					end: numbers[i * 4 + 2],
					field: numbers[i * 4 + 3] === 1 ? 'title' : 'body',
					text,
				}));
			},
			// Whoever sets spans (the alias rules, a test) gets a plain field.
			set(value: Mention[]) {
				Object.defineProperty(entity, 'spans', {value, enumerable: true, configurable: true, writable: true});
			},
		});
		return entity;
	}
}
