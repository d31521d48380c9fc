/**
 * Writes the AWS amplify_outputs.json from `cdk deploy FolioBackend --outputs-file …`, in the format the
 * local stack writes (cdk/amplify-outputs.ts), for FolioShell to ship.
 *
 *   npx tsx scripts/write-outputs.ts [--outputs-file .folio/aws/backend-outputs.json]
 *        [--out .folio/aws/amplify_outputs.json] [--stack FolioBackend]
 *        --stripe-publishable-key pk_live_…        (or STRIPE_PUBLISHABLE_KEY in the environment)
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { amplifyOutputsText } from '../cdk/amplify-outputs';
import { BACKEND_STACK_NAME } from '../cdk/apps';
import { amplifyOutputsFromStack } from '../cdk/backend-outputs';
import { DEFAULT_AMPLIFY_OUTPUTS_FILE } from '../cdk/context';

export const DEFAULT_BACKEND_OUTPUTS_FILE = resolve(__dirname, '..', '.folio', 'aws', 'backend-outputs.json');

export interface WriteOutputsArgs {
  readonly outputsFile: string;
  readonly out: string;
  readonly stack: string;
  readonly stripePublishableKey: string;
}

const FLAGS = ['--outputs-file', '--out', '--stack', '--stripe-publishable-key'] as const;

export function parseArgs(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): WriteOutputsArgs {
  const given = new Map<string, string>();
  for (let i = 0; i < argv.length; i += 2) {
    const flag = argv[i];
    const value = argv[i + 1];
    if (!(FLAGS as readonly string[]).includes(flag))
      throw new Error(`Unknown argument ${flag}; expected ${FLAGS.join(', ')}`);
    if (value === undefined || value.startsWith('--')) throw new Error(`${flag} needs a value`);
    given.set(flag, value);
  }
  const key = given.get('--stripe-publishable-key') ?? env.STRIPE_PUBLISHABLE_KEY;
  if (!key)
    throw new Error('Give the Stripe publishable key: --stripe-publishable-key pk_live_… (or STRIPE_PUBLISHABLE_KEY)');
  return {
    outputsFile: resolve(given.get('--outputs-file') ?? DEFAULT_BACKEND_OUTPUTS_FILE),
    out: resolve(given.get('--out') ?? DEFAULT_AMPLIFY_OUTPUTS_FILE),
    stack: given.get('--stack') ?? BACKEND_STACK_NAME,
    stripePublishableKey: key,
  };
}

export function writeOutputs(args: WriteOutputsArgs): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(args.outputsFile, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read ${args.outputsFile} (${(error as Error).message}); deploy with --outputs-file first`);
  }
  const outputs = amplifyOutputsFromStack(
    parsed as Record<string, Record<string, string>>,
    args.stack,
    args.stripePublishableKey,
  );
  mkdirSync(dirname(args.out), { recursive: true });
  writeFileSync(args.out, amplifyOutputsText(outputs));
  return args.out;
}

if (require.main === module) {
  try {
    const file = writeOutputs(parseArgs(process.argv.slice(2)));
    console.log(`Wrote ${file}`);
  } catch (error) {
    console.error((error as Error).message);
    process.exit(1);
  }
}
