import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@folio/config/web/tokens.css';
import '@folio/config/web/base.css';
import { App } from './App';
import { startShell } from './startup/start-shell';
import { StartupError } from './startup/StartupError';

const root = createRoot(document.getElementById('root')!);

startShell().then(
  () =>
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    ),
  (error: Error) => root.render(<StartupError error={error} />),
);
