// A statement named on the command line by its id or any unique prefix of it, as with git.
import type {Statement} from '../analysis/types.js';
import {UsageError} from '../corpus/walk.js';
import type {CorpusIndex} from '../index/types.js';

export function findStatement(index: CorpusIndex, id: string): Statement {
	const matches = index.statements.filter((s) => s.id.startsWith(id));
	const exact = matches.find((s) => s.id === id);
	if (matches.length === 0) throw new UsageError(`no statement "${id}" in ${index.name} (list ids with \`presslens statements ${index.roots.join(' ')}\`)`);
	if (!exact && matches.length > 1) throw new UsageError(`statement id "${id}" is ambiguous (${matches.length} match); give more characters`);
	return exact ?? matches[0];
}
