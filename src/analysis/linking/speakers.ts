// Maps a speaker as an article names them ("al-Shammari", "Okafor") to a merged entity id, and
// gives a comparable key for names the entity step did not catch.
import type {Entity} from '../types.js';

// Words that end organisation names without telling them apart ("Al-Nujaba Movement").
const GENERIC_TAIL = /\s+(?:movement|group|party|organi[sz]ation|forces|militia|brigades?|front|council|committee|ministry|agency|network|inc|corp|ltd)$/i;

export function normalName(name: string): string {
	return name
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/[‘’'`]/g, "'")
		.replace(/^the\s+/, '')
		.replace(/'s$/, '')
		.replace(/[^\p{L}\p{N}' -]/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/** A surname-like key: last word without article prefixes (al-, el-) or doubled letters. */
export function nameKey(name: string | null | undefined): string | null {
	if (!name) return null;
	const n = normalName(name).replace(GENERIC_TAIL, '');
	const last = n.split(/[\s]+/).at(-1) ?? '';
	const bare = last.replace(/^(?:al|el|ad|as|ash|an|ar|at|az)-/, '').replace(/(\p{L})\1/gu, '$1');
	return bare.length >= 2 ? bare : null;
}

export class SpeakerResolver {
	private byAlias = new Map<string, Entity[]>();
	private byKey = new Map<string, Entity[]>();
	private byId = new Map<string, Entity>();

	constructor(entities: Entity[]) {
		for (const e of entities) {
			this.byId.set(e.id, e);
			const names = new Set([e.name, ...e.aliases]);
			for (const n of names) {
				push(this.byAlias, normalName(n), e);
				const k = nameKey(n);
				if (k && (e.type === 'person' || e.type === 'organization')) push(this.byKey, k, e);
			}
		}
	}

	/** The entity id for a speaker named in an article, when it can be told apart from others. */
	resolve(name: string, articleId: string): string | null {
		// Every located mention is counted in `mentions`, so the count alone says whether it is named here.
		const here = (list: Entity[] | undefined): Entity[] => unique(list ?? []).filter(e => (e.mentions[articleId] ?? 0) > 0);
		const exact = unique(this.byAlias.get(normalName(name)) ?? []);
		const exactHere = here(exact);
		if (exactHere.length === 1) return exactHere[0].id;
		const key = nameKey(name);
		const byKeyHere = key ? here(this.byKey.get(key)) : [];
		if (exactHere.length === 0 && byKeyHere.length === 1) return byKeyHere[0].id;
		if (exact.length === 1) return exact[0].id;
		return null;
	}

	nameKey(name: string | null): string | null {
		return nameKey(name);
	}

	displayName(entityId: string): string | null {
		return this.byId.get(entityId)?.name ?? null;
	}

	type(entityId: string): string | null {
		return this.byId.get(entityId)?.type ?? null;
	}

	/** Every name of an entity (canonical name and aliases). */
	names(entityId: string): string[] {
		const e = this.byId.get(entityId);
		return e ? [e.name, ...e.aliases] : [];
	}

	/** Every descriptor outlets gave an entity ("a spokesman for the Harbour Union"). */
	labels(entityId: string): string[] {
		return this.byId.get(entityId)?.descriptors.map(d => d.text) ?? [];
	}

	descriptor(entityId: string, articleId: string): string | null {
		return this.byId.get(entityId)?.descriptors.find(d => d.article === articleId)?.text ?? null;
	}
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
	const list = map.get(key);
	if (list) list.push(value);
	else map.set(key, [value]);
}

function unique<T>(list: T[]): T[] {
	return [...new Set(list)];
}

/**
 * Does a person speak for an organisation? True when some label outlets gave the person names the
 * organisation ("Okafor, a spokesman for the Harbour Union"): outlets credit a spokesman's words
 * to his group, so the two attributions agree.
 */
export function affiliated(personLabels: string[], orgNames: string[]): boolean {
	return namesIn(labelText(personLabels), orgNames);
}

/** A person's labels as one searchable text (made once per person: a much-quoted one has many). */
export function labelText(labels: string[]): string {
	return ` ${labels.map(normalName).join(' | ')} `;
}

/** Does a label text (from labelText) name one of the organisation's names? */
export function namesIn(text: string, orgNames: string[]): boolean {
	return orgNames.some(n => {
		const name = normalName(n).replace(GENERIC_TAIL, '');
		return name.length >= 3 && text.includes(` ${name} `);
	});
}
