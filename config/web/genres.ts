/**
 * The catalog's genres (slugs and labels) for the apps. The seed catalog is the one place they are written;
 * the shell's navigation and the catalog's genre pages both read them from here.
 */
import { GENRES, GENRE_LABELS, type Genre } from '@folio/contract/genres';

export { GENRES, GENRE_LABELS, type Genre };

export const isGenre = (slug: string | undefined): slug is Genre => (GENRES as readonly string[]).includes(slug ?? '');
