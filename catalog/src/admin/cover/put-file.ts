/**
 * A PUT of a file to a presigned S3 URL with upload progress. XMLHttpRequest rather than fetch: fetch reports no
 * upload progress. The presigned URL signs its headers, so they are sent exactly as the API gave them; S3
 * answers 403 to anything else.
 */

export class UploadError extends Error {
  constructor(
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'UploadError';
  }
}

export const isAbort = (error: unknown): boolean => error instanceof DOMException && error.name === 'AbortError';

/**
 * Headers the browser writes itself and refuses from scripts. Content-Length in particular: the browser sends the
 * file's size, which is the length createCoverUpload signed (it was asked with the same file's size).
 */
const SET_BY_BROWSER = new Set(['content-length', 'host']);

export interface PutFileOptions {
  headers: ReadonlyArray<{ name: string; value: string }>;
  /** Fraction sent so far, 0 to 1. */
  onProgress?(fraction: number): void;
  signal?: AbortSignal;
}

export function putFile(url: string, file: Blob, { headers, onProgress, signal }: PutFileOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new DOMException('The upload was cancelled', 'AbortError'));
    const xhr = new XMLHttpRequest();
    xhr.open('PUT', url);
    for (const { name, value } of headers) {
      if (!SET_BY_BROWSER.has(name.toLowerCase())) xhr.setRequestHeader(name, value);
    }
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress?.(event.loaded / event.total);
    };
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        onProgress?.(1);
        resolve();
      } else {
        reject(new UploadError(`The image store refused the upload (HTTP ${xhr.status}). Try again.`, xhr.status));
      }
    };
    xhr.onerror = () => reject(new UploadError('The image could not be sent. Check your connection and try again.'));
    xhr.ontimeout = xhr.onerror;
    xhr.onabort = () => reject(new DOMException('The upload was cancelled', 'AbortError'));
    signal?.addEventListener('abort', () => xhr.abort(), { once: true });
    xhr.send(file);
  });
}
