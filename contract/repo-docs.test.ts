/**
 * The repository explains itself: its docs live in docs/, and nothing outside docs/ sends a reader to notes that a
 * clone does not have (the design notes the project started from, kept in a folder beside the repository). Every
 * relative link in the READMEs and docs/ leads to a file that exists.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';

const ROOT = join(__dirname, '..');

// Built from parts so that this file, which is outside docs/, does not itself contain what it looks for.
const OUTSIDE_FOLDER = ['..', 'shared'].join('/');
const OUTSIDE_NOTES = ['DESIGN', 'FRONTEND'].map((name) => `${name}.md`);
const LOCAL_STACK_NOTE = ['LOCAL-STACK', 'md'].join('.');

/** Files git tracks or would add (not ignored), relative to the root with forward slashes. */
function repoFiles(): string[] {
  const out = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return out.split('\0').filter((file) => file && existsSync(join(ROOT, file)));
}

const FILES = repoFiles();
const FILE_SET = new Set(FILES);
const DIRS = new Set(
  FILES.flatMap((file) =>
    file
      .split('/')
      .slice(0, -1)
      .map((_, i, parts) => parts.slice(0, i + 1).join('/')),
  ),
);

/** A relative path, as written in `from`, that names a file or folder of the repository (an import leaves off .ts). */
function existsInRepo(from: string, target: string): boolean {
  const path = posix.normalize(posix.join(posix.dirname(from), target)).replace(/\/$/, '');
  return [path, `${path}.ts`, `${path}.tsx`, `${path}.js`].some((p) => FILE_SET.has(p)) || DIRS.has(path);
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every mention in `text` (of file `file`) of the notes outside the repository, as "file:line: text". */
function outsideReferences(file: string, text: string): string[] {
  const found: string[] = [];
  const folder = new RegExp(`${escape(OUTSIDE_FOLDER)}(/[\\w.-]+)*`, 'g');
  const notes = new RegExp(OUTSIDE_NOTES.map(escape).join('|'));
  const localStack = new RegExp(escape(LOCAL_STACK_NOTE));
  text.split('\n').forEach((line, i) => {
    const where = `${file}:${i + 1}: ${line.trim()}`;
    // backend/functions/shared is a real folder: an import of it is no reference to the notes.
    const folderHits = [...line.matchAll(folder)].filter((m) => !existsInRepo(file, m[0]));
    if (folderHits.length || notes.test(line) || localStack.test(line)) found.push(where);
  });
  return found;
}

/** Relative targets of markdown links `[text](target)` in `text` that lead nowhere, as "file: target". */
function brokenLinks(file: string, text: string): string[] {
  const broken: string[] = [];
  for (const [, target] of text.matchAll(/\]\(([^)\s]+)\)/g)) {
    if (/^([a-z]+:|#)/i.test(target)) continue;
    const path = target.split('#')[0];
    if (!existsInRepo(file, path)) broken.push(`${file}: ${target}`);
  }
  return broken;
}

const isText = (file: string) => !/\.(png|jpe?g|gif|webp|ico|woff2?|ttf|jar|gz|tgz|zip)$/i.test(file);
const read = (file: string) => readFileSync(join(ROOT, file), 'utf8');

describe('the repository explains itself', () => {
  it('GIVEN every file outside docs/ THEN none points to the design notes outside the repository', () => {
    const offending = FILES.filter((f) => !f.startsWith('docs/') && isText(f)).flatMap((f) =>
      outsideReferences(f, read(f)),
    );
    expect(offending).toEqual([]);
  });

  it('GIVEN the checks THEN they catch each kind of outside reference and let real paths through', () => {
    const note = OUTSIDE_NOTES[0];
    expect(outsideReferences('README.md', `More: ${OUTSIDE_FOLDER}/${note}`)).toHaveLength(1);
    expect(outsideReferences('config/index.js', `// (${note})`)).toHaveLength(1);
    expect(outsideReferences('backend/local/tokens.ts', ` * skips (${LOCAL_STACK_NOTE}):`)).toHaveLength(1);
    expect(outsideReferences('backend/local/tokens.ts', ` * skips (docs/${LOCAL_STACK_NOTE}):`)).toHaveLength(1);
    expect(outsideReferences('backend/local/tokens.ts', ' * skips (docs/EMULATORS.md):')).toEqual([]);
    expect(
      outsideReferences('backend/functions/make-payment/handler.ts', `import { env } from '${OUTSIDE_FOLDER}/env';`),
    ).toEqual([]);
    expect(outsideReferences('backend/functions/make-payment/handler.ts', `see ${OUTSIDE_FOLDER}/hooks`)).toHaveLength(
      1,
    );
  });

  it('GIVEN docs/ THEN it holds the architecture, the contract, the local stack and the deploy guide', () => {
    for (const doc of ['docs/ARCHITECTURE.md', 'docs/CONTRACT.md', 'docs/EMULATORS.md', 'docs/DEPLOY.md']) {
      expect(FILE_SET.has(doc)).toBe(true);
    }
  });

  it('GIVEN the READMEs and docs/ THEN every relative link leads to a file or folder of the repository', () => {
    const docs = FILES.filter((f) => f.endsWith('.md') && !f.includes('node_modules/'));
    expect(docs.flatMap((f) => brokenLinks(f, read(f)))).toEqual([]);
    expect(brokenLinks('docs/X.md', '[a](../README.md) [b](https://example.com) [c](#top) [d](nowhere.md)')).toEqual([
      'docs/X.md: nowhere.md',
    ]);
  });
});
