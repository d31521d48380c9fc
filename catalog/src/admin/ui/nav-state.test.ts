import { listUrl, navState } from './nav-state';

describe('the admin pages’ location state', () => {
  it('goes back to the list the admin came from, with its search and genre', () => {
    expect(listUrl({ listSearch: '?q=poe&genre=horror' })).toBe('/admin?q=poe&genre=horror');
  });

  it.each([null, undefined, 'x', {}, { listSearch: '' }, { listSearch: '//evil.example' }])(
    'goes back to the whole list from %p',
    (state) => {
      expect(listUrl(state)).toBe('/admin');
    },
  );

  it('reads a notice, and nothing from a state of another shape', () => {
    expect(navState({ notice: { text: 'Saved “Emma”.' } }).notice).toEqual({ text: 'Saved “Emma”.' });
    expect(navState(42)).toEqual({});
  });
});
