/** Exposed as `catalog/FeaturedShelf`: the featured books as one shelf. */
export { default, type FeaturedShelfProps } from '../home/FeaturedShelf';
