export default async function globalTeardown(): Promise<void> {
  await (globalThis as { folioStack?: { stop(): Promise<void> } }).folioStack?.stop();
}
