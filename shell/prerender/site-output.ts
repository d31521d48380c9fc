/**
 * Where prerendered files go: the site bucket. Locally a folder the static server reads (backend/local/
 * static-apps.ts), on AWS the shell's S3 bucket (the renderer Lambda's output, with a CloudFront invalidation).
 */
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, normalize, sep } from 'node:path';

export interface SiteOutput {
  write(key: string, body: string): Promise<void>;
  remove(key: string): Promise<void>;
}

let writes = 0;

export function folderOutput(root: string): SiteOutput {
  const fileOf = (key: string) => {
    const file = normalize(join(root, key));
    if (!file.startsWith(normalize(root) + sep)) throw new Error(`${key} is outside the site folder`);
    return file;
  };
  return {
    async write(key, body) {
      const file = fileOf(key);
      await mkdir(dirname(file), { recursive: true });
      // Written beside and renamed, so the server never sends half a page.
      const temporary = `${file}.${process.pid}-${++writes}.tmp`;
      await writeFile(temporary, body);
      await rename(temporary, file);
    },
    async remove(key) {
      await rm(fileOf(key), { force: true });
    },
  };
}
