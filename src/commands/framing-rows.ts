// What a framing table's rows can be keyed by, for the flag table (kept apart from framing.ts,
// which the command loads only when it runs): outlets, or the outlet groups presslens.json declares.
export const FRAMING_ROWS = ['outlet', 'group'] as const;
