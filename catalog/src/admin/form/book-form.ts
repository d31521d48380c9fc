/**
 * The book form's values (as typed) and their check. The check is the API's own (checkCreateBook from
 * @folio/contract/rules/book-input, which the write-book Lambda runs): the same rules and, beside every field,
 * the same message the API would send. Only where the form's control differs from the API's input does the form
 * word it itself: the price is typed in dollars (the API's message speaks of cents), and the genre is a select.
 */
import { formatPrice } from '@folio/config/web/format';
import type { BookDetail } from '../../api/types';
import type { FieldMessages } from '../api/admin-client';
import { checkCreateBook, LIMITS, type BookFields } from '@folio/contract/rules/book-input';
import { centsToPriceText, parsePriceToCents } from './price';

/** Every field as the admin typed it: nothing typed is lost when it does not pass. */
export interface BookFormValues {
  title: string;
  author: string;
  description: string;
  genre: string;
  /** Dollars, e.g. "19.99". */
  price: string;
  stock: string;
  featured: boolean;
  isbn: string;
  year: string;
}

/** The form's fields, plus the cover picker. */
export type FormField = keyof BookFormValues | 'cover';
export type FormErrors = Partial<Record<FormField, string>>;

/** The order fields appear in, so the first one in error gets the focus. */
export const FIELD_ORDER: readonly FormField[] = [
  'title',
  'author',
  'genre',
  'price',
  'stock',
  'isbn',
  'year',
  'description',
  'featured',
  'cover',
];

export const EMPTY_FORM: BookFormValues = {
  title: '',
  author: '',
  description: '',
  genre: '',
  price: '',
  stock: '',
  featured: false,
  isbn: '',
  year: '',
};

export function formFromBook(book: BookDetail): BookFormValues {
  return {
    title: book.title,
    author: book.author,
    description: book.description ?? '',
    genre: book.genre,
    price: centsToPriceText(book.priceCents),
    stock: String(book.stock),
    featured: book.featured,
    isbn: book.isbn ?? '',
    year: book.publishedYear === null ? '' : String(book.publishedYear),
  };
}

export const PRICE_MESSAGES = {
  required: 'Price is required',
  format: 'Price must be an amount in dollars such as 19.99 (at most 2 decimals)',
  range: `Price must be from ${formatPrice(LIMITS.priceCentsMin)} to ${formatPrice(LIMITS.priceCentsMax)}`,
} as const;

export const GENRE_REQUIRED = 'Choose a genre';

/** The API's input fields (and createCoverUpload's arguments) → the form field that shows their messages. */
const FORM_FIELD_OF: Readonly<Record<string, FormField>> = {
  title: 'title',
  author: 'author',
  description: 'description',
  genre: 'genre',
  priceCents: 'price',
  stock: 'stock',
  featured: 'featured',
  isbn: 'isbn',
  publishedYear: 'year',
  coverKey: 'cover',
  contentType: 'cover',
  contentLength: 'cover',
};

/** The API's messages per input field, placed on the form's fields; the rest (e.g. `id`) have no field. */
export function placeApiMessages(fields: FieldMessages | Partial<Record<string, string>>): {
  errors: FormErrors;
  unplaced: string[];
} {
  const errors: FormErrors = {};
  const unplaced: string[] = [];
  for (const [field, message] of Object.entries(fields)) {
    if (!message) continue;
    const formField = FORM_FIELD_OF[field];
    if (formField) errors[formField] ??= message;
    else unplaced.push(message);
  }
  return { errors, unplaced };
}

const blankToNull = (text: string): string | null => (text.trim() === '' ? null : text);

/**
 * A whole number typed as text becomes that number; anything else stays text, which the API's rule refuses with
 * its own message ("Stock must be a whole number from 0 to 1,000,000").
 */
function numberOrText(text: string): unknown {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
}

export type CheckedForm = { ok: true; input: BookFields } | { ok: false; errors: FormErrors };

/** Checks the form as the API will; `input` is what the API would store (trimmed, ISBN without hyphens). */
export function checkBookForm(values: BookFormValues, coverKey: string | null): CheckedForm {
  const priceCents = parsePriceToCents(values.price);
  const checked = checkCreateBook({
    title: values.title,
    author: values.author,
    description: blankToNull(values.description),
    genre: values.genre,
    priceCents: priceCents ?? undefined,
    stock: numberOrText(values.stock),
    coverKey,
    featured: values.featured,
    isbn: blankToNull(values.isbn),
    publishedYear: values.year.trim() === '' ? null : numberOrText(values.year),
  });
  const { errors } = checked.ok ? { errors: {} as FormErrors } : placeApiMessages(checked.errors);
  if (values.price.trim() === '') errors.price = PRICE_MESSAGES.required;
  else if (priceCents === null) errors.price = PRICE_MESSAGES.format;
  else if (errors.price) errors.price = PRICE_MESSAGES.range;
  if (errors.genre && values.genre === '') errors.genre = GENRE_REQUIRED;

  if (checked.ok && Object.keys(errors).length === 0) return { ok: true, input: checked.value };
  return { ok: false, errors };
}
