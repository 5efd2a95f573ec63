// Worker thread entry of the build's pair helper (pair-helper.ts): makes the quotes' comparables
// while the build thread merges entities and keeps them, then judges the chunks of candidate pairs
// it claims, and sends back the links it found.
import {parentPort} from 'node:worker_threads';
import {chunkCount, claimer, CLAIM, judgeChunks} from '../analysis/linking/judge-pairs.js';
import {packedComparables, packedComparablesOf} from '../analysis/linking/packed-comparables.js';
import {unpackUnits} from '../analysis/linking/packed-units.js';
import type {MadeComparables} from '../analysis/linking/units.js';
import {EncodedTexts, packLinks, type PairHelperReply, type PairHelperRequest} from './pair-helper-messages.js';

let texts = new EncodedTexts(new Uint8Array(0), new Int32Array(0));
let made: MadeComparables | null = null;

parentPort?.on('message', (request: PairHelperRequest) => {
	const {claims, reply} = request;
	const send = (message: PairHelperReply, transfer: ArrayBuffer[] = []) => reply.postMessage(message, transfer);
	try {
		if (request.type === 'tokenise') {
			texts = new EncodedTexts(request.bytes, request.ends);
			const packed = packedComparablesOf(texts, () => Atomics.add(claims, CLAIM.beat, 1));
			// Read in place, here as on the build thread.
			made = packedComparables(packed);
			send({type: 'comparables', made: packed});
			return;
		}
		if (!made) throw new Error('the quotes were not made comparable first');
		const {index, units} = request;
		const judge = unpackUnits(units, made, texts);
		const claim = claimer(claims, chunkCount(index));
		const found = judgeChunks(judge, index, () => {
			Atomics.add(claims, CLAIM.beat, 1);
			return claim();
		});
		const links = packLinks(found.links);
		const translations = packLinks(found.translations);
		send({type: 'judged', links, translations}, [links, translations].flatMap(p => [p.pairs.buffer as ArrayBuffer, p.scores.buffer as ArrayBuffer]));
	} catch (error) {
		send({type: 'error', message: String((error as Error)?.stack ?? error)});
	} finally {
		Atomics.store(claims, CLAIM.done, 1);
		Atomics.notify(claims, CLAIM.done);
	}
});
