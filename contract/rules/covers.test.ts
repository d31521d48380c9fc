import { COVER_TYPES, isCoverType, MAX_COVER_BYTES } from './covers';

describe('cover rules', () => {
  it('GIVEN a JPEG, PNG or WebP type THEN a cover type; GIVEN another THEN not', () => {
    expect(Object.keys(COVER_TYPES).every(isCoverType)).toBe(true);
    expect(['image/gif', 'toString', 5].some(isCoverType)).toBe(false);
  });

  it('GIVEN the size limit THEN 5 MB', () => {
    expect(MAX_COVER_BYTES).toBe(5 * 1024 * 1024);
  });
});
