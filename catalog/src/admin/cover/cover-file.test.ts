import { COVER_HINT, coverFileProblem } from './cover-file';

const fileOf = (name: string, type: string, bytes: number) => new File([new Uint8Array(bytes)], name, { type });

describe('coverFileProblem', () => {
  it.each([
    ['cover.jpg', 'image/jpeg'],
    ['cover.png', 'image/png'],
    ['cover.webp', 'image/webp'],
  ])('accepts %s (%s)', (name, type) => {
    expect(coverFileProblem(fileOf(name, type, 1000))).toBeNull();
  });

  it.each([
    ['cover.gif', 'image/gif'],
    ['cover.svg', 'image/svg+xml'],
    ['notes.txt', 'text/plain'],
    ['mystery', ''],
  ])('refuses %s (%p) by type', (name, type) => {
    expect(coverFileProblem(fileOf(name, type, 1000))).toBe(
      `“${name}” is not a JPEG, PNG or WebP image. Choose an image in one of those formats.`,
    );
  });

  it('accepts exactly 5 MB and refuses a byte more, saying how big the file is', () => {
    expect(coverFileProblem(fileOf('big.png', 'image/png', 5 * 1024 * 1024))).toBeNull();
    expect(coverFileProblem(fileOf('big.png', 'image/png', 5 * 1024 * 1024 + 1))).toBe(
      '“big.png” is too large (5.0 MB); a cover can be at most 5 MB. Choose a smaller image.',
    );
    expect(coverFileProblem(fileOf('huge.jpg', 'image/jpeg', 6.3 * 1024 * 1024))).toMatch(
      /is too large \(6.3 MB\); a cover can be at most 5 MB/,
    );
  });

  it('refuses an empty file', () => {
    expect(coverFileProblem(fileOf('empty.png', 'image/png', 0))).toBe('“empty.png” is empty. Choose another image.');
  });

  it('tells the admin the rules up front', () => {
    expect(COVER_HINT).toBe('JPEG, PNG or WebP, at most 5 MB.');
  });
});
