// Worker thread entry of the build's pair helper (pair-helper.ts): judges the chunks of candidate
// pairs it claims, on its copy of the units, and sends back the links it found.
import {parentPort} from 'node:worker_threads';
import {CHUNK_UNITS, CLAIM, judgeChunks} from '../analysis/linking/judge-pairs.js';
import {unpackUnits} from '../analysis/linking/packed-units.js';
import {packLinks, type PairHelperReply, type PairHelperRequest} from './pair-helper-messages.js';

parentPort?.once('message', ({index, claims, units, reply}: PairHelperRequest) => {
	try {
		const judge = unpackUnits(units);
		const chunks = Math.ceil(index.order.length / CHUNK_UNITS);
		const found = judgeChunks(judge, index, () => {
			Atomics.add(claims, CLAIM.beat, 1);
			const c = Atomics.add(claims, CLAIM.next, 1);
			return c < chunks ? c : -1;
		});
		const links = packLinks(found.links);
		const translations = packLinks(found.translations);
		const buffers = [links, translations].flatMap(p => [p.pairs.buffer as ArrayBuffer, p.scores.buffer as ArrayBuffer]);
		reply.postMessage({type: 'done', links, translations} satisfies PairHelperReply, buffers);
	} catch (error) {
		reply.postMessage({type: 'error', message: String((error as Error)?.stack ?? error)} satisfies PairHelperReply);
	} finally {
		Atomics.store(claims, CLAIM.done, 1);
		Atomics.notify(claims, CLAIM.done);
	}
});
