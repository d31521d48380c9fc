// The shell's entry. The start-up files and the first remotes are requested at once (begin-startup.ts); the
// dynamic import is the async boundary Module Federation needs: shared modules (react, the Amplify core module,
// ...) are resolved before any of them runs.
import { beginStartup } from './startup/begin-startup';

const startup = beginStartup(window.location.pathname);
import('./bootstrap').then(({ bootstrap }) => bootstrap(startup));
