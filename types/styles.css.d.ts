// The stylesheet is imported for its side effect only; this lets TypeScript resolve it outside
// bundlers that declare `*.css` themselves (TypeScript 6 checks side-effect imports).
export {};
