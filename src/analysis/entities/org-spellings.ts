// Organisations whose names are two transliterations of one Arabic or Persian name ("Hashd
// al-Shaabi" / "Hashed al-Shaabi", "Asa'ib Ahl al-Haq" / "Asaib Ahl al-Haq"): the same distinctive
// words under the keys people's names are compared by. Only names that look transliterated take
// part: English names that differ in a vowel are different names ("Bank" is not "Bunk").
import {looksTransliterated, orgCoreTokens} from '../names.js';
import {sameNameAnyOrder, skeletonOfToken, translitToken} from './transliteration.js';

export interface NamedOrg {
	key: string;
	name: string;
}

/** Pairs of keys [earlier, later] of organisations whose names are spellings of one name. */
export function orgSpellingPairs(orgs: NamedOrg[]): Array<[string, string]> {
	const blocks = new Map<string, Array<{key: string; translit: string}>>();
	for (const o of orgs) {
		if (!looksTransliterated(o.name)) continue;
		const keys = orgCoreTokens(o.name).map(translitToken).filter((k) => k !== '');
		if (keys.length === 0) continue;
		const block = keys.map(skeletonOfToken).sort().join(' ');
		// A short skeleton ("Haq") leaves too little to tell names apart.
		if (block.replace(/\s/g, '').length < 4) continue;
		const list = blocks.get(block);
		const entry = {key: o.key, translit: keys.join(' ')};
		if (list) list.push(entry);
		else blocks.set(block, [entry]);
	}
	const pairs: Array<[string, string]> = [];
	for (const list of blocks.values()) {
		for (let i = 1; i < list.length; i++) {
			const match = list.slice(0, i).find((e) => sameNameAnyOrder(e.translit, list[i].translit));
			if (match) pairs.push([match.key, list[i].key]);
		}
	}
	return pairs;
}
