// compromise unpacks its lexicon when it is loaded, which takes about half a second. Opening a saved
// index needs no language analysis, so compromise is loaded on first use instead of at start-up.
// Its CommonJS build is the one loaded (require is synchronous; callers stay synchronous), and
// every use goes through here, so the process holds one copy.
import {createRequire} from 'node:module';
import type Nlp from 'compromise';

let loaded: typeof Nlp | undefined;

export function nlp(): typeof Nlp {
	loaded ??= createRequire(import.meta.url)('compromise') as typeof Nlp;
	return loaded;
}
