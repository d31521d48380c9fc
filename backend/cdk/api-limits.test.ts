/** The API's cost limits on AWS: AppSync's own settings from graphql/limits.ts, and WAF's rate rule. */
import { Stack } from 'aws-cdk-lib';
import * as appsync from 'aws-cdk-lib/aws-appsync';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { API_LIMITS, WAF_RATE_LIMIT_PER_5_MIN } from '../graphql/limits';
import { GATEWAY_LIMITS } from '../local/gateway';
import { RESOLVER_COUNT_LIMIT } from './api';
import { ApiFirewall } from './waf';

function firewalledApi(rateLimitPer5Min?: number) {
  const stack = new Stack();
  const api = new appsync.GraphqlApi(stack, 'Api', {
    name: 'api',
    definition: appsync.Definition.fromSchema(appsync.SchemaFile.fromAsset(`${__dirname}/../graphql/schema.graphql`)),
  });
  new ApiFirewall(stack, 'Firewall', { api, rateLimitPer5Min });
  return { stack, api, template: Template.fromStack(stack) };
}

describe('API cost limits on AWS', () => {
  test('GIVEN the limits module THEN the local gateway and AppSync read the same resolver count', () => {
    expect(RESOLVER_COUNT_LIMIT).toBe(API_LIMITS.resolverCount);
    expect(GATEWAY_LIMITS.maxResolvers).toBe(API_LIMITS.resolverCount);
    expect(GATEWAY_LIMITS.maxRootFields).toBe(API_LIMITS.rootFields);
  });

  test('GIVEN an API with the firewall WHEN synthesized THEN a REGIONAL web ACL blocks an IP over the rate', () => {
    const { template } = firewalledApi();
    template.hasResourceProperties('AWS::WAFv2::WebACL', {
      Scope: 'REGIONAL',
      DefaultAction: { Allow: {} },
      Rules: Match.arrayWith([
        Match.objectLike({
          Action: { Block: {} },
          Statement: {
            RateBasedStatement: { AggregateKeyType: 'IP', Limit: WAF_RATE_LIMIT_PER_5_MIN, EvaluationWindowSec: 300 },
          },
        }),
      ]),
    });
  });

  test('GIVEN an API with the firewall WHEN synthesized THEN WAF blocks a GraphQL document over the size the gateway refuses', () => {
    const { template } = firewalledApi();
    expect(GATEWAY_LIMITS.maxQueryBytes).toBe(API_LIMITS.queryBytes);
    // WAF inspects the first 8 KB of an AppSync request's body: the limit must lie inside it.
    expect(API_LIMITS.queryBytes).toBeLessThan(8 * 1024);
    template.hasResourceProperties('AWS::WAFv2::WebACL', {
      Rules: Match.arrayWith([
        Match.objectLike({
          Action: { Block: {} },
          Statement: {
            SizeConstraintStatement: Match.objectLike({
              FieldToMatch: { JsonBody: Match.objectLike({ MatchPattern: { IncludedPaths: ['/query'] } }) },
              ComparisonOperator: 'GT',
              Size: API_LIMITS.queryBytes,
            }),
          },
        }),
      ]),
    });
  });

  test('GIVEN an API with the firewall WHEN synthesized THEN the web ACL is associated with that API', () => {
    const { stack, api, template } = firewalledApi();
    const [acl] = Object.keys(template.findResources('AWS::WAFv2::WebACL'));
    template.hasResourceProperties('AWS::WAFv2::WebACLAssociation', {
      ResourceArn: stack.resolve(api.arn),
      WebACLArn: { 'Fn::GetAtt': [acl, 'Arn'] },
    });
  });

  test('WHEN the rate limit is below what WAF accepts THEN the construct refuses it', () => {
    expect(() => firewalledApi(5)).toThrow(/≥ 10/);
  });
});
