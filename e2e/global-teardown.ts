import type { LocalSite } from '../backend/local/site';
import type { Stack } from '../backend/local/stack';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { folioE2eSite?: LocalSite }).folioE2eSite?.stop();
  await (globalThis as { folioE2eStack?: Stack }).folioE2eStack?.stop();
}
