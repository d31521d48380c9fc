// Standalone entry (`npm start -w catalog`). The dynamic import is the async boundary Module Federation needs
// to resolve shared modules (react, ...) before any of them runs.
import('./bootstrap');
