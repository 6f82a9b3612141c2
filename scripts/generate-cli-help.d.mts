// Types of scripts/generate-cli-help.mjs for the TypeScript test that imports it.
export declare const GENERATED_PATH: string
export declare function generatedModule(): Promise<string>
