// Standalone entry (`npm start -w cart-checkout`); the dynamic import is Module Federation's async boundary.
import('./bootstrap');
