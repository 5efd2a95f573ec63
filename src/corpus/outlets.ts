// Outlet names from URL domains and from signature lines that outlets print on every page.
// Both tables are starting points; users extend them in presslens.json ("outlets").
import type {BoundedPattern} from './pattern.js';

export interface OutletSignature {
	pattern: RegExp;
	/** A user's pattern (presslens.json) runs bounded: see pattern.ts. */
	bounded?: BoundedPattern;
	/** Outlet name, or a function of the match (e.g. "Support X" banners name X). */
	outlet: string | ((m: RegExpExecArray) => string);
}

export interface OutletTables {
	domains: Record<string, string>;
	signatures: OutletSignature[];
}

const DOMAINS: Record<string, string> = {
	'sputnikglobe.com': 'Sputnik International',
	'sputniknews.com': 'Sputnik International',
	'alahednews.com.lb': 'Al-Ahed News',
	'southfront.org': 'SouthFront',
	'southfront.press': 'SouthFront',
	'newsweek.com': 'Newsweek',
	'rt.com': 'RT',
	'presstv.ir': 'Press TV',
	'presstv.com': 'Press TV',
	'almayadeen.net': 'Al Mayadeen',
	'aljazeera.com': 'Al Jazeera',
	'aljazeera.net': 'Al Jazeera',
	'tasnimnews.com': 'Tasnim News',
	'tass.com': 'TASS',
	'xinhuanet.com': 'Xinhua',
	'globaltimes.cn': 'Global Times',
	'reuters.com': 'Reuters',
	'apnews.com': 'Associated Press',
	'afp.com': 'AFP',
	'bbc.com': 'BBC News',
	'bbc.co.uk': 'BBC News',
	'theguardian.com': 'The Guardian',
	'nytimes.com': 'The New York Times',
	'washingtonpost.com': 'The Washington Post',
	'washingtontimes.com': 'The Washington Times',
	'wsj.com': 'The Wall Street Journal',
	'cnn.com': 'CNN',
	'foxnews.com': 'Fox News',
	'nbcnews.com': 'NBC News',
	'cbsnews.com': 'CBS News',
	'abcnews.go.com': 'ABC News',
	'npr.org': 'NPR',
	'politico.com': 'Politico',
	'thehill.com': 'The Hill',
	'usatoday.com': 'USA Today',
	'bloomberg.com': 'Bloomberg',
	'breitbart.com': 'Breitbart News',
	'dw.com': 'Deutsche Welle',
	'france24.com': 'France 24',
	'euronews.com': 'Euronews',
	'timesofisrael.com': 'The Times of Israel',
	'haaretz.com': 'Haaretz',
	'rudaw.net': 'Rudaw',
	'kurdistan24.net': 'Kurdistan 24',
	'ina.iq': 'Iraqi News Agency',
	'shafaq.com': 'Shafaq News',
	'al-monitor.com': 'Al-Monitor',
	'middleeasteye.net': 'Middle East Eye',
	'arabnews.com': 'Arab News',
	'english.alarabiya.net': 'Al Arabiya',
	'alarabiya.net': 'Al Arabiya',
};

const SIGNATURES: OutletSignature[] = [
	// Al-Ahed News signs agency-based stories this way.
	{pattern: /^By Staff, Agencies$/i, outlet: 'Al-Ahed News'},
	// Sputnik's legal footnote on proscribed groups.
	{pattern: /^\* ?A terrorist (?:group|organi[sz]ation) outlawed in Russia and many other countries\.?$/i, outlet: 'Sputnik International'},
	// Donation banners name the site itself: "Support SouthFront".
	{pattern: /^Support ([A-Z][\p{L}\p{N}.&'-]*(?: [A-Z][\p{L}\p{N}.&'-]*){0,3})$/u, outlet: m => m[1]},
	// Copyright lines: "© 2021 Example News" or "Copyright 2021 Example News. All rights reserved."
	{
		pattern: /^(?:©|\(c\)|Copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s+)?([A-Z][\p{L}\p{N}.&' -]{1,60}?)(?:[.,]?\s*All rights reserved\.?)?$/iu,
		outlet: m => m[1].trim(),
	},
];

export function defaultOutletTables(): OutletTables {
	return {domains: {...DOMAINS}, signatures: [...SIGNATURES]};
}

/** The host of a URL without "www." and similar prefixes, or null for a malformed URL. */
export function hostOf(url: string): string | null {
	try {
		const host = new URL(url).hostname.toLowerCase();
		return host.replace(/^(?:www\d?|m|amp|mobile)\./, '') || null;
	} catch {
		return null;
	}
}

/** The outlet a URL belongs to: the table entry for its domain or a parent domain, else the domain. */
export function outletFromUrl(url: string, tables: OutletTables): string | null {
	const host = hostOf(url);
	if (!host) return null;
	const parts = host.split('.');
	for (let i = 0; i < parts.length - 1; i++) {
		// Own keys only: a host called "constructor" must not find Object.prototype's.
		const key = parts.slice(i).join('.');
		if (Object.hasOwn(tables.domains, key)) return tables.domains[key];
	}
	return host;
}

/** User patterns that have spent their time budget and not been reported yet (each is reported once). */
export function exhaustedPatterns(tables: OutletTables): BoundedPattern[] {
	const out: BoundedPattern[] = [];
	for (const sig of tables.signatures) {
		if (sig.bounded?.exhausted && !reported.has(sig.bounded)) {
			reported.add(sig.bounded);
			out.push(sig.bounded);
		}
	}
	return out;
}

const reported = new WeakSet<BoundedPattern>();

/** The outlet named by the first boilerplate line that matches a known signature. */
export function outletFromSignatures(lines: string[], tables: OutletTables): string | null {
	for (const line of lines) {
		const text = line.trim();
		for (const sig of tables.signatures) {
			const m = sig.bounded ? sig.bounded.exec(text) : sig.pattern.exec(text);
			if (m) return typeof sig.outlet === 'string' ? sig.outlet : sig.outlet(m);
		}
	}
	return null;
}
