import { startStandalone } from '@folio/config/web/standalone';
import CatalogRoutes from './routes';

void startStandalone({
  app: 'catalog',
  links: [
    { to: '/', label: 'Home' },
    { to: '/books', label: 'All books' },
    { to: '/search?q=austen', label: 'Search' },
  ],
  render: () => <CatalogRoutes />,
});
