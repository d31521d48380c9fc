/** The page's main area: the remote that owns the URL, isolated in its own slot, or the 404 page. */
import { useLocation } from '@folio/config/web/router';
import { RemoteSlot } from '@folio/config/web/RemoteSlot';
import { AREA_LABELS } from './area-routes';
import { areaFor } from './route-table';
import { AreaSkeleton } from './AreaSkeleton';
import { NotFound } from './NotFound';

const notFound = <NotFound />;

export function Main() {
  const { pathname } = useLocation();
  const area = areaFor(pathname);
  if (!area) return notFound;
  return (
    <RemoteSlot
      // One slot per remote: moving between two catalog pages keeps the catalog mounted.
      key={area.remote}
      id={`${area.remote}/routes`}
      props={{ notFound }}
      label={AREA_LABELS[area.remote]}
      fallback={<AreaSkeleton kind={area.skeleton} label={AREA_LABELS[area.remote]} />}
      resetKey={pathname}
      // The area's content is in the prerendered HTML (shell/prerender/); the header's slots are per user.
      prerendered
    />
  );
}
