/**
 * One remote (catalog, cart-checkout, account): its bucket and CloudFront, and (given a version) its build
 * published under `v<n>/`. Self-contained: it references no other stack, so `cdk deploy FolioCatalog` ships the
 * catalog and changes nothing else. Visitors get a version only once the release command records it in the
 * remote's releases.json and rewrites the shell's /remotes.json (docs/RELEASES.md); its origin goes to an SSM
 * parameter, which the shell's deploy reads for its CSP.
 */
import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import * as ssm from 'aws-cdk-lib/aws-ssm';
import { Construct } from 'constructs';
import { REMOTE_CONTENT_SECURITY_POLICY } from '../content-security-policy';
import { remoteOriginParameter, type FrontEndApp } from './apps';
import { ReleaseDeployment } from './release-deployment';
import { StaticSite } from './static-site';

export interface FolioRemoteStackProps extends StackProps {
  readonly app: FrontEndApp;
  readonly dist: string;
  /** The shell's origin, allowed to load this remote's files with CORS ("*" until the shell's URL is known). */
  readonly shellOrigin: string;
  /** Publish `dist` under this version path (v1, v2, …); without it the stack deploys no build. */
  readonly version?: string;
}

export class FolioRemoteStack extends Stack {
  readonly site: StaticSite;
  readonly release?: ReleaseDeployment;

  constructor(scope: Construct, id: string, props: FolioRemoteStackProps) {
    if (!props.shellOrigin) throw new Error(`${id}: shellOrigin is required ("*" to allow any origin)`);
    super(scope, id, { description: `Folio ${props.app.name} remote: its site and released versions`, ...props });

    this.site = new StaticSite(this, 'Site', {
      comment: `Folio ${props.app.name}`,
      corsOrigins: [props.shellOrigin],
      // A CSP on its JS and CSS does not apply to the shell's page that loads them: loading keeps working.
      contentSecurityPolicy: REMOTE_CONTENT_SECURITY_POLICY,
    });
    if (props.version) {
      this.release = new ReleaseDeployment(this, 'Release', {
        bucket: this.site.bucket,
        dist: props.dist,
        version: props.version,
      });
      new CfnOutput(this, 'ReleaseVersion', { value: props.version });
    }

    new ssm.StringParameter(this, 'OriginParameter', {
      parameterName: remoteOriginParameter(props.app),
      stringValue: this.site.url,
      description: `The ${props.app.name} remote's origin (its versions under /v<n>/); the shell's CSP names it`,
    });

    new CfnOutput(this, 'Url', { value: this.site.url, description: `${props.app.name}'s origin` });
    new CfnOutput(this, 'BucketName', { value: this.site.bucket.bucketName });
    new CfnOutput(this, 'DistributionId', { value: this.site.distribution.distributionId });
  }
}
