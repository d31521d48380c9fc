/** Shared by the CDK tests: an App with cdk.json's context (feature flags), as `cdk synth` runs it. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { App } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import cdkJson from '../cdk.json';

/** Skips NodejsFunction bundling (esbuild) in tests that do not look at Lambda code. */
export const NO_BUNDLING = { 'aws:cdk:bundling-stacks': [] as string[] };

export const testApp = (context: Record<string, unknown> = {}): App =>
  new App({ context: { ...cdkJson.context, ...context } });

/** A throwaway build folder holding these files (path → content). */
export function fakeDist(files: Readonly<Record<string, string>>): string {
  const dir = mkdtempSync(join(tmpdir(), 'folio-dist-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

// Synthesized CloudFormation, which the tests read freely.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
type Json = Record<string, any>;
export type CfnTemplate = {
  Resources: Record<string, Json>;
  Outputs?: Record<string, Json>;
  Parameters?: Record<string, Json>;
};

/** Every IAM policy statement in a template, with the policy's roles. */
export function policyStatements(template: CfnTemplate): { roles: string[]; statement: Json }[] {
  const out: { roles: string[]; statement: Json }[] = [];
  for (const resource of Object.values(template.Resources)) {
    if (resource.Type !== 'AWS::IAM::Policy') continue;
    const roles = (resource.Properties.Roles ?? []).map((r: Json) => r.Ref);
    for (const statement of resource.Properties.PolicyDocument.Statement) out.push({ roles, statement });
  }
  return out;
}

export const asArray = <T>(value: T | T[] | undefined): T[] =>
  value === undefined ? [] : Array.isArray(value) ? value : [value];

/**
 * Error annotations on a construct tree, read from metadata without synthesizing: synth itself fails on them
 * (as `cdk deploy` of that stack does), while other stacks of the app still deploy.
 */
export const errorsOn = (root: IConstruct): string[] =>
  root.node
    .findAll()
    .flatMap((c) => c.node.metadata.filter((m) => m.type === 'aws:cdk:error').map((m) => String(m.data)));
