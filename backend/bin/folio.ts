#!/usr/bin/env node
/**
 * The CDK app: `npx cdk synth` / `npx cdk deploy <Stack>` from backend/ (cdk.json runs this with tsx).
 * Offline by design: no lookups, no Docker; Lambdas are bundled by the project's esbuild.
 */
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import { buildFolioApp } from '../cdk/app';
import { readFolioContext } from '../cdk/context';

const app = new App();
const stacks = buildFolioApp(app, readFolioContext(app.node));
// AWS Solutions checks run at every synth and deploy; an unacknowledged finding stops both.
Validations.of(app).addPlugins(new AwsSolutionsChecks(app));

const names = [stacks.backend, ...stacks.remotes, stacks.shell].map((s) => s.stackName);
console.error(`[folio] stacks: ${names.join(', ')}`);
