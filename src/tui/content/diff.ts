// Word-level differences between the renderings of one statement, for highlighting and the
// one-line summary ("nearing → winding up").
import {diffWords} from 'diff';

export interface WordRun {
	text: string;
	/** True when these words are missing from, or different in, at least one other rendering. */
	differs: boolean;
}

/** Each text cut into runs, a run marked when another text lacks those words. */
export function markDifferences(texts: string[]): WordRun[][] {
	return texts.map((text, i) => {
		const differs = new Array<boolean>(text.length).fill(false);
		texts.forEach((other, j) => {
			if (i === j) return;
			let at = 0;
			for (const change of diffWords(other, text)) {
				if (change.removed) continue;
				if (change.added) for (let k = at; k < at + change.value.length; k++) differs[k] = /\S/.test(text[k]);
				at += change.value.length;
			}
		});
		// Spaces between two differing words belong to the change ("winding up" is one run).
		for (let k = 0; k < text.length; k++) {
			if (differs[k] || !/\s/.test(text[k])) continue;
			let before = k - 1;
			while (before >= 0 && /\s/.test(text[before])) before--;
			let after = k + 1;
			while (after < text.length && /\s/.test(text[after])) after++;
			if (before >= 0 && after < text.length && differs[before] && differs[after]) differs[k] = true;
		}
		const runs: WordRun[] = [];
		let start = 0;
		for (let k = 1; k <= text.length; k++) {
			if (k === text.length || differs[k] !== differs[start]) {
				if (k > start) runs.push({text: text.slice(start, k), differs: differs[start]});
				start = k;
			}
		}
		return runs;
	});
}

/** Replacements, insertions and omissions from `base` to `other`, in reading order. */
export function summarizeChanges(base: string, other: string, limit = 6): string[] {
	const changes = diffWords(base, other);
	const out: string[] = [];
	// Punctuation-only changes (a comma for a full stop) are noise in a one-line summary.
	const words = (s: string) => /[\p{L}\p{N}]/u.test(s);
	for (let i = 0; i < changes.length; i++) {
		if (out.length === limit) {
			out.push('…');
			break;
		}
		const change = changes[i];
		const next = changes[i + 1];
		if ((change.added || change.removed) && !words(change.value) && !(change.removed && next?.added && words(next.value))) continue;
		if (change.removed && next?.added) {
			out.push(`${change.value.trim()} → ${next.value.trim()}`);
			i++;
		} else if (change.removed) {
			out.push(`−${change.value.trim()}`);
		} else if (change.added) {
			out.push(`+${change.value.trim()}`);
		}
	}
	// A word removed in one place and added in another moved; say so once.
	const moved = out.filter((item) => item.startsWith('−') && out.includes(`+${item.slice(1)}`)).map((item) => item.slice(1));
	return out.flatMap((item) => {
		const word = item.slice(1);
		if (!moved.includes(word)) return [item];
		return item.startsWith('−') ? [`${word} (moved)`] : [];
	});
}
