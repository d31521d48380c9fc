import { checkCreateBook, checkUpdateBook } from './book-input';

const valid = { title: ' Emma ', author: 'Jane Austen', genre: 'romance', priceCents: 1999, stock: 0 };
const errorsOf = (r: ReturnType<typeof checkCreateBook> | ReturnType<typeof checkUpdateBook>) => (r.ok ? {} : r.errors);

describe('checkCreateBook', () => {
  it('GIVEN valid input THEN trimmed values with optional fields defaulted', () => {
    expect(checkCreateBook(valid)).toEqual({
      ok: true,
      value: {
        title: 'Emma',
        author: 'Jane Austen',
        genre: 'romance',
        priceCents: 1999,
        stock: 0,
        description: null,
        coverKey: null,
        featured: false,
        isbn: null,
        publishedYear: null,
      },
    });
  });
  it.each([
    ['title', ''],
    ['title', 'x'.repeat(301)],
    ['author', '   '],
    ['priceCents', 0],
    ['priceCents', 1_000_001],
    ['priceCents', 19.99],
    ['stock', -1],
    ['genre', 'cookery'],
    ['isbn', '123'],
    ['coverKey', '../etc/passwd'],
    ['publishedYear', 3000],
  ])('GIVEN %s = %p THEN an error on that field only', (field, value) => {
    expect(Object.keys(errorsOf(checkCreateBook({ ...valid, [field]: value })))).toEqual([field]);
  });
  it('accepts the limits themselves', () => {
    expect(checkCreateBook({ ...valid, title: 'x'.repeat(300), priceCents: 1, stock: 0 }).ok).toBe(true);
    expect(checkCreateBook({ ...valid, priceCents: 1_000_000 }).ok).toBe(true);
  });
  it('normalises an ISBN with hyphens', () => {
    const r = checkCreateBook({ ...valid, isbn: '978-0-14-143951-8' });
    expect(r.ok && r.value.isbn).toBe('9780141439518');
  });
});

describe('checkUpdateBook', () => {
  it('GIVEN only some fields THEN only those', () => {
    expect(checkUpdateBook({ id: 'b', priceCents: 500 })).toEqual({ ok: true, value: { priceCents: 500 } });
  });
  it('GIVEN null for an optional field THEN it clears; for a required one THEN an error', () => {
    expect(checkUpdateBook({ id: 'b', description: null })).toEqual({ ok: true, value: { description: null } });
    expect(Object.keys(errorsOf(checkUpdateBook({ id: 'b', title: null })))).toEqual(['title']);
  });
  it('GIVEN nothing to change or no id THEN errors', () => {
    expect(Object.keys(errorsOf(checkUpdateBook({ id: 'b' })))).toEqual(['input']);
    expect(Object.keys(errorsOf(checkUpdateBook({ stock: 1 })))).toEqual(['id']);
  });
});
