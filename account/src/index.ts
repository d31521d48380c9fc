// Standalone entry (`npm start -w account`); the dynamic import is Module Federation's async boundary.
import('./bootstrap');
