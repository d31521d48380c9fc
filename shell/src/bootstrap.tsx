import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@folio/config/web/tokens.css';
import '@folio/config/web/base.css';
import { App } from './App';
import type { Startup } from './startup/begin-startup';
import { startShell } from './startup/start-shell';
import { StartupError } from './startup/StartupError';

export function bootstrap(startup: Startup): void {
  const root = createRoot(document.getElementById('root')!);
  startShell(startup).then(
    () =>
      root.render(
        <StrictMode>
          <App />
        </StrictMode>,
      ),
    (error: Error) => root.render(<StartupError error={error} />),
  );
}
