// Unpacks compromise's lexicon on a worker thread and posts it to the app (lexicon-preload.ts).
import {parentPort} from 'node:worker_threads';
import {nlp} from '../analysis/nlp.js';

const lexicon = (nlp() as unknown as {model(): {one: {lexicon: Record<string, unknown>}}}).model().one.lexicon;
parentPort?.postMessage(lexicon);
