// The shell's entry. The start-up files and the first remotes are requested at once (begin-startup.ts). What the
// first render shares is in this entry (federation.js HOST_EAGER); the dynamic import is Module Federation's async
// boundary, so the shell's own code runs after the share scope is set up.
import { beginStartup } from './startup/begin-startup';

const startup = beginStartup(window.location.pathname);
import('./bootstrap').then(({ bootstrap }) => bootstrap(startup));
