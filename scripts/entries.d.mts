// Types of scripts/entries.mjs for the TypeScript tests that import it.
export declare const ENTRIES: readonly { readonly name: string; readonly source: string }[]
