/** Integration tests use their own ports (defaults + 100), so they run beside a developer's `npm start`. */
import { PORT_DEFAULTS } from '@folio/config';

export function useTestPorts(env: NodeJS.ProcessEnv = process.env): void {
  for (const [variable, port] of Object.values(PORT_DEFAULTS)) env[variable] ??= String(port + 100);
}
