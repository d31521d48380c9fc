/** A cover file is checked in the browser before anything is sent, by the API's own limits (covers.ts). */
import { isCoverType, MAX_COVER_BYTES } from '@folio/contract/rules/covers';

const MB = 1024 * 1024;
/** The limit as people say it ("5 MB"), a file's size to one decimal ("6.3 MB"). */
const limitText = (bytes: number): string => `${Math.round((bytes / MB) * 10) / 10} MB`;
const sizeText = (bytes: number): string => `${(bytes / MB).toFixed(1)} MB`;

export const COVER_HINT = `JPEG, PNG or WebP, at most ${limitText(MAX_COVER_BYTES)}.`;

/**
 * Why this file cannot be a cover, or null if it can. `maxBytes` is the API's limit (createCoverUpload says it too).
 */
export function coverFileProblem(file: File, maxBytes = MAX_COVER_BYTES): string | null {
  if (!isCoverType(file.type))
    return `“${file.name}” is not a JPEG, PNG or WebP image. Choose an image in one of those formats.`;
  if (file.size === 0) return `“${file.name}” is empty. Choose another image.`;
  if (file.size > maxBytes)
    return `“${file.name}” is too large (${sizeText(file.size)}); a cover can be at most ${limitText(maxBytes)}. Choose a smaller image.`;
  return null;
}
