// English is the typed source catalog: the other languages must have exactly its keys (checked by tsc).
export type Catalog<T> = { [K in keyof T]: T[K] extends string ? string : Catalog<T[K]> };
