import { FakeXhr, installFakeXhr, lastXhr } from '../../test/fake-xhr';
import { isAbort, putFile, UploadError } from './put-file';

installFakeXhr();

const file = new File([new Uint8Array(1000)], 'cover.png', { type: 'image/png' });
const URL_ = 'http://images.test/folio-images/covers/abc.png?X-Amz-Signature=sig';

describe('putFile', () => {
  it('PUTs the file to the presigned URL with exactly the given headers, reporting progress', async () => {
    const progress: number[] = [];
    const done = putFile(URL_, file, {
      headers: [{ name: 'Content-Type', value: 'image/png' }],
      onProgress: (f) => progress.push(f),
    });
    const xhr = lastXhr();
    expect(xhr).toMatchObject({ method: 'PUT', url: URL_, headers: { 'Content-Type': 'image/png' }, body: file });
    xhr.progress(250, 1000);
    xhr.progress(1000, 1000);
    xhr.respond(200);
    await expect(done).resolves.toBeUndefined();
    expect(progress).toEqual([0.25, 1, 1]);
  });

  it('leaves Content-Length to the browser (it sends the file’s size, the length that was signed)', async () => {
    const done = putFile(URL_, file, {
      headers: [
        { name: 'Content-Type', value: 'image/png' },
        { name: 'Content-Length', value: '1000' },
      ],
    });
    expect(lastXhr().headers).toEqual({ 'Content-Type': 'image/png' });
    lastXhr().respond(200);
    await done;
  });

  it('fails with the status when S3 refuses the upload (a wrong header or length: 403)', async () => {
    const done = putFile(URL_, file, { headers: [] });
    lastXhr().respond(403);
    await expect(done).rejects.toEqual(
      new UploadError('The image store refused the upload (HTTP 403). Try again.', 403),
    );
  });

  it('fails with a clear message when the network fails', async () => {
    const done = putFile(URL_, file, { headers: [] });
    lastXhr().failNetwork();
    await expect(done).rejects.toThrow('The image could not be sent. Check your connection and try again.');
  });

  it('aborts the request when its signal is aborted, and rejects with an AbortError', async () => {
    const controller = new AbortController();
    const done = putFile(URL_, file, { headers: [], signal: controller.signal });
    controller.abort();
    const error = await done.catch((e: unknown) => e);
    expect(isAbort(error)).toBe(true);
    expect(lastXhr().aborted).toBe(true);
  });

  it('sends nothing if already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(putFile(URL_, file, { headers: [], signal: controller.signal })).rejects.toHaveProperty(
      'name',
      'AbortError',
    );
    expect(FakeXhr.requests).toHaveLength(0);
  });
});
