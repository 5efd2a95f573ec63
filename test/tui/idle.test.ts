// The one job type and its scheduler: resumable passes that cost what they visit, jobs run one
// after the other in slices, and no slice while keys come.
import {afterEach, describe, expect, it, vi} from 'vitest';
import {once, sequence, Sweep} from '../../src/index/job.js';
import {IdleScheduler, Pace, runJobs, STEP, STEP_MS, TYPING_PAUSE_MS} from '../../src/tui/idle.js';
import {Memo} from '../../src/tui/model/memo.js';

afterEach(() => vi.useRealTimers());

describe('Sweep', () => {
	it('visits every item once across steps, spending each item’s cost from the budget', () => {
		const seen: number[] = [];
		const costs = [1, 5, 1, 1, 3];
		const sweep = new Sweep(() => costs.length, (i) => (seen.push(i), costs[i]));
		expect(sweep.step(2)).toBe(false);
		expect(seen).toEqual([0, 1]);
		expect(sweep.step(1)).toBe(false);
		expect(seen).toEqual([0, 1, 2]);
		sweep.finish();
		expect(seen).toEqual([0, 1, 2, 3, 4]);
		expect(sweep.done).toBe(true);
		expect(sweep.step(10)).toBe(true);
		expect(seen).toHaveLength(5);
	});

	it('is done with its first items as upTo says, then goes on from there', () => {
		const seen: number[] = [];
		const sweep = new Sweep(() => 10, (i) => (seen.push(i), 1));
		const first = sweep.upTo(3);
		expect(first.step(2)).toBe(false);
		expect(first.step(5)).toBe(true);
		expect(seen).toEqual([0, 1, 2]);
		sweep.step(2);
		expect(seen).toEqual([0, 1, 2, 3, 4]);
	});
});

describe('sequence and once', () => {
	it('steps one job at a time and finishes them all in order', () => {
		const log: string[] = [];
		const job = sequence(once(() => log.push('a')), new Sweep(() => 2, (i) => (log.push(`b${i}`), 1)), once(() => log.push('c')));
		expect(job.step(1)).toBe(false);
		expect(log).toEqual(['a']);
		expect(job.step(1)).toBe(false);
		expect(log).toEqual(['a', 'b0']);
		job.finish();
		expect(log).toEqual(['a', 'b0', 'b1', 'c']);
		job.finish();
		expect(log).toHaveLength(4);
	});
});

describe('runJobs', () => {
	it('runs the first job until done before the next, while allowed', () => {
		const log: number[] = [];
		const jobs = [new Sweep(() => 3, (i) => (log.push(i), 1)), once(() => log.push(99))];
		let turns = 0;
		expect(runJobs(jobs, () => turns++ < 1)).toBe(true);
		expect(runJobs(jobs)).toBe(false);
		expect(log).toEqual([0, 1, 2, 99]);
	});
});

describe('Pace', () => {
	it('gives a job whose steps take long a smaller whole budget, and a fast one its budget back', () => {
		const pace = new Pace();
		const job = once(() => undefined);
		expect(pace.budget(job)).toBe(STEP);
		pace.took(job, STEP_MS * 10);
		expect(pace.budget(job)).toBe(STEP / 10);
		pace.took(job, STEP_MS * 1e6);
		expect(pace.budget(job)).toBe(1);
		for (let k = 0; k < 20; k++) pace.took(job, 0);
		expect(pace.budget(job)).toBe(STEP);
		// A step within twice its time keeps its budget.
		pace.took(job, STEP_MS * 1.5);
		expect(pace.budget(job)).toBe(STEP);
	});

	it('paces the steps runJobs takes', () => {
		const budgets: number[] = [];
		vi.useFakeTimers({toFake: ['performance']});
		const job = {step: (budget: number) => (budgets.push(budget), vi.advanceTimersByTime(STEP_MS * 4), budgets.length === 3), finish: () => undefined};
		runJobs([job], () => true, () => undefined, new Pace());
		expect(budgets).toEqual([STEP, STEP / 4, STEP / 16]);
	});
});

describe('IdleScheduler', () => {
	it('waits for a pause in typing before its next slice', () => {
		vi.useFakeTimers({toFake: ['setTimeout', 'clearTimeout', 'performance']});
		const scheduler = new IdleScheduler();
		let ran = 0;
		scheduler.keyPressed();
		scheduler.start([once(() => ran++)]);
		vi.advanceTimersByTime(TYPING_PAUSE_MS - 10);
		expect(ran).toBe(0);
		scheduler.keyPressed();
		vi.advanceTimersByTime(TYPING_PAUSE_MS - 10);
		expect(ran).toBe(0);
		vi.advanceTimersByTime(20);
		expect(ran).toBe(1);
		scheduler.stop();
	});

	it('stops when told, and a new start replaces the jobs', () => {
		vi.useFakeTimers({toFake: ['setTimeout', 'clearTimeout', 'performance']});
		const scheduler = new IdleScheduler();
		const log: string[] = [];
		scheduler.start([once(() => log.push('old'))]);
		scheduler.start([once(() => log.push('new'))]);
		vi.advanceTimersByTime(TYPING_PAUSE_MS + 1);
		expect(log).toEqual(['new']);
		scheduler.start([once(() => log.push('never'))]);
		scheduler.stop();
		vi.advanceTimersByTime(1000);
		expect(log).toEqual(['new']);
	});
});

describe('Memo', () => {
	it('keeps one result per item and width, unless told not to keep it', () => {
		const memo = new Memo();
		const item = {};
		let built = 0;
		const build = () => ++built;
		expect(memo.byWidth('t', item, 80, build)).toBe(1);
		expect(memo.byWidth('t', item, 80, build)).toBe(1);
		expect(memo.byWidth('t', item, 60, build)).toBe(2);
		expect(memo.byWidth('other', item, 80, build)).toBe(3);
		expect(memo.byWidth('draft', item, 80, build, () => false)).toBe(4);
		expect(memo.byWidth('draft', item, 80, build)).toBe(5);
		expect(memo.byWidth('draft', item, 80, build)).toBe(5);
	});

	it('drops an item’s older results past its limit', () => {
		const memo = new Memo();
		const item = {};
		let built = 0;
		const at = (key: number) => memo.byWidth('t', item, key, () => ++built, undefined, 2);
		at(1);
		at(2);
		at(3);
		expect(at(3)).toBe(3);
		expect(at(1)).toBe(4);
	});
});
