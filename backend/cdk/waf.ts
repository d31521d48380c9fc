/**
 * A regional WAF web ACL in front of the AppSync API: one rate-based rule blocks a client IP that sends more
 * than WAF_RATE_LIMIT_PER_5_MIN requests in 5 minutes, and a size rule blocks a GraphQL document longer than
 * API_LIMITS.queryBytes (the local gateway refuses the same). The other per-request cost limits (depth, resolvers)
 * are AppSync's own settings (api.ts); this bounds how many requests one source may send at all.
 */
import type * as appsync from 'aws-cdk-lib/aws-appsync';
import * as wafv2 from 'aws-cdk-lib/aws-wafv2';
import { Construct } from 'constructs';
import { API_LIMITS, WAF_RATE_LIMIT_PER_5_MIN } from '../graphql/limits';

export interface ApiFirewallProps {
  readonly api: appsync.IGraphqlApi;
  /** Defaults to WAF_RATE_LIMIT_PER_5_MIN. */
  readonly rateLimitPer5Min?: number;
}

export class ApiFirewall extends Construct {
  readonly webAcl: wafv2.CfnWebACL;

  constructor(scope: Construct, id: string, props: ApiFirewallProps) {
    super(scope, id);
    const limit = props.rateLimitPer5Min ?? WAF_RATE_LIMIT_PER_5_MIN;
    if (!Number.isInteger(limit) || limit < 10) throw new Error(`rateLimitPer5Min ${limit} must be an integer ≥ 10`);
    const visibility = (metricName: string): wafv2.CfnWebACL.VisibilityConfigProperty => ({
      cloudWatchMetricsEnabled: true,
      metricName,
      sampledRequestsEnabled: true,
    });

    this.webAcl = new wafv2.CfnWebACL(this, 'WebAcl', {
      scope: 'REGIONAL',
      defaultAction: { allow: {} },
      visibilityConfig: visibility('folio-api'),
      rules: [
        {
          name: 'RateLimitPerIp',
          priority: 0,
          action: { block: {} },
          statement: { rateBasedStatement: { aggregateKeyType: 'IP', limit, evaluationWindowSec: 300 } },
          visibilityConfig: visibility('folio-api-rate-limit'),
        },
        {
          name: 'QueryDocumentSize',
          priority: 1,
          action: { block: {} },
          statement: {
            sizeConstraintStatement: {
              // The "query" member only: variables (a book's description) may be longer.
              fieldToMatch: {
                jsonBody: {
                  matchPattern: { includedPaths: ['/query'] },
                  matchScope: 'VALUE',
                  invalidFallbackBehavior: 'EVALUATE_AS_STRING',
                  oversizeHandling: 'MATCH',
                },
              },
              comparisonOperator: 'GT',
              size: API_LIMITS.queryBytes,
              textTransformations: [{ priority: 0, type: 'NONE' }],
            },
          },
          visibilityConfig: visibility('folio-api-query-size'),
        },
      ],
    });
    new wafv2.CfnWebACLAssociation(this, 'Association', {
      resourceArn: props.api.arn,
      webAclArn: this.webAcl.attrArn,
    });
  }
}
