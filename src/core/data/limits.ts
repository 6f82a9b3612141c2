/**
 * 16 MiB: the default longest CSV field or JSON line (policy validate-data.limits.max_field_bytes), far above any
 * real cell and far below V8's string limit (~512 MiB), where an unbounded line ended in "Invalid string length".
 */
export const DEFAULT_MAX_FIELD_BYTES = 16 * 1024 * 1024
