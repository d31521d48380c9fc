/** The shapes the catalog's documents (graphql.ts) select. */
export interface BookCardData {
  id: string;
  title: string;
  author: string;
  genre: string;
  priceCents: number;
  currency: string;
  stock: number;
  coverKey: string | null;
}

export interface BookDetail extends BookCardData {
  description: string | null;
  featured: boolean;
  isbn: string | null;
  publishedYear: number | null;
}

export interface BookPage {
  items: BookCardData[];
  nextToken: string | null;
}
