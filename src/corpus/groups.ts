// Outlet groups: which part of the media landscape an outlet belongs to ("left", "Russian state
// media"), declared in presslens.json by outlet name or glob (`outlets.groups`), or read from a
// record field the user names (`outlets.groupField`: JSON records often carry `bias` or `country`).
// An article's group is settled when it is loaded; groupOf and outletGroups read it.
import picomatch from 'picomatch';
import {sanitizeInline} from '../text/sanitize.js';
import type {Article} from './types.js';
import {UsageError} from './walk.js';

export interface GroupRules {
	/** In file order: the first whose name or glob matches the outlet gives the group. */
	byOutlet: Array<{pattern: string; match: (outlet: string) => boolean; group: string}>;
	/** A record field (matched without regard to case) holding the group, or null. */
	field: string | null;
}

export const NO_GROUPS: GroupRules = {byOutlet: [], field: null};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The `groups` and `groupField` keys of presslens.json's `outlets` section, validated. */
export function parseGroupRules(outlets: Record<string, unknown>, where: string): GroupRules {
	const rules: GroupRules = {byOutlet: [], field: null};
	const {groups, groupField} = outlets;
	if (groups !== undefined) {
		if (!isObject(groups)) throw new UsageError(`${where}: "outlets.groups" must map outlet names (or globs) to group names`);
		for (const [pattern, group] of Object.entries(groups)) {
			if (typeof group !== 'string' || !group.trim()) throw new UsageError(`${where}: outlets.groups["${sanitizeInline(pattern)}"] must be a group name (a non-empty string)`);
			// Outlet names hold spaces and dots but no folders: a glob over the whole name, case ignored.
			const isMatch = picomatch(pattern, {nocase: true, dot: true});
			const exact = pattern.toLowerCase();
			rules.byOutlet.push({pattern, match: (outlet) => outlet.toLowerCase() === exact || isMatch(outlet), group: sanitizeInline(group).trim()});
		}
	}
	if (groupField !== undefined) {
		if (typeof groupField !== 'string' || !groupField.trim()) throw new UsageError(`${where}: "outlets.groupField" must name a record field (a non-empty string), got ${JSON.stringify(groupField)}`);
		rules.field = groupField.trim().toLowerCase();
	}
	return rules;
}

/** The group the rules give an article: a declared outlet first, else the record's field. */
export function resolveGroup(rules: GroupRules, outlet: string | null, meta: Record<string, string> | undefined): string | null {
	if (outlet) for (const rule of rules.byOutlet) if (rule.match(outlet)) return rule.group;
	if (rules.field && meta) {
		for (const [key, value] of Object.entries(meta)) if (key.toLowerCase() === rules.field && value) return value;
	}
	return null;
}

/** An article's outlet group, or null when presslens.json gives it none. */
export function groupOf(article: Pick<Article, 'group'>): string | null {
	return article.group ?? null;
}

/**
 * Each outlet's group over a set of articles: the group most of its articles carry (ties: the
 * first seen), for views that label an outlet once. Outlets without a group are left out.
 */
export function outletGroups(articles: readonly Article[]): Map<string, string> {
	const counts = new Map<string, Map<string, number>>();
	for (const a of articles) {
		const group = groupOf(a);
		if (!a.outlet || !group) continue;
		const of = counts.get(a.outlet) ?? new Map<string, number>();
		of.set(group, (of.get(group) ?? 0) + 1);
		counts.set(a.outlet, of);
	}
	const out = new Map<string, string>();
	for (const [outlet, of] of counts) {
		let best = '';
		let most = 0;
		for (const [group, n] of of) if (n > most) [best, most] = [group, n];
		out.set(outlet, best);
	}
	return out;
}
