// Maps a speaker as an article names them ("al-Shammari", "Okafor") to a merged entity id, and
// gives a comparable key for names the entity step did not catch.
import type {Entity} from '../types.js';
import {lexiconTags} from '../entities/lexicon.js';
import {isFirstName} from '../entities/typing.js';
import {normalName, ROLES, TITLES} from './name-forms.js';
import {descriptorLabel} from '../quotes/speaker.js';

export {nameParts, normalName, onlyRole, partsAgree, speakerSignature} from './name-forms.js';

// Lexicon tags a surname may carry ("Miller" is a LastName, "Jordan" a Person): any other tag
// makes the word a common word.
const SURNAME_TAG = /^(?:LastName|Person|MaleName|FemaleName|FirstName)$/;

// Words that end organisation names without telling them apart ("Al-Nujaba Movement").
const GENERIC_TAIL = /\s+(?:movement|group|party|organi[sz]ation|forces|militia|brigades?|front|council|committee|ministry|agency|network|inc|corp|ltd)$/i;

const ARTICLE_PREFIX = /^(?:al|el|ad|as|ash|an|ar|at|az)-/;

/**
 * A surname-like key: the last word without article prefixes (al-, el-) or doubled letters; of a
 * double-barrelled name the last part, so "Taylor-Greene" and "Taylor Greene" meet.
 */
export function surnameKey(name: string | null | undefined): string | null {
	if (!name) return null;
	const n = normalName(name).replace(GENERIC_TAIL, '');
	const last = n.split(/\s+/).at(-1) ?? '';
	const bare = last.replace(ARTICLE_PREFIX, '').split('-').at(-1)!.replace(/(\p{L})\1/gu, '$1');
	return bare.length >= 2 ? bare : null;
}

// Role nouns of someone who speaks for a body without being named.
const SOURCE_ROLES = new Set('spokesman spokeswoman spokesperson representative official officer aide source executive'.split(' '));

/** The body an unnamed source speaks for ("a Harbour Board spokeswoman" -> "harbour board"), '' for none, null when named. */
export function sourceBody(name: string | null | undefined): string | null {
	if (!name) return null;
	const words = normalName(name).split(' ');
	if (!/^(?:a|an|one|the)$/.test(words[0] ?? '') || !SOURCE_ROLES.has(words.at(-1) ?? '')) return null;
	return words.slice(1, -1).join(' ');
}

/**
 * Two unnamed sources, as outlets describe them: 'same' when they speak for the same body ("a Harbour
 * Board spokeswoman" / "a Harbour Board representative"), 'partial' when one names no body,
 * 'conflict' for two bodies; null unless both are unnamed sources.
 */
export function sourcesAgree(a: string | null | undefined, b: string | null | undefined): 'same' | 'partial' | 'conflict' | null {
	return bodiesAgree(sourceBody(a), sourceBody(b));
}

/** sourcesAgree for the bodies (sourceBody) of the two sources. */
export function bodiesAgree(x: string | null, y: string | null): 'same' | 'partial' | 'conflict' | null {
	if (x === null || y === null) return null;
	if (x === '' || y === '') return 'partial';
	return x === y ? 'same' : 'conflict';
}

interface Printed {
	names: Set<string>;
	starts: Set<number>;
}

const NOTHING_PRINTED: Printed = {names: new Set(), starts: new Set()};

