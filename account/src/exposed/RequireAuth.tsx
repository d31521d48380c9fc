/** Exposed as `account/RequireAuth`: guards a page for signed-in customers. */
export { default, type RequireAuthProps } from '../auth/RequireAuth';
