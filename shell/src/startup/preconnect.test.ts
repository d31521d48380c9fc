import { preconnectOrigins } from './preconnect';

describe('preconnectOrigins', () => {
  it('opens connections to the API (for CORS) and to the cover images, by origin', () => {
    // GIVEN the outputs of a stack whose API and images are on other origins
    const head = document.createElement('head');
    // WHEN the shell reads them
    preconnectOrigins(
      {
        version: '1.3',
        data: { url: 'https://api.example/graphql', aws_region: 'us-east-1' },
        custom: { folio: { imageBaseUrl: 'https://img.example/folio-images' } },
      },
      head,
    );
    // THEN one preconnect hint each, the API's for CORS requests
    const links = [...head.querySelectorAll('link')].map((l) => [l.rel, l.href, l.crossOrigin]);
    expect(links).toEqual([
      ['preconnect', 'https://api.example/', 'anonymous'],
      ['preconnect', 'https://img.example/', null],
    ]);
  });

  it('skips what the outputs do not name', () => {
    const head = document.createElement('head');
    preconnectOrigins({ version: '1.3' }, head);
    expect(head.children).toHaveLength(0);
  });
});
