import { createHash } from 'node:crypto';
import { checkPayload, payloadMode, UNSIGNED_PAYLOAD } from './signed-payload';

const sha256 = (body: string) => createHash('sha256').update(body).digest('hex');

describe('payloadMode', () => {
  it('GIVEN a hex hash THEN the body must be hashed; GIVEN UNSIGNED-PAYLOAD THEN not (S3 allows it)', () => {
    expect(payloadMode(sha256(''))).toEqual({ ok: true, verify: 'hash' });
    expect(payloadMode(UNSIGNED_PAYLOAD)).toEqual({ ok: true, verify: 'none' });
  });

  it('GIVEN no header THEN 400 InvalidRequest, as S3 answers a SigV4 request without it', () => {
    expect(payloadMode(undefined)).toMatchObject({ ok: false, status: 400, code: 'InvalidRequest' });
  });

  it('GIVEN an aws-chunked body THEN 501: s3rver would store the chunk framing', () => {
    expect(payloadMode('STREAMING-UNSIGNED-PAYLOAD-TRAILER')).toMatchObject({ ok: false, status: 501 });
  });
});

describe('checkPayload', () => {
  it('GIVEN the body that was signed THEN ok; GIVEN another THEN XAmzContentSHA256Mismatch', () => {
    expect(checkPayload(sha256('cover'), Buffer.from('cover'))).toEqual({ ok: true, verify: 'hash' });
    expect(checkPayload(sha256('cover'), Buffer.from('<script>'))).toMatchObject({
      ok: false,
      status: 400,
      code: 'XAmzContentSHA256Mismatch',
    });
  });
});
