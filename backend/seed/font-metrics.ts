import { readFileSync } from 'node:fs';

/**
 * Minimal TrueType reader: just enough of `head`, `hhea`, `hmtx` and `cmap`
 * to measure the advance width of a string, so that the cover generator can
 * wrap and size text before handing the SVG to resvg (which cannot report
 * text metrics back). Kerning is ignored, which only ever over-estimates
 * widths slightly for DejaVu, so layouts err on the safe side.
 */
export interface FontMetrics {
  /** Advance width of `text` at `fontSize` px, plus `letterSpacing` px after every character but the last. */
  measure(text: string, fontSize: number, letterSpacing?: number): number;
  /** Whether the font has a real glyph for this code point. */
  hasGlyph(codePoint: number): boolean;
}

type TableTag = 'head' | 'hhea' | 'hmtx' | 'cmap';
type Tables = Record<TableTag, { offset: number; length: number }>;

function readTables(buf: Buffer): Tables {
  const numTables = buf.readUInt16BE(4);
  const found = new Map<string, { offset: number; length: number }>();
  for (let i = 0; i < numTables; i++) {
    const rec = 12 + i * 16;
    const tag = buf.toString('latin1', rec, rec + 4);
    found.set(tag, { offset: buf.readUInt32BE(rec + 8), length: buf.readUInt32BE(rec + 12) });
  }
  const table = (tag: TableTag) => {
    const t = found.get(tag);
    if (!t) throw new Error(`font is missing the ${tag} table`);
    return t;
  };
  return { head: table('head'), hhea: table('hhea'), hmtx: table('hmtx'), cmap: table('cmap') };
}

/** Builds a code point -> glyph id lookup from the best Unicode cmap subtable (format 12, else 4). */
function readCmap(buf: Buffer, cmapOffset: number): (cp: number) => number {
  const count = buf.readUInt16BE(cmapOffset + 2);
  let fmt4: number | undefined;
  let fmt12: number | undefined;
  for (let i = 0; i < count; i++) {
    const rec = cmapOffset + 4 + i * 8;
    const platform = buf.readUInt16BE(rec);
    const encoding = buf.readUInt16BE(rec + 2);
    const sub = cmapOffset + buf.readUInt32BE(rec + 4);
    const format = buf.readUInt16BE(sub);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    if (format === 12 && fmt12 === undefined) fmt12 = sub;
    if (format === 4 && fmt4 === undefined) fmt4 = sub;
  }

  if (fmt12 !== undefined) {
    const sub = fmt12;
    const groups = buf.readUInt32BE(sub + 12);
    return (cp) => {
      let lo = 0;
      let hi = groups - 1;
      while (lo <= hi) {
        const mid = (lo + hi) >> 1;
        const g = sub + 16 + mid * 12;
        const start = buf.readUInt32BE(g);
        const end = buf.readUInt32BE(g + 4);
        if (cp < start) hi = mid - 1;
        else if (cp > end) lo = mid + 1;
        else return buf.readUInt32BE(g + 8) + (cp - start);
      }
      return 0;
    };
  }

  if (fmt4 !== undefined) {
    const sub = fmt4;
    const segX2 = buf.readUInt16BE(sub + 6);
    const endCodes = sub + 14;
    const startCodes = endCodes + segX2 + 2;
    const idDeltas = startCodes + segX2;
    const idRangeOffsets = idDeltas + segX2;
    return (cp) => {
      if (cp > 0xffff) return 0;
      for (let s = 0; s < segX2; s += 2) {
        const end = buf.readUInt16BE(endCodes + s);
        if (cp > end) continue;
        const start = buf.readUInt16BE(startCodes + s);
        if (cp < start) return 0;
        const delta = buf.readInt16BE(idDeltas + s);
        const rangeOffset = buf.readUInt16BE(idRangeOffsets + s);
        if (rangeOffset === 0) return (cp + delta) & 0xffff;
        const addr = idRangeOffsets + s + rangeOffset + (cp - start) * 2;
        const glyph = buf.readUInt16BE(addr);
        return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
      }
      return 0;
    };
  }

  throw new Error('font has no Unicode cmap subtable');
}

export function loadFontMetrics(path: string): FontMetrics {
  const buf = readFileSync(path);
  const t = readTables(buf);
  const unitsPerEm = buf.readUInt16BE(t.head.offset + 18);
  const numHMetrics = buf.readUInt16BE(t.hhea.offset + 34);
  const glyphOf = readCmap(buf, t.cmap.offset);

  const advanceOfGlyph = (glyph: number): number => {
    const index = Math.min(glyph, numHMetrics - 1);
    return buf.readUInt16BE(t.hmtx.offset + index * 4);
  };

  const cache = new Map<number, number>();
  const advance = (cp: number): number => {
    let w = cache.get(cp);
    if (w === undefined) {
      w = advanceOfGlyph(glyphOf(cp)) / unitsPerEm;
      cache.set(cp, w);
    }
    return w;
  };

  return {
    measure(text, fontSize, letterSpacing = 0) {
      let units = 0;
      let n = 0;
      for (const ch of text) {
        units += advance(ch.codePointAt(0)!);
        n++;
      }
      return units * fontSize + Math.max(0, n - 1) * letterSpacing;
    },
    hasGlyph(cp) {
      return glyphOf(cp) !== 0;
    },
  };
}
