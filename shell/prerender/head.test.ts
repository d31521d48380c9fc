import { bookHead, decimalPrice, headTags, scriptJson, type Site } from './head';
import { robotsTxt, sitemapXml } from './sitemap';
import { pageDocument } from './document';

const SITE: Site = { url: 'https://folio.example', imageBaseUrl: 'https://img.example/folio-images/' };
const BOOK = {
  id: 'emma',
  title: 'Emma',
  author: 'Jane Austen',
  genre: 'romance',
  priceCents: 1205,
  currency: 'USD',
  stock: 0,
  coverKey: 'covers/emma.png',
};

const jsonLd = (html: string) =>
  JSON.parse(/<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html)![1]) as Record<string, unknown>;

describe('a book page head', () => {
  it('GIVEN a book THEN JSON-LD is a Book with an Offer: decimal price, currency, availability from stock', () => {
    const tags = headTags(SITE, bookHead(SITE, BOOK));
    expect(jsonLd(tags)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Book',
      '@id': 'https://folio.example/books/emma',
      name: 'Emma',
      author: { '@type': 'Person', name: 'Jane Austen' },
      url: 'https://folio.example/books/emma',
      image: 'https://img.example/folio-images/covers/emma.png',
      genre: 'Romance',
      offers: {
        '@type': 'Offer',
        price: '12.05',
        priceCurrency: 'USD',
        availability: 'https://schema.org/OutOfStock',
        url: 'https://folio.example/books/emma',
      },
    });
    expect(tags).toContain('<link rel="canonical" href="https://folio.example/books/emma" />');
    expect(tags).toContain('<meta property="og:image" content="https://img.example/folio-images/covers/emma.png" />');
    expect(tags).toContain('<meta name="twitter:card" content="summary_large_image" />');
  });

  it('GIVEN markup in a title THEN the head escapes it and no string can close the JSON-LD script', () => {
    const tags = headTags(SITE, bookHead(SITE, { ...BOOK, title: '</script><b>"Bold"</b>' }));
    expect(tags).toContain(
      '<title>&#60;/script&#62;&#60;b&#62;&#34;Bold&#34;&#60;/b&#62; by Jane Austen · Folio</title>',
    );
    expect(tags).not.toContain('</script><b>');
    expect(jsonLd(tags).name).toBe('</script><b>"Bold"</b>');
    expect(scriptJson({ a: '</script>' })).toBe('{"a":"\\u003c/script>"}');
  });

  it.each([
    [1205, '12.05'],
    [100, '1.00'],
    [7, '0.07'],
    [123456, '1234.56'],
  ])('GIVEN %i cents THEN the Offer price is %s', (cents, price) => {
    expect(decimalPrice(cents)).toBe(price);
  });

  it('GIVEN the not-found page THEN it asks not to be indexed and names no canonical URL', () => {
    const tags = headTags(SITE, { title: 'x', description: 'y', path: '/404', type: 'website' }, { indexable: false });
    expect(tags).toContain('<meta name="robots" content="noindex" />');
    expect(tags).not.toContain('canonical');
  });
});

describe('sitemap and robots', () => {
  it('GIVEN books THEN the sitemap lists home, every genre and every book with its last change', () => {
    const xml = sitemapXml(SITE.url, [{ id: 'emma', updatedAt: '2026-12-01T10:00:00.000Z' }, { id: 'a&b' }]);
    expect(xml).toContain('<loc>https://folio.example/</loc>');
    expect(xml).toContain('<loc>https://folio.example/books/genre/romance</loc>');
    expect(xml).toContain(
      '<url><loc>https://folio.example/books/emma</loc><lastmod>2026-12-01T10:00:00.000Z</lastmod></url>',
    );
    expect(xml).toContain('<loc>https://folio.example/books/a%26b</loc>');
    expect(robotsTxt(SITE.url)).toContain('Sitemap: https://folio.example/sitemap.xml');
  });
});

describe('the page document', () => {
  const INDEX =
    '<html><head><meta name="description" content="old"/><title>Folio</title></head><body><div id="root"></div></body></html>';

  it('GIVEN a rendered page THEN its head, style sheets, markup and reads go into the shell’s index.html', () => {
    const html = pageDocument(INDEX, {
      head: '<title>Emma</title>',
      styles: ['/822.css', 'http://localhost:3001/routes.css'],
      html: '<title>Emma · Folio</title><main>Emma</main>',
      data: { emma: { title: '</script>' } },
    });
    expect(html).toBe(
      '<html><head><title>Emma</title><link rel="stylesheet" href="/822.css" /><link rel="stylesheet" href="http://localhost:3001/routes.css" /></head>' +
        '<body><div id="root"><main>Emma</main></div>\n    <script type="application/json" id="folio-data">{"emma":{"title":"\\u003c/script>"}}</script></body></html>',
    );
  });

  it('GIVEN no reads (the not-found page) THEN the page carries none, so the browser renders it afresh', () => {
    expect(pageDocument(INDEX, { head: '', styles: [], html: '<p>404</p>' })).not.toContain('folio-data');
  });
});
