/**
 * How the shell's distribution maps URLs to objects of its bucket: the viewer-request function (a plain JS file,
 * as CloudFront runs it) and the not-found page it falls back to, both under the prerendered pages' prefix.
 */
import { join } from 'node:path';
import { SITE_PREFIX } from '../../functions/render-pages/site-layout';

export { SITE_PREFIX };
export const VIEWER_REQUEST_FILE = join(__dirname, 'viewer-request.js');
/** What an unknown book (a missing object: 403 from S3 through OAC, which may not list) answers, with status 404. */
export const NOT_FOUND_PAGE = `/${SITE_PREFIX}/404.html`;
