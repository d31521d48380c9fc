import { dirname, join } from 'node:path';
import { loadFontMetrics } from './font-metrics';

const ttf = (name: string) => join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf', name);

describe('loadFontMetrics', () => {
  const serif = loadFontMetrics(ttf('DejaVuSerif-Bold.ttf'));
  const condensed = loadFontMetrics(ttf('DejaVuSerifCondensed-Bold.ttf'));

  it('measures advance widths proportionally to the font size', () => {
    expect(serif.measure('', 40)).toBe(0);
    const w = serif.measure('War and Peace', 20);
    expect(w).toBeGreaterThan(100);
    expect(w).toBeLessThan(200);
    expect(serif.measure('War and Peace', 40)).toBeCloseTo(2 * w, 6);
    expect(serif.measure('W', 20)).toBeGreaterThan(serif.measure('i', 20));
  });

  it('adds letter spacing between characters', () => {
    expect(serif.measure('abc', 10, 2) - serif.measure('abc', 10)).toBeCloseTo(4, 6);
  });

  it('reports the condensed cut as narrower', () => {
    expect(condensed.measure('Baskervilles', 30)).toBeLessThan(serif.measure('Baskervilles', 30));
  });

  it('knows which glyphs exist', () => {
    expect(serif.hasGlyph('É'.codePointAt(0)!)).toBe(true);
    expect(serif.hasGlyph(0x4e2d)).toBe(false); // 中
  });
});
