/** Integration tests use their own ports (defaults + 100), so they run beside a developer's `npm start`. */
import { offsetPorts } from '@folio/config';

export function useTestPorts(env: NodeJS.ProcessEnv = process.env): void {
  offsetPorts(100, env);
}
