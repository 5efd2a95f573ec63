import type {CorpusIndex} from '../index/types.js';
import {UsageError} from '../corpus/walk.js';

export interface CompareOptions {
	format: string;
	output?: string;
	force: boolean;
}

export async function runCompare(index: CorpusIndex, id: string, options: CompareOptions): Promise<number> {
	const statement = index.statements.find(s => s.id === id);
	if (!statement) throw new UsageError(`no statement "${id}" in ${index.name} (list ids with \`presslens statements\`)`);
	throw new UsageError(`compare is not available yet (${options.format})`);
}
