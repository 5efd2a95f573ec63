// What held the app's keys up, for the bench: when PRESSLENS_IDLE_TRACE names a file, each idle
// step that took longer than LONG_MS and each garbage-collection pause longer than it are appended
// to that file, a line each ("<epoch ms>\t<what>\t<ms>"). bench/app.ts sets it and reports the
// longest. Unset (as for users), a step costs one comparison more.
import {appendFileSync} from 'node:fs';
import {PerformanceObserver} from 'node:perf_hooks';
import type {Job} from '../index/job.js';

export const LONG_MS = 15;
const file = process.env.PRESSLENS_IDLE_TRACE || undefined;
const names = new WeakMap<Job, string>();

function write(what: string, ms: number): void {
	try {
		appendFileSync(file!, `${Date.now()}\t${what}\t${ms.toFixed(1)}\n`);
	} catch {
		// A trace that cannot be written is no reason to stop the app.
	}
}

if (file) {
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) if (entry.duration > LONG_MS) write('gc', entry.duration);
	}).observe({entryTypes: ['gc']});
}

/** Names a job in the trace ("prep 12": the preparation's thirteenth; "urgent 2"). */
export function traceName(job: Job, name: string): void {
	if (file && !names.has(job)) names.set(job, name);
}

/** Runs one step of `job`, traced when it is long. */
export function tracedStep(job: Job, budget: number): boolean {
	if (!file) return job.step(budget);
	const start = performance.now();
	const done = job.step(budget);
	const ms = performance.now() - start;
	if (ms > LONG_MS) write(`step ${names.get(job) ?? 'job'}`, ms);
	return done;
}