/** The capitalised words of a label, the names of the groups it gives ("Harbour Front spokesman" → harbour, front). */
function groupWords(label: string): string[] {
	return (label.match(/\p{Lu}[\p{L}’'-]*/gu) ?? []).map(w => normalName(w).replace(/^(?:al|el)-/, '')).filter(w => w.length >= 3 && !TITLES.has(w) && !ROLES.has(w) && !SOURCE_ROLES.has(w));
}

/** A memo entry: the answer depends on where the name is printed (see SpeakerResolver.resolve). */
const POSITIONAL = '\u0000positional';

export class SpeakerResolver {
	private byAlias = new Map<string, Entity[]>();
	private byKey = new Map<string, Entity[]>();
	private byId = new Map<string, Entity>();
	private firstDescriptors = new Map<string, Map<string, string>>();

	constructor(entities: Entity[]) {
		for (const e of entities) {
			this.byId.set(e.id, e);
			const names = new Set([e.name, ...e.aliases]);
			// Each list holds an entity once: its names are pushed one after another, so a repeat is the last one.
			for (const n of names) {
				pushOnce(this.byAlias, normalName(n), e);
				const k = surnameKey(n);
				if (k && (e.type === 'person' || e.type === 'organization')) pushOnce(this.byKey, k, e);
			}
		}
	}

	/**
	 * Answers by article and name: one speaker is quoted several times in an article. POSITIONAL
	 * marks a name several entities of the article carry, answered by where it is printed.
	 */
	private resolved = new Map<string, string | null>();

	/**
	 * The entity id for a speaker named in an article, when it can be told apart from others. `at`:
	 * where the article prints the name (RawQuote.speakerAt), which tells apart people who share a
	 * surname there: the name is the entity the entity step gave that mention to.
	 */
	resolve(name: string, articleId: string, at?: number, label?: string | null): string | null {
		const key = `${articleId}\u0000${name}`;
		let id = this.resolved.get(key);
		if (id === undefined) this.resolved.set(key, (id = this.resolveUncached(name, articleId)));
		return id === POSITIONAL ? this.resolveUncached(name, articleId, at ?? -1, label) : id;
	}

	/**
	 * `at` undefined: POSITIONAL when the answer depends on where the name is printed. `label`: how
	 * the article labels the speaker there ("Front spokesman"), which names the group of the one meant.
	 */
	private resolveUncached(name: string, articleId: string, at?: number, label?: string | null): string | null {
		// Every located mention is counted in `mentions`, so the count alone says whether it is named here.
		const here = (list: Entity[] | undefined): Entity[] => (list ?? []).filter(e => (e.mentions[articleId] ?? 0) > 0);
		const normal = normalName(name);
		const exact = this.byAlias.get(normal) ?? [];
		const exactHere = here(exact);
		const key = surnameKey(name);
		// Several entities carry the name here ("Biden" of Joe and of Hunter Biden, resolved mention by
		// mention; or left ambiguous there): the one holding the mention printed at `at`.
		if (exactHere.length > 1 && !/\s/.test(normal)) {
			if (at === undefined) return POSITIONAL;
			const owner = exactHere.find(e => this.printedIn(e, articleId).starts.has(at));
			if (owner) return owner.ambiguous ? null : owner.id;
			// "Front spokesman Okafor": of namesakes here, the one this article labels with that group.
			const groups = label ? groupWords(label) : [];
			if (groups.length > 0) {
				const fits = exactHere.filter(e => e.type === 'person' && !e.ambiguous && e.descriptors.some(d => d.article === articleId && groupWords(d.text).some(w => groups.includes(w))));
				if (fits.length === 1) return fits[0].id;
			}
		}
		// A bare surname ("Okafor said") is the person named in full here who bears it, even where the
		// corpus took the word for a place or a thing elsewhere ("Bolton", a town).
		if (key && !/\s/.test(normal) && !exactHere.some(e => e.type === 'person' || e.type === 'organization')) {
			const bearers = here(this.byKey.get(key)).filter(e => e.type === 'person' && surnameKey(e.name) === key && /\s/.test(normalName(e.name)));
			if (bearers.length === 1) return bearers[0].id;
		}
		if (exactHere.length === 1) return exactHere[0].id;
		// Several entities carry the name ("Trump" is an alias of two people once the corpus has
		// resolved it in different articles): the one whose mentions in this article are printed so
		// is the one the entity step gave this article's bare surname to.
		if (exactHere.length > 1) {
			const printedHere = exactHere.filter(e => this.printedIn(e, articleId).names.has(normal));
			if (printedHere.length === 1) return printedHere[0].id;
		}
		const byKeyHere = key ? here(this.byKey.get(key)) : [];
		if (exactHere.length === 0 && byKeyHere.length === 1) return byKeyHere[0].id;
		if (exact.length === 1) return exact[0].id;
		// A bare surname the article's entities missed: the one person in the corpus whose surname it
		// is, named in full with a given name. The word must be no common word ("Over", "Legal",
		// "Early" open sentences and end names of other things).
		if (exact.length === 0 && exactHere.length === 0 && key && !/\s/.test(normal) && lexiconTags(normal).every(t => SURNAME_TAG.test(t))) {
			const people = (this.byKey.get(key) ?? []).filter(e => e.type === 'person' && surnameKey(e.name) === key && /\s/.test(normalName(e.name)) && isFirstName(normalName(e.name).split(' ')[0]));
			if (people.length === 1) return people[0].id;
		}
		return null;
	}

	private printed = new Map<string, Map<string, Printed>>();

	/**
	 * The spellings of an entity's mentions in one article, and where its body mentions start (spans
	 * are read once per entity, when first needed).
	 */
	private printedIn(e: Entity, articleId: string): Printed {
		let byArticle = this.printed.get(e.id);
		if (!byArticle) {
			byArticle = new Map();
			for (const s of e.spans) {
				let p = byArticle.get(s.article);
				if (!p) byArticle.set(s.article, (p = {names: new Set(), starts: new Set()}));
				p.names.add(normalName(s.text));
				if (s.field === 'body') p.starts.add(s.start);
			}
			this.printed.set(e.id, byArticle);
		}
		return byArticle.get(articleId) ?? NOTHING_PRINTED;
	}

	/** The entity a name given by the user denotes, when exactly one entity has it as a name. */
	lookup(name: string): string | null {
		const found = this.byAlias.get(normalName(name)) ?? [];
		return found.length === 1 ? found[0].id : null;
	}

	surnameKey(name: string | null): string | null {
		return surnameKey(name);
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

	/**
	 * The first descriptor an article gave the entity that is a noun phrase, as a speaker's label
	 * (cut to its noun phrase: "who was raised in Ohio" labels no one, though framing counts it).
	 */
	descriptor(entityId: string, articleId: string): string | null {
		let byArticle = this.firstDescriptors.get(entityId);
		if (!byArticle) {
			// Made once per entity asked about: a much-quoted speaker has thousands of descriptors, and each of its renderings asks.
			byArticle = new Map();
			for (const d of this.byId.get(entityId)?.descriptors ?? []) {
				if (byArticle.has(d.article)) continue;
				const label = descriptorLabel(d.text);
				if (label) byArticle.set(d.article, label);
			}
			this.firstDescriptors.set(entityId, byArticle);
		}
		return byArticle.get(articleId) ?? null;
	}
}

/** Appends value unless it is already the list's last. */
function pushOnce<K, V>(map: Map<K, V[]>, key: K, value: V): void {
	const list = map.get(key);
	if (!list) map.set(key, [value]);
	else if (list.at(-1) !== value) list.push(value);
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
		const name = orgCore(n);
		return name.length >= 3 && text.includes(` ${name} `);
	});
}

/** An organisation's name without its generic tail, as namesIn looks for it (asked for pair after pair). */
function orgCore(name: string): string {
	let core = orgCores.get(name);
	if (core === undefined) {
		core = normalName(name).replace(GENERIC_TAIL, '');
		if (orgCores.size < MAX_REMEMBERED) orgCores.set(name, core);
	}
	return core;
}

const orgCores = new Map<string, string>();
/** Distinct names the memo above keeps at most. */
const MAX_REMEMBERED = 200_000;
