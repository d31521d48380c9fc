/** `npm run codegen -w contract`: rewrites contract/generated/ from the schema and the documents. */
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { generateFiles } from './generate';
import { REPO_ROOT } from './config';

generateFiles().then(
  (files) => {
    for (const { path, content } of files) {
      writeFileSync(path, content);
      console.log(`wrote ${relative(REPO_ROOT, path)}`);
    }
  },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  },
);
