import { bookDetail } from '../../test/books';
import { checkCreateBook } from '@folio/contract/rules/book-input';
import {
  checkBookForm,
  EMPTY_FORM,
  formFromBook,
  GENRE_REQUIRED,
  placeApiMessages,
  PRICE_MESSAGES,
  type BookFormValues,
} from './book-form';

const valid: BookFormValues = {
  title: '  The Moonstone ',
  author: 'Wilkie Collins',
  description: 'A diamond goes missing.',
  genre: 'mystery',
  price: '19.99',
  stock: '3',
  featured: true,
  isbn: '978-0-14-043408-4',
  year: '1868',
};

const errorsOf = (values: Partial<BookFormValues>, coverKey: string | null = null) => {
  const checked = checkBookForm({ ...valid, ...values }, coverKey);
  return checked.ok ? {} : checked.errors;
};

/** What the API itself answers for this one field (@folio/contract/rules/book-input). */
const apiMessage = (field: string, value: unknown) => {
  const checked = checkCreateBook({
    title: 'T',
    author: 'A',
    genre: 'poetry',
    priceCents: 100,
    stock: 1,
    [field]: value,
  });
  if (checked.ok) throw new Error(`the API accepts ${field} = ${String(value)}`);
  return (checked.errors as Record<string, string>)[field];
};

