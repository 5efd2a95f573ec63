// What a framing table's rows can be keyed by, for the flag table (kept apart from framing.ts,
// which the command loads only when it runs). Outlet groups join when presslens.json declares them.
export const FRAMING_ROWS = ['outlet'] as const;
