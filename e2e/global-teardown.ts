import type { Stack } from '../backend/local/stack';

export default async function globalTeardown(): Promise<void> {
  await (globalThis as { folioE2eStack?: Stack }).folioE2eStack?.stop();
}
