// Types of manifest.mjs, for the TypeScript consumer.
export declare const manifestText: string
export declare const expectedForeignShare: number
