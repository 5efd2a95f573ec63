// Small statistics for benchmark figures: medians with their spread, percentiles.

export function percentile(values: number[], p: number): number {
	if (values.length === 0) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	const rank = (p / 100) * (sorted.length - 1);
	const lo = Math.floor(rank);
	const hi = Math.ceil(rank);
	return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
}

export const median = (values: number[]) => percentile(values, 50);

export interface Spread {
	median: number;
	min: number;
	max: number;
	runs: number;
}

export function spread(values: number[]): Spread {
	return {median: median(values), min: Math.min(...values), max: Math.max(...values), runs: values.length};
}

export function fmt(value: number, digits = 1): string {
	if (!Number.isFinite(value)) return '–';
	return value >= 100 ? Math.round(value).toLocaleString('en-US') : value.toFixed(digits);
}

/** "12.3 (min 11.9, max 13.0)" */
export function fmtSpread(s: Spread, digits = 1): string {
	return s.runs > 1 ? `${fmt(s.median, digits)} (min ${fmt(s.min, digits)}, max ${fmt(s.max, digits)})` : fmt(s.median, digits);
}
