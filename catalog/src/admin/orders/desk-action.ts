/**
 * How the desk runs a transition: the order the API answers replaces the one on the page with a message; a
 * Conflict (someone else changed the order first, or its status no longer allows it) says so and reads the order
 * again; any other failure is the form's to show, with nothing changed.
 */
import type { DeskOrder } from './order-desk-api';

/** Resolves with the failure to show beside the form, or null when the page took over (done or Conflict). */
export type RunAction = (run: () => Promise<DeskOrder>, done: (order: DeskOrder) => string) => Promise<string | null>;

/** "The order was not marked shipped: Network error. Try again." */
export const failureText = (what: string, reason: string): string => `${what}: ${reason}. Try again.`;

export const CONFLICT_TEXT =
  'Someone else changed this order first, so nothing was done. It has been reloaded: check it and try again.';
