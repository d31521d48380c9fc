/**
 * Every server the stack starts listens on 127.0.0.1 only (FOLIO_HOST's default): it answers there, and another
 * host calling this machine's network addresses is refused. Cognito's public port is our proxy's; cognito-local
 * itself listens on 127.0.0.1 only, on an internal port.
 */
import { listenHost } from '@folio/config';
import { accepts, listeners, outsideAddresses } from '../listen-addresses';
import { stackInfo } from './stack-info';

jest.setTimeout(60_000);

const info = stackInfo();
const portOf = (url: string) => Number(new URL(url).port);
const servers = {
  'GraphQL gateway': portOf(info.graphqlUrl),
  'DynamoDB Local': portOf(info.dynamodbUrl),
  s3rver: portOf(info.s3Url),
  'Stripe emulator': portOf(info.stripeUrl),
  'Cognito (the proxy in front of cognito-local)': portOf(info.cognitoUrl),
};

describe('the stack listens on 127.0.0.1 only', () => {
  it('GIVEN no FOLIO_HOST THEN the setting is 127.0.0.1', () => {
    expect(listenHost({})).toBe('127.0.0.1');
    expect(listenHost({ FOLIO_HOST: '0.0.0.0' })).toBe('0.0.0.0');
  });

  it.each(Object.entries(servers))('GIVEN %s THEN it answers on 127.0.0.1', async (_name, port) => {
    expect(await accepts('127.0.0.1', port)).toBe(true);
  });

  it.each(Object.entries(servers))("GIVEN %s THEN this machine's other addresses refuse it", async (_name, port) => {
    const outside = outsideAddresses();
    // A machine with only a loopback interface has no outside address to try; the kernel's table still tells.
    for (const address of outside) expect([address, await accepts(address, port)]).toEqual([address, false]);
    const sockets = listeners(port);
    if (sockets) {
      expect(sockets.length).toBeGreaterThan(0);
      expect(sockets.filter((s) => !s.loopback)).toEqual([]);
    }
    expect(outside.length + (sockets ? 1 : 0)).toBeGreaterThan(0);
  });
});
