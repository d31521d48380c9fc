/** Genre slugs of the catalog, in display order: book input is checked against them, the genre bar shows them. */
export const GENRES = [
  'literary',
  'mystery',
  'science-fiction',
  'fantasy',
  'adventure',
  'romance',
  'horror',
  'poetry',
  'philosophy',
  'children',
] as const;

export type Genre = (typeof GENRES)[number];

export const GENRE_LABELS: Record<Genre, string> = {
  literary: 'Literary fiction',
  mystery: 'Mystery & crime',
  'science-fiction': 'Science fiction',
  fantasy: 'Fantasy',
  adventure: 'Adventure',
  romance: 'Romance',
  horror: 'Horror & gothic',
  poetry: 'Poetry',
  philosophy: 'Philosophy',
  children: "Children's classics",
};
