/**
 * The front-end apps' Content-Security-Policy: one source for the local servers (local/static-apps.ts) and for
 * CloudFront's response-headers policies (cdk/static-site.ts, via cdk/shell-stack.ts and cdk/remote-stack.ts).
 *
 * The shell's page runs its own files, the remotes' files (Module Federation loads their JS and CSS from their
 * origins), and one inline start-up script (config/web/index.html), allowed by its sha256 hash computed from the
 * built index.html, never copied by hand: a change to the script changes the hash with it. It talks to itself
 * (start-up JSON), the remotes (manifests), the API, Cognito and the image bucket (presigned PUTs), all read from
 * amplify_outputs.json, and Stripe; it shows covers from the image bucket, and object URLs (blob:) as the admin's
 * preview.
 */
import { createHash } from 'node:crypto';

/** The CSP source of each inline script of an HTML page: 'sha256-<base64 of its exact text>'. */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (/\bsrc\s*=/i.test(attributes)) continue;
    hashes.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}

/** What the shell's page may reach beyond its own origin. Values may be CDK tokens (the remotes' origins). */
export interface ShellCspSources {
  /** The shell's built index.html: its inline scripts are allowed by hash. */
  readonly shellHtml: string;
  /** The remotes' origins (`https://host[:port]`, no path). */
  readonly remoteOrigins: readonly string[];
  /** The origins the page calls: the API, Cognito, the image bucket. */
  readonly apiOrigins: readonly string[];
  /** Where covers are read from. */
  readonly imageOrigins: readonly string[];
  /** Pages the checkout frames besides Stripe's: the local Stripe emulator's 3-D Secure challenge (local only). */
  readonly frameOrigins?: readonly string[];
}

/**
 * Stripe Elements: Stripe.js, its frames and its API. Always allowed, not only when amplify_outputs.json has a
 * publishable key: the checkout decides at run time from that file, and the page's policy need not follow it.
 */
const STRIPE = {
  script: ['https://js.stripe.com'],
  frame: ['https://js.stripe.com', 'https://hooks.stripe.com'],
  connect: ['https://api.stripe.com'],
};

const policy = (directives: readonly (readonly [string, readonly string[]])[]): string =>
  directives.map(([name, sources]) => [name, ...new Set(sources)].join(' ')).join('; ');

export function shellContentSecurityPolicy(s: ShellCspSources): string {
  const remotes = s.remoteOrigins;
  return policy([
    ['default-src', ["'self'"]],
    ['script-src', ["'self'", ...remotes, ...inlineScriptHashes(s.shellHtml), ...STRIPE.script]],
    ['style-src', ["'self'", ...remotes]],
    ['font-src', ["'self'", ...remotes]],
    // data: for the favicon (an inline SVG in index.html), blob: for the admin's preview of a cover before upload.
    ['img-src', ["'self'", 'data:', 'blob:', ...s.imageOrigins]],
    ['connect-src', ["'self'", ...remotes, ...s.apiOrigins, ...s.imageOrigins, ...STRIPE.connect]],
    ['frame-src', [...STRIPE.frame, ...(s.frameOrigins ?? [])]],
    ['object-src', ["'none'"]],
    ['base-uri', ["'self'"]],
    ['form-action', ["'self'"]],
    ['frame-ancestors', ["'none'"]],
  ]);
}

/**
 * A remote's origin serves only scripts, styles and JSON to the shell's page: a CSP on those responses does not
 * apply to the page that loads them (so loading them keeps working), and a document opened on the remote's origin
 * may run nothing and be framed by no one.
 */
export const REMOTE_CONTENT_SECURITY_POLICY = policy([
  ['default-src', ["'none'"]],
  ['base-uri', ["'none'"]],
  ['form-action', ["'none'"]],
  ['frame-ancestors', ["'none'"]],
]);

export const REFERRER_POLICY = 'strict-origin-when-cross-origin';

/** The parts of amplify_outputs.json the shell's CSP needs (a placeholder file has none of them). */
export interface OutputsForCsp {
  readonly auth?: { readonly aws_region?: string };
  readonly data?: { readonly url?: string };
  readonly custom?: {
    readonly folio?: {
      readonly userPoolEndpoint?: string;
      readonly imageBaseUrl?: string;
      readonly stripeEmulatorOrigin?: string | null;
    };
  };
}

const originOf = (url: string | undefined): string[] => {
  if (!url) return [];
  try {
    return [new URL(url).origin];
  } catch {
    return [];
  }
};

/**
 * The API, Cognito (the local emulator, or cognito-idp.<region> on AWS), the image bucket and, on the local stack
 * only, the Stripe emulator's challenge page (framed by the checkout), by origin.
 */
export function sourcesFromOutputs(
  outputs: OutputsForCsp,
): Pick<ShellCspSources, 'apiOrigins' | 'imageOrigins' | 'frameOrigins'> {
  const folio = outputs.custom?.folio ?? {};
  const region = outputs.auth?.aws_region;
  const cognito = folio.userPoolEndpoint ?? (region ? `https://cognito-idp.${region}.amazonaws.com` : undefined);
  return {
    apiOrigins: [...originOf(outputs.data?.url), ...originOf(cognito)],
    imageOrigins: originOf(folio.imageBaseUrl),
    frameOrigins: originOf(folio.stripeEmulatorOrigin ?? undefined),
  };
}
