// Worker thread entry: analyses batches of articles sent by the pool in workers.ts.
import {parentPort} from 'node:worker_threads';
import {analyzeArticle} from '../analysis/article.js';
import type {Article} from '../corpus/types.js';

export interface WorkerRequest {
	batch: number;
	articles: Article[];
}

export type WorkerReply =
	| {batch: number; analyses: ReturnType<typeof analyzeArticle>[]}
	| {batch: number; error: string};

parentPort?.on('message', (request: WorkerRequest) => {
	try {
		parentPort!.postMessage({batch: request.batch, analyses: request.articles.map(analyzeArticle)} satisfies WorkerReply);
	} catch (error) {
		parentPort!.postMessage({batch: request.batch, error: (error as Error)?.stack ?? String(error)} satisfies WorkerReply);
	}
});
