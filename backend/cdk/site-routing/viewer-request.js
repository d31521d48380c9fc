/*
 * The shell's CloudFront Function (viewer request, cloudfront-js-2.0): which object of the site bucket answers a URL.
 * Plain ES5-style JavaScript with no exports: CloudFront runs the text as it is. Tested in viewer-request.test.ts.
 *
 * Prerendered pages live under site/ (the renderer Lambda writes them; the build's own index.html stays the
 * single-page app's page): /books/<id> is site/books/<id>/index.html, / is site/index.html, /sitemap.xml and
 * /robots.txt are under site/ too. Another URL without a file extension is a client route: the app's /index.html.
 * A URL under /books/ with no page is a missing object: the distribution answers it with site/404.html, status 404.
 */
// eslint-disable-next-line @typescript-eslint/no-unused-vars -- CloudFront calls the function named handler; the file has no exports
function handler(event) {
  var request = event.request;
  var uri = request.uri;
  if (uri === '/' || uri === '') {
    request.uri = '/site/index.html';
  } else if (uri === '/sitemap.xml' || uri === '/robots.txt') {
    request.uri = '/site' + uri;
  } else if (uri.split('/').pop().indexOf('.') === -1) {
    var path = uri.replace(/\/+$/, '');
    request.uri = /^\/books\/./.test(path) ? '/site' + path + '/index.html' : '/index.html';
  }
  return request;
}
