/**
 * Renders the cover of one seed book to a PNG file, for eyeballing the design.
 *
 *   npx tsx backend/seed/preview-cover.ts <book-id> out.png
 *   npx tsx backend/seed/preview-cover.ts --svg <book-id> out.svg   (the SVG source instead)
 */
import { writeFileSync } from 'node:fs';
import { BOOKS } from './books';
import { coverSvg, renderCover } from './cover';

function main(argv: string[]): number {
  const svg = argv[0] === '--svg';
  const [id, out] = svg ? argv.slice(1) : argv;
  if (!id || !out) {
    console.error('usage: preview-cover.ts [--svg] <book-id> <out.png>');
    return 2;
  }
  const book = BOOKS.find((b) => b.id === id);
  if (!book) {
    console.error(`no seed book with id "${id}"`);
    return 1;
  }
  const started = performance.now();
  const data = svg ? Buffer.from(coverSvg(book)) : renderCover(book);
  const ms = performance.now() - started;
  writeFileSync(out, data);
  console.log(`${out}: ${book.title} — ${book.author} (${data.length} bytes, ${ms.toFixed(1)} ms)`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
