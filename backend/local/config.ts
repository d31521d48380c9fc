/** Everything the local stack needs to know, derived from @folio/config and the command line. */
import { randomBytes } from 'node:crypto';
import { join, resolve } from 'node:path';
import { NAMES, ports, portVariable, REGION, type PortName } from '@folio/config';
import { tableNames, type TableNames } from '../tables';

export interface LocalConfig {
  readonly region: string;
  readonly ports: Readonly<Record<PortName, number>>;
  readonly tables: TableNames;
  readonly imageBucket: string;
  readonly apiKey: string;
  readonly stripeSecretKey: string;
  readonly currency: string;
  /** Folder for emulator state; with persist it survives restarts, otherwise it is emptied at start. */
  readonly stateDir: string;
  readonly persist: boolean;
  /**
   * The stack's own AWS credentials for Cognito's admin API (the proxy refuses admin calls not signed with
   * them). The secret is new at each start unless FOLIO_STACK_SECRET sets it: only the stack and its tests know it.
   */
  readonly cognitoCredentials: { readonly accessKeyId: string; readonly secretAccessKey: string };
}

export const LOCAL_API_KEY = 'da2-folio-local-api-key';
/** s3rver's own credentials: with them its signature checks are real. */
export const S3_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } as const;

export interface LocalOptions {
  env?: NodeJS.ProcessEnv;
  persistDir?: string;
  stateDir?: string;
}

export function localConfig({ env = process.env, persistDir, stateDir }: LocalOptions = {}): LocalConfig {
  const p = ports(env);
  return {
    region: REGION,
    ports: p,
    tables: tableNames('folio-local'),
    imageBucket: NAMES.imageBucket,
    apiKey: LOCAL_API_KEY,
    stripeSecretKey: 'sk_test_folio_local',
    currency: NAMES.currency,
    stateDir: resolve(persistDir ?? stateDir ?? join(__dirname, '..', '.folio', 'state')),
    persist: Boolean(persistDir),
    cognitoCredentials: {
      accessKeyId: 'folio-local-stack',
      secretAccessKey: env.FOLIO_STACK_SECRET || randomBytes(24).toString('base64url'),
    },
  };
}

export const urls = (c: LocalConfig) => ({
  graphql: `http://localhost:${c.ports.graphql}/graphql`,
  dynamodb: `http://localhost:${c.ports.dynamodb}`,
  cognito: `http://localhost:${c.ports.cognito}`,
  cognitoInternal: `http://127.0.0.1:${c.ports.cognitoInternal}`,
  s3: `http://localhost:${c.ports.s3}`,
  stripe: `http://localhost:${c.ports.stripe}`,
  ses: `http://localhost:${c.ports.ses}`,
  images: `http://localhost:${c.ports.s3}/${c.imageBucket}`,
});

/** Which variable moves a port, for "port in use" errors. */
export function portHint(c: LocalConfig, port: number): string {
  const name = (Object.keys(c.ports) as PortName[]).find((n) => c.ports[n] === port);
  return name ? portVariable(name) : 'its port variable';
}

/** The store's apps: the only origins a browser may call the local Cognito endpoint from. */
export const storeOrigins = (c: LocalConfig): string[] =>
  [c.ports.shell, c.ports.catalog, c.ports.cartCheckout, c.ports.account].flatMap((port) => [
    `http://localhost:${port}`,
    `http://127.0.0.1:${port}`,
  ]);
