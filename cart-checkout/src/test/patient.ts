/**
 * Imported first by tests that wait on lazily loaded pages and fake API answers: up to 5 s (not 1 s) for an awaited
 * screen, so a machine busy with other suites slows these tests down instead of failing them.
 */
import { configure } from '@testing-library/react';

configure({ asyncUtilTimeout: 5_000 });
