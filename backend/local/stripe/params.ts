// Parameter validation with Stripe's wording. Form values arrive as strings.
import { invalidParam } from './errors';
import type { FormValue } from './form';

export function str(value: FormValue | undefined, param: string): string | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') throw invalidParam(`Invalid string: ${JSON.stringify(value)}`, param);
  return value;
}

export function required<T>(value: T | undefined, param: string): T {
  if (value === undefined || value === '')
    throw invalidParam(`Missing required param: ${param}.`, param, 'parameter_missing');
  return value;
}

export function int(
  value: FormValue | undefined,
  param: string,
  opts: { min?: number; max?: number } = {},
): number | undefined {
  const s = str(value, param);
  if (s === undefined) return undefined;
  if (!/^-?\d+$/.test(s)) throw invalidParam(`Invalid integer: ${s}`, param, 'parameter_invalid_integer');
  const n = Number(s);
  if (opts.min !== undefined && n < opts.min) {
    throw invalidParam(
      opts.min === 1
        ? 'This value must be greater than or equal to 1.'
        : `This value must be greater than or equal to ${opts.min}.`,
      param,
      'parameter_invalid_integer',
    );
  }
  if (opts.max !== undefined && n > opts.max)
    throw invalidParam(`This value must be less than or equal to ${opts.max}.`, param);
  return n;
}

export function bool(value: FormValue | undefined, param: string): boolean | undefined {
  const s = str(value, param);
  if (s === undefined) return undefined;
  if (s === 'true') return true;
  if (s === 'false') return false;
  throw invalidParam(`Invalid boolean: ${s}`, param);
}

export function oneOf<T extends string>(
  value: FormValue | undefined,
  param: string,
  allowed: readonly T[],
): T | undefined {
  const s = str(value, param);
  if (s === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(s)) {
    const list =
      allowed.length > 1 ? `${allowed.slice(0, -1).join(', ')}, or ${allowed[allowed.length - 1]}` : allowed[0];
    throw invalidParam(`Invalid ${param}: must be one of ${list}`, param);
  }
  return s as T;
}

export function stringList(value: FormValue | undefined, param: string): string[] | undefined {
  if (value === undefined) return undefined;
  const list = typeof value === 'string' ? [value] : value;
  if (!Array.isArray(list) || !list.every((v) => typeof v === 'string')) throw invalidParam(`Invalid array`, param);
  return list as string[];
}

/**
 * Metadata as Stripe validates it (50 keys, 40-char keys, 500-char values).
 * Returns the keys to set, with `null` meaning "unset" (empty string value).
 */
export function metadata(
  value: FormValue | undefined,
  param = 'metadata',
): Record<string, string | null> | null | undefined {
  if (value === undefined) return undefined;
  if (value === '') return null; // metadata='' clears everything
  if (typeof value !== 'object' || Array.isArray(value)) throw invalidParam('Invalid object', param);
  const entries = Object.entries(value);
  if (entries.length > 50) throw invalidParam('Metadata can have up to 50 keys.', param);
  const out: Record<string, string | null> = {};
  for (const [k, v] of entries) {
    if (typeof v !== 'string') throw invalidParam('Metadata values must be strings.', `${param}[${k}]`);
    if (k.length > 40)
      throw invalidParam(`Metadata keys can have up to 40 characters. The key ${k} has ${k.length}.`, `${param}[${k}]`);
    if (v.length > 500)
      throw invalidParam(
        `Metadata values can have up to 500 characters, but you passed in a value that is ${v.length} characters.`,
        `${param}[${k}]`,
      );
    out[k] = v === '' ? null : v;
  }
  return out;
}

export function applyMetadata(
  current: Record<string, string>,
  update: Record<string, string | null> | null | undefined,
): Record<string, string> {
  if (update === undefined) return current;
  if (update === null) return {};
  const next = { ...current };
  for (const [k, v] of Object.entries(update)) {
    if (v === null) delete next[k];
    else next[k] = v;
  }
  return next;
}

/** Smallest chargeable amount per currency (as stripe-stateful-mock enforces on charges). */
const MIN_AMOUNT: Record<string, number> = {
  usd: 50,
  aud: 50,
  brl: 50,
  cad: 50,
  chf: 50,
  dkk: 250,
  eur: 50,
  gbp: 30,
  hkd: 400,
  jpy: 50,
  mxn: 10,
  nok: 300,
  nzd: 50,
  sek: 300,
  sgd: 50,
};

export function amount(value: FormValue | undefined, currency: string, param = 'amount'): number {
  const n = int(required(value, param), param, { min: 1, max: 99_999_999 }) as number;
  const min = MIN_AMOUNT[currency];
  if (min !== undefined && n < min) {
    throw invalidParam(`Amount must be at least ${formatMinimum(min, currency)}`, param, 'amount_too_small');
  }
  return n;
}

const SYMBOL: Record<string, string> = {
  usd: '$',
  aud: '$',
  cad: '$',
  nzd: '$',
  sgd: '$',
  hkd: '$',
  mxn: '$',
  eur: '€',
  gbp: '£',
  jpy: '¥',
};

function formatMinimum(min: number, currency: string): string {
  const value = currency === 'jpy' ? String(min) : (min / 100).toFixed(2);
  return `${SYMBOL[currency] ?? ''}${value} ${currency}`;
}

export function currency(value: FormValue | undefined): string {
  const c = required(str(value, 'currency'), 'currency').toLowerCase();
  if (!/^[a-z]{3}$/.test(c))
    throw invalidParam(`Invalid currency: ${c}. Stripe currently supports these currencies: ...`, 'currency');
  return c;
}

/** `expand[]` values as a set; list endpoints strip the `data.` prefix. */
export function expansions(value: FormValue | undefined, prefix = ''): Set<string> {
  const list = stringList(value, 'expand') ?? [];
  return new Set(list.filter((e) => e.startsWith(prefix)).map((e) => e.slice(prefix.length)));
}

/** A `created` filter: a timestamp, or any of gt / gte / lt / lte (list endpoints). */
export function createdFilter(value: FormValue | undefined): (created: number) => boolean {
  if (value === undefined) return () => true;
  if (typeof value === 'string') {
    const at = int(value, 'created');
    return (created) => created === at;
  }
  if (Array.isArray(value)) throw invalidParam('Invalid timestamp', 'created');
  const bound = (op: 'gt' | 'gte' | 'lt' | 'lte') => int(value[op], `created[${op}]`);
  const [gt, gte, lt, lte] = [bound('gt'), bound('gte'), bound('lt'), bound('lte')];
  return (created) =>
    (gt === undefined || created > gt) &&
    (gte === undefined || created >= gte) &&
    (lt === undefined || created < lt) &&
    (lte === undefined || created <= lte);
}
