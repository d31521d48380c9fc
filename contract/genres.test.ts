import { GENRE_LABELS, GENRES } from './genres';

describe('genres', () => {
  it('GIVEN the genre list WHEN each is labelled THEN every slug has one label and no label is spare', () => {
    expect(Object.keys(GENRE_LABELS).sort()).toEqual([...GENRES].sort());
  });

  it('GIVEN a slug THEN it is URL-safe (it is a path segment of /genres/<slug>)', () => {
    for (const slug of GENRES) expect(slug).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });
});
