/** The shell's CloudFront Function, run on sample viewer-request events as CloudFront would. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SITE_PREFIX, VIEWER_REQUEST_FILE } from './index';

interface Request {
  uri: string;
  querystring: Record<string, { value: string }>;
}
const handler = new Function(`${readFileSync(VIEWER_REQUEST_FILE, 'utf8')}; return handler;`)() as (event: {
  request: Request;
}) => Request;

const objectFor = (uri: string) => handler({ request: { uri, querystring: {} } }).uri;

test.each([
  ['/', '/site/index.html'],
  ['/books/42', '/site/books/42/index.html'],
  ['/books/42/', '/site/books/42/index.html'],
  ['/books/genre/fiction', '/site/books/genre/fiction/index.html'],
  ['/sitemap.xml', '/site/sitemap.xml'],
  ['/robots.txt', '/site/robots.txt'],
])('GIVEN a prerendered page URL %s WHEN requested THEN CloudFront fetches %s', (uri, object) => {
  expect(objectFor(uri)).toBe(object);
});

test.each(['/cart', '/account/orders', '/search', '/books', '/books/'])(
  'GIVEN the client route %s WHEN requested THEN the single-page app answers it (/index.html)',
  (uri) => {
    expect(objectFor(uri)).toBe('/index.html');
  },
);

test.each(['/main.js', '/812.9c0ffee1.js', '/remotes.json', '/amplify_outputs.json', '/favicon.ico'])(
  'GIVEN the build file %s WHEN requested THEN it is fetched as it is (a missing chunk is no page)',
  (uri) => {
    expect(objectFor(uri)).toBe(uri);
  },
);

test('GIVEN a request with a query string WHEN rewritten THEN the query string is kept', () => {
  const request = handler({ request: { uri: '/books/genre/fiction', querystring: { page: { value: '2' } } } });
  expect(request.querystring).toEqual({ page: { value: '2' } });
});

test("GIVEN the pages' prefix THEN the function and the renderer name the same folder", () => {
  expect(readFileSync(VIEWER_REQUEST_FILE, 'utf8')).toContain(`'/${SITE_PREFIX}`);
  expect(VIEWER_REQUEST_FILE).toBe(join(__dirname, 'viewer-request.js'));
});
