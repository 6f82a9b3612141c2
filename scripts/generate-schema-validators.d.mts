export declare const GENERATED_VALIDATORS: string
export declare const SCHEMA_FILES: Record<string, string>
export declare function usesStrictNumbers(name: string): boolean
export declare function generateSchemaValidators(): string
