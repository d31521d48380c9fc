/** One Lighthouse 12 performance run of a page, reduced to the figures Folio's budgets name. */
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../support/chromium';

export type FormFactor = 'mobile' | 'desktop';

export interface RunFigures {
  /** 0–100, as Lighthouse shows it. */
  score: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
  speedIndexMs: number;
  /** Bytes of script transferred (gzip as served), from Lighthouse's resource summary. */
  scriptBytes: number;
  /** What Lighthouse took as the largest contentful paint, for diagnosis. */
  lcpElement: string;
}

export interface Browser {
  readonly port: number;
  kill(): Promise<void>;
}

/** Debian Chromium for Lighthouse (through chrome-launcher, which gives it the debugging port Lighthouse drives). */
export async function launchChromium(): Promise<Browser> {
  const { launch } = await import('chrome-launcher');
  const flags = CHROMIUM_ARGS.map((flag) => (flag === '--headless' ? '--headless=new' : flag));
  const chrome = await launch({ chromePath: CHROMIUM_PATH, chromeFlags: flags, logLevel: 'silent' });
  return { port: chrome.port, kill: async () => chrome.kill() };
}

type Audits = Record<string, { numericValue?: number; details?: unknown }>;

function lcpElementOf(audits: Audits): string {
  const details = audits['largest-contentful-paint-element']?.details as
    { items?: { items?: { node?: { snippet?: string; nodeLabel?: string } }[] }[] } | undefined;
  const node = details?.items?.[0]?.items?.[0]?.node;
  return (node?.nodeLabel ?? node?.snippet ?? '?').replace(/\s+/g, ' ').slice(0, 80);
}

function scriptBytesOf(audits: Audits): number {
  const details = audits['resource-summary']?.details as
    { items?: { resourceType: string; transferSize: number }[] } | undefined;
  return details?.items?.find((i) => i.resourceType === 'script')?.transferSize ?? 0;
}

export async function runLighthouse(url: string, formFactor: FormFactor, browser: Browser): Promise<RunFigures> {
  const { default: lighthouse } = await import('lighthouse');
  const config =
    formFactor === 'desktop'
      ? (await import('lighthouse/core/config/desktop-config.js')).default
      : (await import('lighthouse/core/config/default-config.js')).default;
  const result = await lighthouse(
    url,
    { port: browser.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] },
    config,
  );
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError)
    throw new Error(`Lighthouse could not measure ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const audits = lhr.audits as Audits;
  const metric = (id: string) => audits[id]?.numericValue ?? Number.NaN;
  return {
    score: Math.round((lhr.categories.performance?.score ?? 0) * 100),
    fcpMs: metric('first-contentful-paint'),
    lcpMs: metric('largest-contentful-paint'),
    tbtMs: metric('total-blocking-time'),
    cls: metric('cumulative-layout-shift'),
    speedIndexMs: metric('speed-index'),
    scriptBytes: scriptBytesOf(audits),
    lcpElement: lcpElementOf(audits),
  };
}
