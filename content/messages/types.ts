/** One area's messages in another language: the same keys as bokmål's, each a string. */
export type AreaCatalogue<T> = { readonly [K in keyof T]: string };
