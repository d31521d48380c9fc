import { SignatureV4 } from '@smithy/signature-v4';
import { Sha256 } from '@aws-crypto/sha256-js';
import { checkSignature, type SignedRequest } from './cognito-sigv4';

const credentials = { accessKeyId: 'stack', secretAccessKey: 'stack-secret' };
const expected = { credentials, region: 'us-east-1', service: 'cognito-idp' };
const body = JSON.stringify({ UserPoolId: 'p', Username: 'u', GroupName: 'Admin' });

async function signedBy(creds: typeof credentials, region = 'us-east-1'): Promise<SignedRequest> {
  const signer = new SignatureV4({ credentials: creds, region, service: 'cognito-idp', sha256: Sha256 });
  const out = await signer.sign({
    method: 'POST',
    protocol: 'http:',
    hostname: 'localhost:9229',
    path: '/',
    headers: {
      host: 'localhost:9229',
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': 'AWSCognitoIdentityProviderService.AdminAddUserToGroup',
    },
    body,
  });
  const headers = Object.fromEntries(Object.entries(out.headers).map(([k, v]) => [k.toLowerCase(), v]));
  return { method: 'POST', url: '/', headers, body: Buffer.from(body) };
}

describe('checkSignature (SigV4 headers, as the AWS SDK signs them)', () => {
  it("GIVEN a request signed with the stack's credentials THEN it passes", async () => {
    expect(await checkSignature(await signedBy(credentials), expected)).toEqual({ ok: true });
  });

  it('GIVEN no signature THEN it is refused', async () => {
    const request = { method: 'POST', url: '/', headers: { host: 'localhost:9229' }, body: Buffer.from(body) };
    expect(await checkSignature(request, expected)).toMatchObject({ ok: false });
  });

  it("GIVEN the stack's key id with another secret THEN the signature does not match", async () => {
    const check = await checkSignature(await signedBy({ ...credentials, secretAccessKey: 'guess' }), expected);
    expect(check).toEqual({ ok: false, message: expect.stringMatching(/does not match/) });
  });

  it('GIVEN a signed request whose body was changed THEN the signature does not match', async () => {
    const request = await signedBy(credentials);
    request.body = Buffer.from(body.replace('"u"', '"attacker"'));
    expect(await checkSignature(request, expected)).toMatchObject({ ok: false });
  });

  it('GIVEN another region in the scope THEN it is refused', async () => {
    expect(await checkSignature(await signedBy(credentials, 'eu-west-1'), expected)).toMatchObject({ ok: false });
  });

  it('GIVEN a signature older than 5 minutes THEN it is refused', async () => {
    const later = new Date(Date.now() + 6 * 60 * 1000);
    expect(await checkSignature(await signedBy(credentials), expected, later)).toMatchObject({ ok: false });
  });
});
