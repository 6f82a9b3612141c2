// Types of scripts/source-hash.mjs for the TypeScript tests that import it.
export declare const SOURCE_DIR: string
export declare const BUILD_FILES: readonly string[]
export declare const SOURCE_HASH_FILE: string
export declare function sourceHash(root?: string): string
