// @vitest-environment node
import ts from 'typescript';
import { expect, it } from 'vitest';

it('lets an app compiled with exactOptionalPropertyTypes pass its optional props on to the hooks, provider and client', () => {
  const file = `${process.cwd()}/test/fixtures/typescript/forwardsOptionalOptions.tsx`;
  const program = ts.createProgram([file], {
    strict: true,
    exactOptionalPropertyTypes: true,
    noEmit: true,
    skipLibCheck: true,
    jsx: ts.JsxEmit.ReactJSX,
    module: ts.ModuleKind.Preserve,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2023.d.ts', 'lib.dom.d.ts', 'lib.dom.iterable.d.ts'],
    types: [],
  });
  const errors = program
    .getSemanticDiagnostics(program.getSourceFile(file))
    .map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
  expect(errors).toEqual([]);
}, 30_000);
