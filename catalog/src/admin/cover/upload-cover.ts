/** A cover's whole upload: a presigned PUT from createCoverUpload, then the file sent to it with progress. */
import { createCoverUpload } from '../api/admin-books';
import { coverFileProblem } from './cover-file';
import { putFile, UploadError } from './put-file';

export interface UploadedCover {
  /** What the book stores as coverKey. */
  key: string;
  publicUrl: string;
}

export async function uploadCover(
  file: File,
  options: { onProgress?(fraction: number): void; signal?: AbortSignal } = {},
): Promise<UploadedCover> {
  // Type and length are signed into the URL: S3 then refuses a body of any other type or size.
  const upload = await createCoverUpload(file.type, file.size);
  // The API's limit wins should it ever differ from the one the browser checked.
  const problem = coverFileProblem(file, upload.maxBytes);
  if (problem) throw new UploadError(problem);
  await putFile(upload.uploadUrl, file, {
    headers: upload.headers,
    onProgress: options.onProgress,
    signal: options.signal,
  });
  return { key: upload.key, publicUrl: upload.publicUrl };
}
