/**
 * FolioShell: the shell's site (its bucket and CloudFront), with the two files it reads at start-up:
 *   /amplify_outputs.json  from scripts/write-outputs.ts (the backend's outputs), checked here to be AWS's;
 * /remotes.json is not this stack's: the remotes' release command writes it into this bucket (docs/RELEASES.md),
 * so a release never redeploys the shell and a shell deploy never resets a release.
 * No reference to another stack: each remote's origin (for the CSP) comes from -c <remote>Url=… or, by default,
 * from the SSM parameter that remote's stack writes (read as a CloudFormation parameter at deploy time).
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Annotations, CfnOutput, Fn, Stack, Token, type StackProps } from 'aws-cdk-lib';
import * as ssm from 'aws-cdk-lib/aws-ssm';
import * as deploy from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import { shellContentSecurityPolicy, sourcesFromOutputs, type OutputsForCsp } from '../content-security-policy';
import { remoteOriginParameter, type FrontEndApp } from './apps';
import { SiteDeployment } from './site-deployment';
import { SiteRenderer } from './site-renderer';
import { StaticSite } from './static-site';

export interface FolioShellStackProps extends StackProps {
  readonly dist: string;
  readonly remotes: readonly FrontEndApp[];
  /** Manifest URLs given on the command line, by remote name; the others are read from SSM at deploy time. */
  readonly remoteUrls: Readonly<Record<string, string>>;
  /**
   * The AWS amplify_outputs.json; if it does not exist, a placeholder (environment "placeholder") is used for synth.
   */
  readonly amplifyOutputsFile: string;
  /** A missing outputs file is an error on this stack (its deploy fails) instead of a placeholder. */
  readonly requireOutputs: boolean;
  readonly log?: (line: string) => void;
}

export const PLACEHOLDER_OUTPUTS = `${JSON.stringify({ version: '1.3', custom: { folio: { environment: 'placeholder' } } }, null, 2)}\n`;

/**
 * amplify_outputs.json's text, or why it cannot ship: missing, not JSON, or not AWS's (the local stack's file
 * would send every visitor to emulator URLs on localhost).
 */
export function readAwsOutputs(
  file: string,
): { readonly text: string } | { readonly missing: boolean; readonly problem: string } {
  if (!existsSync(file)) {
    return {
      missing: true,
      problem: `${file} does not exist: run \`npm run write-outputs\` after deploying FolioBackend (docs/DEPLOY.md)`,
    };
  }
  const text = readFileSync(file, 'utf8');
  let environment: unknown;
  try {
    environment = JSON.parse(text)?.custom?.folio?.environment;
  } catch {
    return { missing: false, problem: `${file} is not JSON` };
  }
  if (environment !== 'aws') {
    return {
      missing: false,
      problem: `${file} is for environment "${String(environment)}", not "aws"; write it with \`npm run write-outputs\``,
    };
  }
  return { text };
}

/**
 * `https://host` of a manifest URL. One read from SSM is a token until deploy: CloudFormation cuts it there
 * (`https:` / `` / host / mf-manifest.json).
 */
export function originOf(manifestUrl: string): string {
  if (!Token.isUnresolved(manifestUrl)) return new URL(manifestUrl).origin;
  return `https://${Fn.select(2, Fn.split('/', manifestUrl))}`;
}

export class FolioShellStack extends Stack {
  readonly site: StaticSite;
  readonly deployment: SiteDeployment;
  readonly renderer: SiteRenderer;

  constructor(scope: Construct, id: string, props: FolioShellStackProps) {
    const unknown = Object.keys(props.remoteUrls).filter((name) => !props.remotes.some((r) => r.name === name));
    if (unknown.length) throw new Error(`FolioShell: remoteUrls names unknown remotes: ${unknown.join(', ')}`);
    const log = props.log ?? ((line: string) => console.error(line));
    super(scope, id, { description: 'Folio shell: its site and amplify_outputs.json', ...props });

    // A bad outputs file is an error on this stack only, so the other stacks still synthesize and deploy.
    const read = readAwsOutputs(props.amplifyOutputsFile);
    let outputs = PLACEHOLDER_OUTPUTS;
    if ('text' in read) outputs = read.text;
    else if (read.missing && !props.requireOutputs)
      log(`[folio] shell: using a placeholder amplify_outputs.json; ${read.problem}.`);
    else
      Annotations.of(this).addError(
        `FolioShell: ${read.problem}${read.missing ? ' (requireBuilds=true refuses the placeholder)' : ''}`,
      );

    const remotes: Record<string, string> = {};
    for (const remote of props.remotes) {
      remotes[remote.name] =
        props.remoteUrls[remote.name] ??
        ssm.StringParameter.valueForStringParameter(this, remoteOriginParameter(remote));
    }

    this.site = new StaticSite(this, 'Site', {
      comment: 'Folio shell',
      singlePageApp: true,
      contentSecurityPolicy: shellContentSecurityPolicy({
        shellHtml: readFileSync(join(props.dist, 'index.html'), 'utf8'),
        remoteOrigins: Object.values(remotes).map(originOf),
        ...sourcesFromOutputs(JSON.parse(outputs) as OutputsForCsp),
      }),
    });

    this.deployment = new SiteDeployment(this, 'Deploy', {
      bucket: this.site.bucket,
      dist: props.dist,
      extraFiles: [deploy.Source.data('amplify_outputs.json', outputs)],
      extraKeys: ['amplify_outputs.json'],
    });

    // The prerendered pages (issue 18): rendered at deploy and on each change of the books table.
    this.renderer = new SiteRenderer(this, 'Pages', {
      bucket: this.site.bucket,
      distribution: this.site.distribution,
      siteUrl: this.site.url,
      builds: {
        shell: props.dist,
        // A remote's release deploys its own stack only (docs/RELEASES.md): the renderer ships the Node build in
        // <remote>/dist when the shell deploys, never one given to a release (-c <remote>Dist).
        ...Object.fromEntries(props.remotes.map((r) => [r.name, r.defaultDist])),
      },
      siteFiles: this.deployment.revalidated,
      renderAgainOn: {
        Outputs: createHash('sha256').update(outputs).digest('hex'),
        Remotes: Stack.of(this).toJsonString(remotes),
      },
    });

    new CfnOutput(this, 'Url', {
      value: this.site.url,
      description: 'The storefront; pass it to the remotes as -c shellOrigin=…',
    });
    new CfnOutput(this, 'BucketName', { value: this.site.bucket.bucketName });
    new CfnOutput(this, 'DistributionId', { value: this.site.distribution.distributionId });
  }
}
