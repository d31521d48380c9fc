'use strict';
// Plain CommonJS so webpack configs, jest configs and tsx scripts can all read it without a build step.

/**
 * Moves every default port by the same amount (`FOLIO_PORT_SHIFT=1000`), so a second checkout runs its
 * `npm start` and its test suites beside the first without a clash.
 */
const PORT_SHIFT = Number(process.env.FOLIO_PORT_SHIFT || 0);
if (!Number.isInteger(PORT_SHIFT) || PORT_SHIFT < 0 || PORT_SHIFT > 40000) {
  throw new Error(`FOLIO_PORT_SHIFT=${process.env.FOLIO_PORT_SHIFT} is not a whole number from 0 to 40000`);
}

/** Default ports; each can be moved with the environment variable named beside it. */
const PORT_DEFAULTS = {
  shell: ['SHELL_PORT', 3000 + PORT_SHIFT],
  catalog: ['CATALOG_PORT', 3001 + PORT_SHIFT],
  cartCheckout: ['CART_CHECKOUT_PORT', 3002 + PORT_SHIFT],
  account: ['ACCOUNT_PORT', 3003 + PORT_SHIFT],
  graphql: ['GRAPHQL_PORT', 20002 + PORT_SHIFT],
  dynamodb: ['DYNAMODB_PORT', 8000 + PORT_SHIFT],
  cognito: ['COGNITO_PORT', 9229 + PORT_SHIFT],
  // cognito-local itself, on 127.0.0.1 only: the public cognito port is our proxy in front of it.
  cognitoInternal: ['COGNITO_INTERNAL_PORT', 9239 + PORT_SHIFT],
  s3: ['S3_PORT', 4568 + PORT_SHIFT],
  stripe: ['STRIPE_PORT', 12111 + PORT_SHIFT],
  // aws-ses-v2-local: order emails; its web inbox is its root URL.
  ses: ['SES_PORT', 8005 + PORT_SHIFT],
};

/** Ports read from `env`, falling back to the defaults above. */
function ports(env = process.env) {
  const out = {};
  for (const [name, [variable, fallback]] of Object.entries(PORT_DEFAULTS)) {
    const raw = env[variable];
    const port = raw === undefined || raw === '' ? fallback : Number(raw);
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
      throw new Error(`${variable}=${raw} is not a port number`);
    }
    out[name] = port;
  }
  return out;
}

/**
 * Moves each port `env` does not set to its default + `offset` (writing the variables into `env`, which it
 * returns), so a tool or test suite runs on its own ports beside a developer's `npm start`.
 */
function offsetPorts(offset, env = process.env) {
  for (const [variable, port] of Object.values(PORT_DEFAULTS)) env[variable] ??= String(port + offset);
  return env;
}

/**
 * The address every local server listens on (`FOLIO_HOST`, default 127.0.0.1): the emulators answer as AWS
 * would only to the stack itself, so nothing on the network may reach them unless a developer opts in
 * (e.g. `FOLIO_HOST=0.0.0.0` to try the store from a phone, knowing the emulators then answer anyone).
 */
function listenHost(env = process.env) {
  const host = env.FOLIO_HOST || '127.0.0.1';
  if (!/^[0-9A-Za-z.:-]+$/.test(host)) throw new Error(`FOLIO_HOST=${host} is not an address or host name`);
  return host;
}

/** The environment variable that moves a named port, for error messages. */
const portVariable = (name) => PORT_DEFAULTS[name][0];

const REGION = 'us-east-1';

/** Names shared by the CDK app, the local stack and the apps. */
const NAMES = {
  apiName: 'folio-api',
  imageBucket: 'folio-images',
  userPoolName: 'folio-customers',
  adminGroup: 'Admin',
  currency: 'USD',
  /** The address order emails come from (on AWS an SES identity: cdk context senderEmail may replace it). */
  orderEmailSender: 'orders@folio.test',
};

/** Demo users created by the local stack's seeding (docs/EMULATORS.md). */
const DEMO_USERS = [
  { email: 'admin@folio.test', password: 'Passw0rd!', groups: ['Admin'] },
  { email: 'customer@folio.test', password: 'Passw0rd!', groups: [] },
];

/** Remotes in load order; `container` is the Module Federation name (a JS identifier). */
const REMOTES = [
  { name: 'catalog', container: 'catalog', port: 'catalog' },
  { name: 'cart-checkout', container: 'cart_checkout', port: 'cartCheckout' },
  { name: 'account', container: 'account', port: 'account' },
];

module.exports = { PORT_DEFAULTS, ports, offsetPorts, portVariable, listenHost, REGION, NAMES, DEMO_USERS, REMOTES };
