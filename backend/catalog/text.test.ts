import { foldText, searchPrefixes, searchText, titleSortKey, words } from './text';

describe('foldText', () => {
  it('removes case and accents', () => {
    expect(foldText('TOLSTÓY')).toBe('tolstoy');
    expect(foldText('Émile Zola')).toBe('emile zola');
    expect(foldText('Selma Lagerlöf')).toBe('selma lagerlof');
  });
  it('spells out letters that have no decomposition', () => {
    expect(foldText('Straße Œuvre Søren')).toBe('strasse oeuvre soren');
  });
});

describe('words', () => {
  it('splits on punctuation and spaces', () => {
    expect(words("Alice's Adventures in Wonderland")).toEqual(['alice', 's', 'adventures', 'in', 'wonderland']);
  });
});

describe('searchPrefixes', () => {
  it('holds every prefix of title and author words once', () => {
    const prefixes = searchPrefixes('War and Peace', 'Leo Tolstoy');
    expect(prefixes).toEqual(expect.arrayContaining(['w', 'wa', 'war', 'tolst', 'tolstoy', 'leo', 'p', 'peace']));
    expect(new Set(prefixes).size).toBe(prefixes.length);
  });
  it('stops at the maximum prefix length', () => {
    const prefixes = searchPrefixes('Incomprehensibilities', 'A');
    expect(Math.max(...prefixes.map((p) => p.length))).toBe(12);
  });
});

describe('titleSortKey and searchText', () => {
  it('sort keys order by folded title, then id', () => {
    const keys = [titleSortKey('Émile', 'b'), titleSortKey('Emma', 'a'), titleSortKey('emile', 'a')];
    expect([...keys].sort()).toEqual(['emile#a', 'emile#b', 'emma#a']);
  });
  it('search text pads words with spaces', () => {
    expect(searchText('Emma', 'Jane Austen')).toBe(' emma jane austen ');
  });
});
