/**
 * One remote (catalog, cart-checkout, account): its bucket, CloudFront, and build. Self-contained: it
 * references no other stack, so `cdk deploy FolioCatalog` ships the catalog and changes nothing else.
 * Its manifest URL goes to an SSM parameter, where the shell's next deploy picks it up.
 */
import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import * as ssm from 'aws-cdk-lib/aws-ssm';
import { Construct } from 'constructs';
import { REMOTE_CONTENT_SECURITY_POLICY } from '../content-security-policy';
import { manifestUrlParameter, type FrontEndApp } from './apps';
import { SiteDeployment } from './site-deployment';
import { StaticSite } from './static-site';

export interface FolioRemoteStackProps extends StackProps {
  readonly app: FrontEndApp;
  readonly dist: string;
  /** The shell's origin, allowed to load this remote's files with CORS ("*" until the shell's URL is known). */
  readonly shellOrigin: string;
}

export class FolioRemoteStack extends Stack {
  readonly site: StaticSite;
  readonly deployment: SiteDeployment;
  readonly manifestUrl: string;

  constructor(scope: Construct, id: string, props: FolioRemoteStackProps) {
    if (!props.shellOrigin) throw new Error(`${id}: shellOrigin is required ("*" to allow any origin)`);
    super(scope, id, { description: `Folio ${props.app.name} remote: its site and build`, ...props });

    this.site = new StaticSite(this, 'Site', {
      comment: `Folio ${props.app.name}`,
      corsOrigins: [props.shellOrigin],
      // A CSP on its JS and CSS does not apply to the shell's page that loads them: loading keeps working.
      contentSecurityPolicy: REMOTE_CONTENT_SECURITY_POLICY,
    });
    this.deployment = new SiteDeployment(this, 'Deploy', { bucket: this.site.bucket, dist: props.dist });
    this.manifestUrl = `${this.site.url}/mf-manifest.json`;

    new ssm.StringParameter(this, 'ManifestUrlParameter', {
      parameterName: manifestUrlParameter(props.app),
      stringValue: this.manifestUrl,
      description: `Where the shell finds the ${props.app.name} remote (read into remotes.json when FolioShell deploys)`,
    });

    new CfnOutput(this, 'Url', { value: this.site.url });
    new CfnOutput(this, 'ManifestUrl', {
      value: this.manifestUrl,
      description: `remotes.json entry for ${props.app.name}`,
    });
    new CfnOutput(this, 'BucketName', { value: this.site.bucket.bucketName });
    new CfnOutput(this, 'DistributionId', { value: this.site.distribution.distributionId });
  }
}
