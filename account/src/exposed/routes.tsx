/** Exposed as `account/routes`: /account/sign-in, /account/orders, /account/orders/:id, /account/profile. */
export { default, type AccountRoutesProps } from '../routes';
