/**
 * Validation of createBook / updateBook input. The write-book Lambda enforces it and the catalog admin's form
 * runs it too, so the form shows the API's own messages beside the same fields before anything is sent.
 */
import { GENRES, type Genre } from '../genres';

export interface BookFields {
  title: string;
  author: string;
  description: string | null;
  genre: Genre;
  priceCents: number;
  stock: number;
  coverKey: string | null;
  featured: boolean;
  isbn: string | null;
  publishedYear: number | null;
}

export type FieldErrors = Partial<Record<keyof BookFields | 'id' | 'input', string>>;

export type Checked<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

export const LIMITS = {
  textMax: 300,
  descriptionMax: 4000,
  priceCentsMin: 1,
  priceCentsMax: 1_000_000,
  stockMax: 1_000_000,
} as const;

const COVER_KEY = /^covers\/[A-Za-z0-9._-]{1,200}\.(jpe?g|png|webp)$/;
const ISBN = /^(97[89])?\d{9}[\dX]$/;

type Check = (value: unknown) => string | null;

const text =
  (label: string): Check =>
  (value) =>
    typeof value !== 'string' || value.trim() === ''
      ? `${label} is required`
      : value.length > LIMITS.textMax
        ? `${label} must be at most ${LIMITS.textMax} characters`
        : null;

const integer =
  (label: string, min: number, max: number): Check =>
  (value) =>
    typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max
      ? `${label} must be a whole number from ${min.toLocaleString('en-US')} to ${max.toLocaleString('en-US')}`
      : null;

const optional =
  (check: Check): Check =>
  (value) =>
    value === null || value === undefined ? null : check(value);

const CHECKS: Record<keyof BookFields, Check> = {
  title: text('Title'),
  author: text('Author'),
  description: optional((v) =>
    typeof v === 'string' && v.length <= LIMITS.descriptionMax
      ? null
      : `Description must be at most ${LIMITS.descriptionMax} characters`,
  ),
  genre: (v) =>
    typeof v === 'string' && (GENRES as readonly string[]).includes(v)
      ? null
      : `Genre must be one of ${GENRES.join(', ')}`,
  priceCents: integer('Price in cents', LIMITS.priceCentsMin, LIMITS.priceCentsMax),
  stock: integer('Stock', 0, LIMITS.stockMax),
  coverKey: optional((v) =>
    typeof v === 'string' && COVER_KEY.test(v) ? null : 'Cover must be an uploaded image under covers/',
  ),
  featured: optional((v) => (typeof v === 'boolean' ? null : 'Featured must be true or false')),
  isbn: optional((v) =>
    typeof v === 'string' && ISBN.test(v.replace(/[-\s]/g, '')) ? null : 'ISBN must have 10 or 13 digits',
  ),
  publishedYear: optional(integer('Year', -3000, new Date().getUTCFullYear() + 1)),
};

const FIELDS = Object.keys(CHECKS) as (keyof BookFields)[];
const REQUIRED_ON_CREATE: readonly (keyof BookFields)[] = ['title', 'author', 'genre', 'priceCents', 'stock'];

function clean<K extends keyof BookFields>(field: K, value: unknown): BookFields[K] {
  if (value === undefined || value === null) return (field === 'featured' ? false : null) as BookFields[K];
  if (field === 'isbn') return (value as string).replace(/[-\s]/g, '') as BookFields[K];
  if (typeof value === 'string' && field !== 'description') return value.trim() as BookFields[K];
  return value as BookFields[K];
}

function checkFields(input: Record<string, unknown>, fields: readonly (keyof BookFields)[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const field of fields) {
    const message = CHECKS[field](input[field]);
    if (message) errors[field] = message;
  }
  return errors;
}

export function checkCreateBook(input: Record<string, unknown>): Checked<BookFields> {
  const errors = checkFields(input, FIELDS);
  for (const field of REQUIRED_ON_CREATE) {
    if (input[field] === undefined || input[field] === null) errors[field] ??= `${field} is required`;
  }
  if (Object.keys(errors).length) return { ok: false, errors };
  const value = Object.fromEntries(FIELDS.map((f) => [f, clean(f, input[f])])) as unknown as BookFields;
  return { ok: true, value };
}

/** The fields present in an update (null clears an optional field; required ones cannot be cleared). */
export function checkUpdateBook(input: Record<string, unknown>): Checked<Partial<BookFields>> {
  const present = FIELDS.filter((f) => f in input && input[f] !== undefined);
  const errors = checkFields(input, present);
  for (const field of present) {
    if (input[field] === null && REQUIRED_ON_CREATE.includes(field)) errors[field] = `${field} cannot be removed`;
  }
  if (typeof input.id !== 'string' || input.id === '' || input.id.length > 100) errors.id = 'id is required';
  if (present.length === 0) errors.input = 'Nothing to update';
  if (Object.keys(errors).length) return { ok: false, errors };
  return { ok: true, value: Object.fromEntries(present.map((f) => [f, clean(f, input[f])])) as Partial<BookFields> };
}
