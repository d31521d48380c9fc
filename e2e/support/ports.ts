/** The e2e run uses the test ports (defaults + 100), like the backend's integration tests. */
import { ports } from '@folio/config';
import { useTestPorts } from '../../backend/test/test-ports';

export function e2ePorts() {
  useTestPorts();
  return ports();
}
