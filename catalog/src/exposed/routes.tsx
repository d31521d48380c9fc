/** Exposed as `catalog/routes`: the catalog's pages, for the shell's router. */
export { default, type CatalogRoutesProps } from '../routes';
