import { dirname, join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { loadFontMetrics, type FontMetrics } from './font-metrics';
import { GENRE_LABELS, type Genre } from '@folio/contract/genres';

/**
 * Typeset book covers for the seed catalog.
 *
 * The cover is an SVG (flat colours, so the PNG stays small) rasterised with
 * resvg. Fonts come from the `dejavu-fonts-ttf` npm package, never from the
 * system, so output is identical on a bare CI machine. Text is measured with
 * the same TTF files (see font-metrics.ts) to wrap and shrink titles so they
 * never overflow.
 *
 * Layout, top to bottom: a coloured band with a genre emblem and label, a
 * cream panel with the title (and subtitle, if any), a coloured band with the
 * author and the Folio imprint, all inside a thin frame.
 */

export const COVER_WIDTH = 400;
export const COVER_HEIGHT = 600;

export const coverKeyFor = (id: string): string => `covers/${id}.png`;

export interface CoverInput {
  title: string;
  author: string;
  genre: Genre;
}

// ------------------------------------------------------------------- fonts

const FONT_DIR = join(dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');

const FONT_FILES = {
  serif: 'DejaVuSerif.ttf',
  serifBold: 'DejaVuSerif-Bold.ttf',
  serifItalic: 'DejaVuSerif-Italic.ttf',
  serifCondensedBold: 'DejaVuSerifCondensed-Bold.ttf',
  serifCondensedItalic: 'DejaVuSerifCondensed-Italic.ttf',
  sansCondensedBold: 'DejaVuSansCondensed-Bold.ttf',
  sans: 'DejaVuSans.ttf',
} as const;

type FontKey = keyof typeof FONT_FILES;

/** How each font is selected from SVG (resvg matches on typographic family + weight/style/stretch). */
const FONT_ATTRS: Record<FontKey, string> = {
  serif: 'font-family="DejaVu Serif"',
  serifBold: 'font-family="DejaVu Serif" font-weight="bold"',
  serifItalic: 'font-family="DejaVu Serif" font-style="italic"',
  serifCondensedBold: 'font-family="DejaVu Serif" font-weight="bold" font-stretch="semi-condensed"',
  serifCondensedItalic: 'font-family="DejaVu Serif" font-style="italic" font-stretch="semi-condensed"',
  sansCondensedBold: 'font-family="DejaVu Sans" font-weight="bold" font-stretch="semi-condensed"',
  sans: 'font-family="DejaVu Sans"',
};

const FONT_PATHS: string[] = Object.values(FONT_FILES).map((f) => join(FONT_DIR, f));

let metricsCache: Record<FontKey, FontMetrics> | undefined;
function metrics(): Record<FontKey, FontMetrics> {
  if (!metricsCache) {
    const m = {} as Record<FontKey, FontMetrics>;
    for (const key of Object.keys(FONT_FILES) as FontKey[]) {
      m[key] = loadFontMetrics(join(FONT_DIR, FONT_FILES[key]));
    }
    metricsCache = m;
  }
  return metricsCache;
}

// ----------------------------------------------------------------- palette

interface Palette {
  /** Colour of the top and bottom bands. */
  band: string;
  /** Text and ornaments drawn on the bands. */
  onBand: string;
  /** The central title panel. */
  panel: string;
  /** Title text on the panel. */
  ink: string;
  /** Rules, ornaments and subtitle on the panel. */
  accent: string;
  /** Emblem shown in the top band: a DejaVu glyph, or a drawn shape. */
  emblem: string | 'planet';
}

const CREAM = '#f7f0e1';

const PALETTES: Record<Genre, Palette> = {
  literary: { band: '#c0532d', onBand: CREAM, panel: CREAM, ink: '#3a1c10', accent: '#c0532d', emblem: '\u2766' }, // ❦
  mystery: { band: '#1f5a43', onBand: CREAM, panel: CREAM, ink: '#13291f', accent: '#1f5a43', emblem: '\u26b7' }, // ⚷
  'science-fiction': {
    band: '#1d2d57',
    onBand: '#e9eefb',
    panel: '#eef1f7',
    ink: '#141d38',
    accent: '#3a5aa8',
    emblem: 'planet',
  },
  fantasy: {
    band: '#513878',
    onBand: '#f3ecdc',
    panel: '#f5efe3',
    ink: '#2c1d44',
    accent: '#7a58ad',
    emblem: '\u269c',
  }, // ⚜
  adventure: { band: '#9c6418', onBand: CREAM, panel: CREAM, ink: '#3d2708', accent: '#9c6418', emblem: '\u2693' }, // ⚓
  romance: {
    band: '#a3304c',
    onBand: '#fbeef0',
    panel: '#fbf1ef',
    ink: '#4a1322',
    accent: '#a3304c',
    emblem: '\u2764',
  }, // ❤
  horror: { band: '#1c1a1b', onBand: '#e7dccb', panel: '#ece3d3', ink: '#7a1414', accent: '#1c1a1b', emblem: '\u263e' }, // ☾
  poetry: { band: '#2c6a78', onBand: '#eef5f3', panel: '#f1f4ef', ink: '#14323a', accent: '#2c6a78', emblem: '\u2767' }, // ❧
  philosophy: {
    band: '#474c55',
    onBand: '#efece4',
    panel: '#f1eee6',
    ink: '#1f2227',
    accent: '#6b7280',
    emblem: '\u03a6',
  }, // Φ (drawn in DejaVu Serif)
  children: {
    band: '#e3a62c',
    onBand: '#2e2210',
    panel: '#fdf6e4',
    ink: '#1f3c6e',
    accent: '#d0491f',
    emblem: '\u273f',
  }, // ✿
};

// ------------------------------------------------------------------ layout

const W = COVER_WIDTH;
const H = COVER_HEIGHT;
const FRAME = 14; // frame inset
const PANEL_TOP = 156;
const PANEL_BOTTOM = 444;
const TEXT_WIDTH = 312; // usable width for the title block
const TITLE_TOP = PANEL_TOP + 38;
const TITLE_BOTTOM = PANEL_BOTTOM - 38;
const AUTHOR_WIDTH = 320;

/**
 * Optical line box (em) used to centre a line of text vertically: a bit more
 * than DejaVu's cap height above the baseline, a little descender below.
 */
const ASCENT = 0.76;
const DESCENT = 0.2;

function escapeXml(s: string): string {
  return s
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

// eslint-disable-next-line no-control-regex -- control characters are what clean() removes
const UNPRINTABLE = /[\u0000-\u001f\u007f\ufffe\uffff]/g;

/** Drops control characters and collapses whitespace so the SVG stays well-formed. */
function clean(s: string): string {
  return s.replace(UNPRINTABLE, ' ').replace(/\s+/g, ' ').trim();
}

/** Typographic quotes: 'Tis → ‘Tis only at a word start before a letter; every other ' becomes ’. */
function smartQuotes(s: string): string {
  return s
    .replace(/(^|[\s([])'(?=\p{L})/gu, '$1\u2018')
    .replace(/'/g, '\u2019')
    .replace(/(^|[\s([])"(?=\S)/gu, '$1\u201c')
    .replace(/"/g, '\u201d');
}

interface WrapResult {
  lines: string[];
  /** Whether text had to be cut short with an ellipsis. */
  truncated: boolean;
}

/** Splits a word that is too wide on its own into pieces that fit, hyphenating between them. */
function splitLongWord(word: string, fits: (s: string) => boolean): string[] {
  const out: string[] = [];
  let rest = [...word];
  while (rest.length > 0) {
    if (fits(rest.join(''))) {
      out.push(rest.join(''));
      break;
    }
    // Prefer breaking after an existing hyphen, else cut with an added hyphen.
    let cut = 0;
    for (let i = rest.length - 1; i >= 1 && !cut; i--) {
      if (rest[i - 1] === '-' && fits(rest.slice(0, i).join(''))) cut = i;
    }
    for (let i = rest.length - 1; i >= 1 && !cut; i--) {
      if (fits(`${rest.slice(0, i).join('')}-`)) cut = i;
    }
    cut ||= 1;
    const head = rest.slice(0, cut).join('');
    out.push(head.endsWith('-') || cut === rest.length ? head : head + '-');
    rest = rest.slice(cut);
  }
  return out;
}

/** Greedy word wrap; words wider than the line are split. */
function greedyWrap(words: string[], fits: (s: string) => boolean): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    if (fits(word)) {
      line = word;
    } else {
      const pieces = splitLongWord(word, fits);
      lines.push(...pieces.slice(0, -1));
      line = pieces[pieces.length - 1] ?? '';
    }
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Wraps into as few lines as possible, then rebalances so the lines have
 * similar widths (nicer for centred titles than a ragged last line).
 */
function balancedWrap(text: string, width: number, measure: (s: string) => number): string[] {
  const words = text.split(' ').filter(Boolean);
  const fitsIn = (w: number) => (s: string) => measure(s) <= w;
  const lines = greedyWrap(words, fitsIn(width));
  if (lines.length <= 1) return lines;
  // Words split across lines cannot be rebalanced; keep greedy result then.
  if (lines.join(' ').split(' ').length !== words.length) return lines;
  let lo = 0;
  let hi = width;
  let best = lines;
  for (let i = 0; i < 12; i++) {
    const mid = (lo + hi) / 2;
    const trial = greedyWrap(words, fitsIn(mid));
    if (trial.length <= lines.length && trial.join(' ').split(' ').length === words.length) {
      best = trial;
      hi = mid;
    } else {
      lo = mid;
    }
  }
  return best;
}

/** Limits `lines` to `max`, ending the last kept line with an ellipsis that fits. */
function clampLines(lines: string[], max: number, fits: (s: string) => boolean): WrapResult {
  if (lines.length <= max) return { lines, truncated: false };
  const kept = lines.slice(0, max);
  let last = `${kept[max - 1]} ${lines[max]}`;
  while (last.length > 0 && !fits(`${last}\u2026`)) last = [...last].slice(0, -1).join('');
  kept[max - 1] = `${last.replace(/[\s,;:.\-–—]+$/u, '')}\u2026`;
  return { lines: kept, truncated: true };
}

interface TitleLayout {
  font: FontKey;
  size: number;
  lineHeight: number;
  lines: string[];
  sub?: { font: FontKey; size: number; lineHeight: number; lines: string[] } | undefined;
  height: number;
}

/** Splits "Main: Subtitle" or "Main (Subtitle)" into its two parts. */
function splitTitle(title: string): { main: string; sub?: string | undefined } {
  const m = title.match(/^(.{2,}?):\s+(.+)$/u) ?? title.match(/^(.{2,}?)\s+\((.+)\)$/u);
  const [, main, sub] = m ?? [];
  return main && sub ? { main, sub } : { main: title };
}

/** Title sizes to try, largest first; the condensed cut joins in from 40 px down. */
const TITLE_STEPS: { font: FontKey; size: number }[] = [
  64, 58, 54, 50, 46, 43, 40, 37, 34, 32, 30, 28, 26, 24, 22, 20, 18, 16, 14, 13, 12,
].flatMap((size) => [
  ...(size >= 28 ? [{ font: 'serifBold' as FontKey, size }] : []),
  ...(size <= 40 ? [{ font: 'serifCondensedBold' as FontKey, size }] : []),
]);

const SUB_GAP = 26; // space between title and subtitle, holds a small rule

function layoutTitle(title: string): TitleLayout {
  const m = metrics();
  const { main, sub } = splitTitle(title);
  const maxHeight = TITLE_BOTTOM - TITLE_TOP;

  const build = (font: FontKey, size: number): TitleLayout | undefined => {
    const lineHeight = Math.round(size * 1.16);
    const measure = (s: string) => m[font].measure(s, size);
    const lines = balancedWrap(main, TEXT_WIDTH, measure);
    // Long words are only split at the smallest sizes.
    if (size > 16 && lines.some((l) => l.endsWith('-') && !main.includes(l))) return undefined;
    let height = lines.length * lineHeight;
    let subLayout: TitleLayout['sub'];
    if (sub) {
      const subFont: FontKey = font === 'serifBold' ? 'serifItalic' : 'serifCondensedItalic';
      const subSize = Math.max(12, Math.min(19, Math.round(size * 0.5)));
      const subLh = Math.round(subSize * 1.3);
      const subFits = (s: string) => m[subFont].measure(s, subSize) <= TEXT_WIDTH;
      const wrapped = clampLines(
        balancedWrap(sub, TEXT_WIDTH, (s) => m[subFont].measure(s, subSize)),
        3,
        subFits,
      );
      subLayout = { font: subFont, size: subSize, lineHeight: subLh, lines: wrapped.lines };
      height += SUB_GAP + wrapped.lines.length * subLh;
    }
    if (height > maxHeight) return undefined;
    if (lines.length > 4 && size > 20) return undefined; // prefer a smaller size over a tall stack
    return { font, size, lineHeight, lines, sub: subLayout, height };
  };

  // Take the largest size that fits, unless it stacks several one-word lines
  // ("Twenty / Thousand / Leagues Under / the Seas") and a slightly smaller
  // size (within 15 %) has fewer of them.
  // One-word lines, not counting the halves of a word broken at its hyphen.
  const singles = (l: TitleLayout) =>
    l.lines.filter((line, i) => !line.includes(' ') && !line.endsWith('-') && !l.lines[i - 1]?.endsWith('-')).length;
  let best: TitleLayout | undefined;
  let largest = 0;
  for (const step of TITLE_STEPS) {
    const layout = build(step.font, step.size);
    if (!layout) continue;
    if (!best) {
      best = layout;
      largest = layout.size;
      if (singles(best) < 2) break;
    } else if (layout.size < largest * 0.85) {
      break;
    } else if (singles(layout) < singles(best)) {
      best = layout;
    }
  }
  if (best) return best;

  // Absurdly long title: smallest size, drop the subtitle, cut with an ellipsis.
  const font: FontKey = 'serifCondensedBold';
  const size = 12;
  const lineHeight = Math.round(size * 1.16);
  const fits = (s: string) => m[font].measure(s, size) <= TEXT_WIDTH;
  const lines = greedyWrap(title.split(' ').filter(Boolean), fits);
  const max = Math.floor(maxHeight / lineHeight);
  const clamped = clampLines(lines, max, fits).lines;
  return { font, size, lineHeight, lines: clamped, height: clamped.length * lineHeight };
}

interface AuthorLayout {
  font: FontKey;
  size: number;
  spacing: number;
  lines: string[];
}

function layoutAuthor(author: string): AuthorLayout {
  const m = metrics();
  const text = author.toUpperCase();
  for (const size of [19, 18, 17, 16, 15, 14, 13, 12, 11]) {
    for (const font of ['serif', 'sansCondensedBold'] as FontKey[]) {
      if (font === 'sansCondensedBold' && size > 15) continue;
      const spacing = font === 'serif' ? size * 0.14 : size * 0.12;
      const measure = (s: string) => m[font].measure(s, size, spacing);
      const lines = balancedWrap(text, AUTHOR_WIDTH, measure);
      if (lines.length === 1 || (lines.length === 2 && size <= 17)) {
        if (lines.every((l) => measure(l) <= AUTHOR_WIDTH)) return { font, size, spacing, lines };
      }
    }
  }
  const font: FontKey = 'sansCondensedBold';
  const size = 11;
  const spacing = 1;
  const fits = (s: string) => m[font].measure(s, size, spacing) <= AUTHOR_WIDTH;
  const lines = clampLines(greedyWrap(text.split(' ').filter(Boolean), fits), 2, fits).lines;
  return { font, size, spacing, lines };
}

// ----------------------------------------------------------------- drawing

function textLine(s: string, x: number, y: number, font: FontKey, size: number, fill: string, spacing = 0): string {
  // resvg adds letter-spacing after the last glyph too; shift right by half to stay centred.
  const cx = spacing ? x + spacing / 2 : x;
  const ls = spacing ? ` letter-spacing="${spacing.toFixed(2)}"` : '';
  return `<text x="${cx.toFixed(1)}" y="${y.toFixed(1)}" ${FONT_ATTRS[font]} font-size="${size}"${ls} fill="${fill}" text-anchor="middle">${escapeXml(s)}</text>`;
}

function diamond(cx: number, cy: number, r: number, fill: string): string {
  return `<path d="M${cx} ${cy - r}L${cx + r} ${cy}L${cx} ${cy + r}L${cx - r} ${cy}Z" fill="${fill}"/>`;
}

/** A horizontal rule with a diamond in the middle. */
function ornamentRule(cx: number, cy: number, halfWidth: number, colour: string): string {
  const gap = 9;
  return [
    `<path d="M${cx - halfWidth} ${cy}H${cx - gap}M${cx + gap} ${cy}H${cx + halfWidth}" stroke="${colour}" stroke-width="1.2"/>`,
    diamond(cx, cy, 4, colour),
  ].join('');
}

/** The genre emblem, centred on (cx, cy). */
function emblem(kind: Palette['emblem'], cx: number, cy: number, colour: string, background: string): string {
  if (kind === 'planet') {
    // A ringed planet: ring behind, globe, then the front half of the ring over it.
    const ring = 'rx="27" ry="7.5" transform="rotate(-16)"';
    return [
      `<g transform="translate(${cx} ${cy})">`,
      `<ellipse ${ring} fill="none" stroke="${colour}" stroke-width="2.4"/>`,
      `<circle r="13" fill="${colour}"/>`,
      `<path d="M-27 0A27 7.5 0 0 0 27 0" transform="rotate(-16)" fill="none" stroke="${background}" stroke-width="5.5"/>`,
      `<path d="M-27 0A27 7.5 0 0 0 27 0" transform="rotate(-16)" fill="none" stroke="${colour}" stroke-width="2.4"/>`,
      '</g>',
    ].join('');
  }
  if (kind === '\u03a6') return textLine(kind, cx, cy + 15, 'serif', 42, colour);
  return textLine(kind, cx, cy + 17, 'sans', 50, colour);
}

export function coverSvg(book: CoverInput): string {
  const p = PALETTES[book.genre] ?? PALETTES.literary;
  const title = smartQuotes(clean(book.title) || 'Untitled');
  const author = smartQuotes(clean(book.author) || 'Anonymous');
  const label = (GENRE_LABELS[book.genre] ?? '').toUpperCase();
  const cx = W / 2;
  const parts: string[] = [];

  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">`);
  parts.push(`<rect width="${W}" height="${H}" fill="${p.band}"/>`);

  // Frame: a thin line just inside the edge, in the band's ink colour.
  parts.push(
    `<rect x="${FRAME}" y="${FRAME}" width="${W - 2 * FRAME}" height="${H - 2 * FRAME}" fill="none" stroke="${p.onBand}" stroke-width="1.5"/>`,
  );

  // Top band: emblem + genre label.
  parts.push(emblem(p.emblem, cx, 72, p.onBand, p.band));
  parts.push(textLine(label, cx, 128, 'sansCondensedBold', 12, p.onBand, 3.2));

  // Title panel, running edge to edge over the frame, with inner rules.
  parts.push(`<rect x="0" y="${PANEL_TOP}" width="${W}" height="${PANEL_BOTTOM - PANEL_TOP}" fill="${p.panel}"/>`);
  parts.push(
    `<path d="M${FRAME} ${PANEL_TOP + 8}H${W - FRAME}M${FRAME} ${PANEL_BOTTOM - 8}H${W - FRAME}" stroke="${p.accent}" stroke-width="1"/>`,
  );
  parts.push(
    `<path d="M${FRAME} ${PANEL_TOP + 12}H${W - FRAME}M${FRAME} ${PANEL_BOTTOM - 12}H${W - FRAME}" stroke="${p.accent}" stroke-width="2.5"/>`,
  );

  // Title block, centred vertically in the panel.
  const t = layoutTitle(title);
  let y = TITLE_TOP + (TITLE_BOTTOM - TITLE_TOP - t.height) / 2;
  for (const line of t.lines) {
    const baseline = y + (t.lineHeight - (ASCENT + DESCENT) * t.size) / 2 + ASCENT * t.size;
    parts.push(textLine(line, cx, baseline, t.font, t.size, p.ink));
    y += t.lineHeight;
  }
  if (t.sub) {
    parts.push(ornamentRule(cx, y + SUB_GAP / 2, 34, p.accent));
    y += SUB_GAP;
    for (const line of t.sub.lines) {
      const baseline = y + (t.sub.lineHeight - (ASCENT + DESCENT) * t.sub.size) / 2 + ASCENT * t.sub.size;
      parts.push(textLine(line, cx, baseline, t.sub.font, t.sub.size, p.accent));
      y += t.sub.lineHeight;
    }
  }

  // Bottom band: author (one or two lines) and the imprint.
  const a = layoutAuthor(author);
  const authorLh = Math.round(a.size * 1.35);
  const authorCentre = PANEL_BOTTOM + (a.lines.length > 1 ? 52 : 58);
  let ay = authorCentre - (a.lines.length * authorLh) / 2;
  for (const line of a.lines) {
    const baseline = ay + (authorLh - (ASCENT + DESCENT) * a.size) / 2 + ASCENT * a.size;
    parts.push(textLine(line, cx, baseline, a.font, a.size, p.onBand, a.spacing));
    ay += authorLh;
  }
  parts.push(ornamentRule(cx, H - 58, 22, p.onBand));
  parts.push(textLine('FOLIO', cx, H - 32, 'sansCondensedBold', 10, p.onBand, 4));

  parts.push('</svg>');
  return parts.join('\n');
}

export function renderCover(book: CoverInput): Buffer {
  const svg = coverSvg(book);
  const resvg = new Resvg(svg, {
    font: {
      fontFiles: FONT_PATHS,
      loadSystemFonts: false,
      defaultFontFamily: 'DejaVu Serif',
      serifFamily: 'DejaVu Serif',
      sansSerifFamily: 'DejaVu Sans',
    },
    fitTo: { mode: 'original' },
    shapeRendering: 2,
    textRendering: 1,
    logLevel: 'off',
  });
  return resvg.render().asPng();
}
