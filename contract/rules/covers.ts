/** What a cover image may be: createCoverUpload and write-book enforce it, the admin's cover picker checks it first. */
export const COVER_TYPES = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
} as const;

export type CoverType = keyof typeof COVER_TYPES;

export const MAX_COVER_BYTES = 5 * 1024 * 1024;

export const isCoverType = (value: unknown): value is CoverType =>
  typeof value === 'string' && Object.prototype.hasOwnProperty.call(COVER_TYPES, value);
