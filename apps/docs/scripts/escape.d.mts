/** Escapes text for Markdown (and HTML); newlines become spaces so a value stays on its line. */
export declare const text: (value: unknown) => string
/** Escapes a value for a double-quoted HTML attribute. */
export declare const attr: (value: unknown) => string
