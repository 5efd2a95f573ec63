// The word lexicon that framing labels are read with comes from compromise, whose unpacking takes
// about half a second: the app unpacks it on a worker thread while it prepares other things, and
// takes the result as it comes. Should a table need it before, it is loaded there and then (the
// worker's copy is then ignored); where no worker can start (tests run the sources), nothing changes.
import {Worker} from 'node:worker_threads';
import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {lexiconLoaded, provideLexicon, type Tags} from '../analysis/entities/lexicon.js';

let started = false;

export function preloadLexicon(): void {
	if (started || lexiconLoaded()) return;
	started = true;
	const script = new URL('./lexicon-worker.js', import.meta.url);
	if (!existsSync(fileURLToPath(script))) return;
	try {
		const worker = new Worker(script);
		worker.unref();
		worker.once('message', (lexicon: Record<string, Tags>) => {
			provideLexicon(lexicon);
			void worker.terminate();
		});
		worker.once('error', () => void worker.terminate());
	} catch {
		// No worker: the lexicon loads on first use.
	}
}
