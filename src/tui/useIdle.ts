// Starts the model's preparation on the idle scheduler once the index is complete (not while a
// corpus is still opened: each update brings a new model, and the cores are better left to the
// analysis), tells the scheduler of every key, and redraws once the article marks are in, or a
// job a view asked for (Model.urgent) is done. What a view asks for runs in idle turns even
// while the corpus is opened.
import {useInput} from 'ink';
import {useEffect, useMemo, useRef, useState} from 'react';
import {IdleScheduler} from './idle.js';
import type {Model} from './model/model.js';
import {preparation} from './model/preparation.js';

export function useIdle(model: Model, previewWidth: number, enabled: boolean): void {
	// Completing the article links adds marks to a preview: one more frame then.
	const [, setDrawn] = useState(0);
	const scheduler = useMemo(() => new IdleScheduler(), []);
	useInput(() => scheduler.keyPressed());
	const width = useRef(previewWidth);
	width.current = previewWidth;
	useEffect(() => {
		let linked = model.lookups.linksReady;
		// While the corpus is opened only what a view asks for runs (a search typed meanwhile needs
		// its index): done at once instead, it held every key for seconds on a large corpus.
		scheduler.start(enabled ? preparation(model, () => width.current) : [], (shown) => {
			if (shown) setDrawn((n) => n + 1);
			if (model.lookups.linksReady === linked) return;
			linked = model.lookups.linksReady;
			setDrawn((n) => n + 1);
		});
		// What a view asks for while drawn (a large entity's framing table) comes first in idle turns.
		model.takeUrgent((job) => scheduler.urgent(job));
		return () => {
			model.urgentSink = undefined;
			scheduler.stop();
		};
	}, [model, enabled, scheduler]);
}
