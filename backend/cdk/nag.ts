/**
 * cdk-nag (v3) acknowledgements, written beside the construct they concern, each with its reason.
 * v3 matches findings by exact id, e.g. AwsSolutions-IAM5[Resource::<BucketA1B2.Arn>/covers/*]: the helpers
 * below build those ids from the same tokens the policies use, so a renamed construct cannot leave a stale one.
 */
import { Stack, Validations } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';

/** cdk-nag's own flattening of a CloudFormation value (utils/flatten-cfn-reference, not exported). */
export function flattenCfn(value: unknown): string {
  if (value === undefined) return '';
  if (typeof value === 'string') return value.replace(/\${/g, '<').replace(/}/g, '>');
  const node = value as Record<string, unknown>;
  if (node['Fn::Join']) {
    const [delimiter, items] = node['Fn::Join'] as [string, unknown[]];
    return items.map(flattenCfn).join(delimiter);
  }
  if (node['Fn::Sub']) return flattenCfn(node['Fn::Sub']);
  if (node['Fn::GetAtt']) {
    const [resource, attribute] = node['Fn::GetAtt'] as [unknown, unknown];
    return `<${flattenCfn(resource)}.${flattenCfn(attribute)}>`;
  }
  if (node['Fn::ImportValue']) return flattenCfn(node['Fn::ImportValue']);
  if (node.Ref) return `<${flattenCfn(node.Ref)}>`;
  return JSON.stringify(node);
}

/** Acknowledge whole rules (those that report one finding per resource) on a construct and its children. */
export function acknowledge(scope: IConstruct, reason: string, ...ruleIds: string[]): void {
  if (reason.trim().length < 20) throw new Error(`A cdk-nag acknowledgement needs a real reason, got "${reason}"`);
  Validations.of(scope).acknowledge(...ruleIds.map((id) => ({ id, reason })));
}

/** Acknowledge IAM5 for exactly these resource patterns (ARN tokens allowed), nothing broader. */
export function acknowledgeWildcardResources(scope: IConstruct, resources: readonly string[], reason: string): void {
  const stack = Stack.of(scope);
  acknowledge(scope, reason, ...resources.map((r) => `AwsSolutions-IAM5[Resource::${flattenCfn(stack.resolve(r))}]`));
}
