import {buildComparison} from '../analysis/compare.js';
import {UsageError} from '../corpus/walk.js';
import type {CorpusIndex} from '../index/types.js';
import {FileExistsError, writeFileAtomic} from '../output/atomic.js';
import {formatComparison} from '../output/compare-format.js';
import {terminalWidth} from './output.js';
import {findStatement} from './statement-id.js';

export interface CompareOptions {
	format: string;
	output?: string;
	force: boolean;
}

const FORMATS = ['text', 'markdown', 'json'];

export function runCompare(index: CorpusIndex, id: string, options: CompareOptions): number {
	if (!FORMATS.includes(options.format)) throw new UsageError(`unknown format "${options.format}" (use text, markdown or json)`);
	const comparison = buildComparison(findStatement(index, id), index.articles);
	// `--output -` is standard output, as for most tools.
	const file = options.output === '-' ? undefined : options.output;
	const color = !file && Boolean(process.stdout.isTTY) && !('NO_COLOR' in process.env);
	const text = formatComparison(comparison, options.format, {color, width: terminalWidth()});
	if (!file) {
		process.stdout.write(text);
		return 0;
	}
	try {
		writeFileAtomic(file, text, {overwrite: options.force});
	} catch (error) {
		if (error instanceof FileExistsError) throw new UsageError(error.message);
		throw error;
	}
	process.stderr.write(`presslens: wrote ${file}\n`);
	return 0;
}
