/** Exposed as `account/AccountMenu`: the header's sign-in link or signed-in user, rendered by the shell. */
export { default } from '../menu/AccountMenu';
