import { PassThrough } from 'node:stream';
import type { IncomingMessage } from 'node:http';
import { readBody } from './read-body';

const request = () => new PassThrough() as unknown as IncomingMessage & PassThrough;

describe('readBody', () => {
  it('GIVEN a body within the cap THEN all of it, in order', async () => {
    const req = request();
    const body = readBody(req, { maxBytes: 10 });
    req.write('abc');
    req.end('def');
    expect((await body).toString()).toBe('abcdef');
  });

  it('GIVEN a body over the cap THEN too-large, and the rest is drained so the request can end', async () => {
    const req = request();
    const body = readBody(req, { maxBytes: 4 });
    req.write('abc');
    req.write('def');
    req.end('ghi');
    expect(await body).toBe('too-large');
  });

  it('GIVEN a body still arriving at the deadline THEN too-slow, whatever comes later', async () => {
    const req = request();
    const body = readBody(req, { maxBytes: 100, deadlineMs: 20 });
    req.write('a');
    expect(await body).toBe('too-slow');
    req.end('b');
  });

  it('GIVEN no deadline THEN it waits for a slow body', async () => {
    const req = request();
    const body = readBody(req, { maxBytes: 100 });
    req.write('a');
    setTimeout(() => req.end('b'), 30);
    expect((await body).toString()).toBe('ab');
  });
});
