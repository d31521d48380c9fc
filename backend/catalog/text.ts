/**
 * Text folding for sorting and search. Index writers and the search reader both use these, so a query
 * folds exactly as the indexed words did ("TOLSTÓY" → "tolstoy").
 */

/** Letters NFKD does not decompose into a base letter plus marks. */
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

/** Lower case, accents removed, special letters spelled out. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (letter) => SPECIAL_LETTERS[letter] ?? letter);
}

/** The folded words of a text: runs of letters and digits. */
export function words(text: string): string[] {
  return foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** Sort key for title order; the id keeps books with equal titles apart and the order stable. */
export function titleSortKey(title: string, id: string): string {
  return `${words(title).join(' ')}#${id}`;
}

/** Longest prefix stored in the search index; longer query words are checked against the book's words. */
export const MAX_PREFIX_LENGTH = 12;

/** Every prefix (1..MAX_PREFIX_LENGTH characters) of every word of title and author, without repeats. */
export function searchPrefixes(title: string, author: string): string[] {
  const prefixes = new Set<string>();
  for (const word of [...words(title), ...words(author)]) {
    const chars = [...word];
    for (let end = 1; end <= Math.min(chars.length, MAX_PREFIX_LENGTH); end += 1) {
      prefixes.add(chars.slice(0, end).join(''));
    }
  }
  return [...prefixes];
}

/** The words a search matches against, space-delimited on both sides so " tol" means "a word starting tol". */
export function searchText(title: string, author: string): string {
  return ` ${[...words(title), ...words(author)].join(' ')} `;
}