describe('the book form’s check', () => {
  it('turns valid values into the API’s input: trimmed, price in cents, ISBN without hyphens', () => {
    expect(checkBookForm(valid, 'covers/abc.png')).toEqual({
      ok: true,
      input: {
        title: 'The Moonstone',
        author: 'Wilkie Collins',
        description: 'A diamond goes missing.',
        genre: 'mystery',
        priceCents: 1999,
        stock: 3,
        coverKey: 'covers/abc.png',
        featured: true,
        isbn: '9780140434084',
        publishedYear: 1868,
      },
    });
  });

  it('sends empty optional fields as null (which clears them on an update)', () => {
    const checked = checkBookForm({ ...valid, description: '  ', isbn: '', year: '' }, null);
    expect(checked).toEqual({
      ok: true,
      input: expect.objectContaining({ description: null, isbn: null, publishedYear: null, coverKey: null }),
    });
  });

  it.each([
    ['title', { title: '   ' }, 'Title is required'],
    ['title', { title: 'x'.repeat(301) }, 'Title must be at most 300 characters'],
    ['author', { author: '' }, 'Author is required'],
    ['author', { author: 'x'.repeat(301) }, 'Author must be at most 300 characters'],
    ['description', { description: 'x'.repeat(4001) }, 'Description must be at most 4000 characters'],
    ['stock', { stock: '' }, 'Stock must be a whole number from 0 to 1,000,000'],
    ['stock', { stock: '-1' }, 'Stock must be a whole number from 0 to 1,000,000'],
    ['stock', { stock: '2.5' }, 'Stock must be a whole number from 0 to 1,000,000'],
    ['stock', { stock: 'lots' }, 'Stock must be a whole number from 0 to 1,000,000'],
    ['stock', { stock: '1000001' }, 'Stock must be a whole number from 0 to 1,000,000'],
    ['isbn', { isbn: '12345' }, 'ISBN must have 10 or 13 digits'],
    ['isbn', { isbn: '978-0-14-043408-4-1' }, 'ISBN must have 10 or 13 digits'],
    [
      'year',
      { year: String(new Date().getUTCFullYear() + 2) },
      expect.stringMatching(/^Year must be a whole number from -3,000 to /),
    ],
    ['year', { year: '18th century' }, expect.stringMatching(/^Year must be a whole number/)],
    ['year', { year: '1868.5' }, expect.stringMatching(/^Year must be a whole number/)],
  ])('refuses %s %j with the API’s message, on that field only', (field, values, message) => {
    const errors = errorsOf(values);
    expect(errors).toEqual({ [field]: message });
  });

  it('shows exactly the message the API sends for each rule (one source: @folio/contract/rules/book-input)', () => {
    expect(errorsOf({ title: '' }).title).toBe(apiMessage('title', ''));
    expect(errorsOf({ author: 'x'.repeat(301) }).author).toBe(apiMessage('author', 'x'.repeat(301)));
    expect(errorsOf({ description: 'x'.repeat(4001) }).description).toBe(apiMessage('description', 'x'.repeat(4001)));
    expect(errorsOf({ stock: '-1' }).stock).toBe(apiMessage('stock', -1));
    expect(errorsOf({ isbn: '1' }).isbn).toBe(apiMessage('isbn', '1'));
    expect(errorsOf({ year: '99999' }).year).toBe(apiMessage('publishedYear', 99999));
    expect(errorsOf({}, 'elsewhere/x.png').cover).toBe(apiMessage('coverKey', 'elsewhere/x.png'));
  });

  it('accepts the limits themselves: 300 characters, 1 cent, $10,000.00, stock 0, a 10-digit ISBN ending in X', () => {
    expect(
      checkBookForm({ ...valid, title: 'x'.repeat(300), price: '0.01', stock: '0', isbn: '0-306-40615-X' }, null).ok,
    ).toBe(true);
    expect(checkBookForm({ ...valid, price: '10000' }, null).ok).toBe(true);
  });

  it.each([
    ['', PRICE_MESSAGES.required],
    ['19.999', PRICE_MESSAGES.format],
    ['1e3', PRICE_MESSAGES.format],
    ['-1', PRICE_MESSAGES.format],
    ['abc', PRICE_MESSAGES.format],
    ['0', PRICE_MESSAGES.range],
    ['0.00', PRICE_MESSAGES.range],
    ['10000.01', PRICE_MESSAGES.range],
  ])('refuses the price %p: “%s”', (price, message) => {
    expect(errorsOf({ price })).toEqual({ price: message });
  });

  it('words the price range in dollars from the API’s own limits', () => {
    expect(PRICE_MESSAGES.range).toBe('Price must be from $0.01 to $10,000.00');
  });

  it('asks for a genre when none is chosen', () => {
    expect(errorsOf({ genre: '' })).toEqual({ genre: GENRE_REQUIRED });
  });

  it('reports every field in error at once', () => {
    expect(Object.keys(errorsOf({ title: '', author: '', genre: '', price: 'x', stock: '' })).sort()).toEqual([
      'author',
      'genre',
      'price',
      'stock',
      'title',
    ]);
  });

  it('starts empty for a new book', () => {
    expect(checkBookForm(EMPTY_FORM, null)).toEqual({
      ok: false,
      errors: expect.objectContaining({ title: 'Title is required', price: PRICE_MESSAGES.required }),
    });
  });
});

describe('formFromBook', () => {
  it('writes a stored book into the form: price in dollars, empty text for missing optional fields', () => {
    const book = bookDetail({
      priceCents: 1990,
      stock: 0,
      isbn: null,
      publishedYear: null,
      description: null,
      featured: false,
    });
    expect(formFromBook(book)).toEqual({
      title: 'Pride and Prejudice',
      author: 'Jane Austen',
      description: '',
      genre: 'romance',
      price: '19.90',
      stock: '0',
      featured: false,
      isbn: '',
      year: '',
    });
  });
});

describe('placeApiMessages', () => {
  it('puts the API’s errorInfo.fields beside the form’s fields and keeps the others for the form', () => {
    expect(
      placeApiMessages({
        priceCents: 'Price in cents must be …',
        publishedYear: 'Year …',
        coverKey: 'Upload the cover first',
        id: 'id is required',
      }),
    ).toEqual({
      errors: { price: 'Price in cents must be …', year: 'Year …', cover: 'Upload the cover first' },
      unplaced: ['id is required'],
    });
  });
});
