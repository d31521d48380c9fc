/**
 * The committed types are what codegen makes now from backend/graphql/schema.graphql and every document (the apps'
 * in documents/, the integration tests', the bench's and the browser journeys'). Codegen refuses a document the
 * schema does not accept, so a schema change that breaks any of them fails here, as does a stale generated file.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { generateFiles } from '../codegen/generate';
import { CONTRACT_DIR } from '../codegen/config';

jest.setTimeout(60_000);

it('generated/ is what `npm run codegen -w contract` writes from the schema and the documents', async () => {
  const files = await generateFiles();
  expect(files.map((f) => relative(CONTRACT_DIR, f.path))).toEqual(['generated/operations.ts']);
  for (const { path, content } of files) {
    expect({ path, content: readFileSync(path, 'utf8') }).toEqual({ path, content });
  }
});
