// Stands in for the "server-only" package under vitest (see vitest.config.ts): the real one
// throws when imported outside React Server Components.
export {};
