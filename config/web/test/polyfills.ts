/** Browser APIs jsdom lacks and the apps' libraries use at import time (react-router 7: TextEncoder). */
import { TextDecoder, TextEncoder } from 'node:util';

Object.assign(globalThis, { TextEncoder, TextDecoder });

// jsdom has no layout: scrolling is a no-op instead of a "not implemented" error in every navigation test.
if (typeof window !== 'undefined') window.scrollTo = () => undefined;
