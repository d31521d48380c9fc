/** Names the renderer Lambda and the CDK that deploys it share (imported by both; nothing else in here). */

/** The bucket's folder of prerendered files; the CloudFront Function (cdk/site-routing/) reads from it. */
export const SITE_PREFIX = 'site';

/** Where the deploy puts the apps' builds in the Lambda's bundle: `<app>/dist` as in the repository. */
export const BUILDS_DIR = 'builds';
