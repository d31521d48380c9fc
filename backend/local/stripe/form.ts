// Stripe's v1 wire format: application/x-www-form-urlencoded with bracket
// notation (`metadata[orderId]=42`, `expand[0]=latest_charge`), the shape the
// official SDK produces and `qs` (which stripe-stateful-mock uses) reads.

export type FormValue = string | FormValue[] | { [key: string]: FormValue };
export type FormObject = { [key: string]: FormValue };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

function decode(s: string): string {
  const spaced = s.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(spaced);
  } catch {
    return spaced;
  }
}

/** `a[b][0]` → ['a', 'b', '0'];  `a[]` → ['a', '']. */
function splitKey(key: string): string[] {
  const open = key.indexOf('[');
  if (open <= 0) return [key];
  const parts = [key.slice(0, open)];
  const re = /\[([^\]]*)\]/g;
  let m: RegExpExecArray | null;
  let end = open;
  re.lastIndex = open;
  while ((m = re.exec(key)) !== null && m.index === end) {
    parts.push(m[1]);
    end = re.lastIndex;
  }
  // Anything after the last well-formed bracket is kept literally, like qs.
  if (end < key.length) parts.push(key.slice(end));
  return parts;
}

type Tree = { [key: string]: Tree | string | string[] };

function assign(target: Tree, path: string[], value: string): void {
  let node = target;
  for (let i = 0; i < path.length; i++) {
    let segment = path[i];
    if (FORBIDDEN_KEYS.has(segment)) return;
    const last = i === path.length - 1;
    if (segment === '') segment = String(Object.keys(node).length); // a[]=x appends
    if (last) {
      const existing = node[segment];
      if (existing === undefined) node[segment] = value;
      else if (Array.isArray(existing)) existing.push(value);
      else if (typeof existing === 'string') node[segment] = [existing, value];
      else node[segment] = value;
      return;
    }
    const next = node[segment];
    if (next === undefined || typeof next === 'string' || Array.isArray(next)) {
      node[segment] = {};
    }
    node = node[segment] as Tree;
  }
}

/** Objects whose keys are all array indices become (compacted) arrays, like qs. */
function arrayify(node: Tree | string | string[]): FormValue {
  if (typeof node === 'string' || Array.isArray(node)) return node;
  const keys = Object.keys(node);
  const out: FormObject = {};
  for (const k of keys) out[k] = arrayify(node[k]);
  if (keys.length > 0 && keys.every((k) => /^(0|[1-9]\d{0,5})$/.test(k))) {
    return keys.sort((a, b) => Number(a) - Number(b)).map((k) => out[k]);
  }
  return out;
}

export function parseForm(input: string): FormObject {
  const tree: Tree = {};
  const body = input.startsWith('?') ? input.slice(1) : input;
  if (body.length > 0) {
    for (const pair of body.split('&')) {
      if (pair === '') continue;
      const eq = pair.indexOf('=');
      const rawKey = eq === -1 ? pair : pair.slice(0, eq);
      const rawValue = eq === -1 ? '' : pair.slice(eq + 1);
      const key = decode(rawKey);
      if (key === '') continue;
      assign(tree, splitKey(key), decode(rawValue));
    }
  }
  return arrayify(tree) as FormObject;
}

function encodeComponent(s: string): string {
  return encodeURIComponent(s)
    .replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase())
    .replace(/%5B/g, '[')
    .replace(/%5D/g, ']');
}

/** Same output as the SDK's encoder for string/number/boolean/array/object values. */
export function encodeForm(data: Record<string, unknown>): string {
  const pairs: string[] = [];
  const walk = (key: string, value: unknown): void => {
    if (value === undefined) return;
    if (value === null || typeof value !== 'object') {
      pairs.push(`${encodeComponent(key)}=${encodeComponent(value === null ? '' : String(value))}`);
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => walk(`${key}[${i}]`, v));
    } else {
      for (const [k, v] of Object.entries(value)) walk(`${key}[${k}]`, v);
    }
  };
  for (const [k, v] of Object.entries(data)) walk(k, v);
  return pairs.join('&');
}
