// The shell's entry. The dynamic import is the async boundary Module Federation needs: shared modules (react,
// aws-amplify, ...) are resolved before any of them runs.
import('./bootstrap');
