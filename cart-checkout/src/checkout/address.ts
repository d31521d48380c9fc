/**
 * The shipping address form: processOrder's own rules (@folio/contract/rules/address: every field but line2
 * required after trimming, none longer than 200 characters), worded for the customer. Checked here so the customer
 * hears about a problem beside the field, before paying; the server checks again.
 */
import {
  ADDRESS_FIELDS,
  ADDRESS_FIELD_MAX,
  addressProblem,
  cleanAddress,
  isRequiredAddressField,
  type AddressField,
  type RequiredAddressField,
} from '@folio/contract/rules/address';
import type { AddressData } from '../api/types';

export { ADDRESS_FIELDS, type AddressField } from '@folio/contract/rules/address';

/** What the form holds: text as typed (nothing trimmed or cut, so nothing is lost). */
export type AddressDraft = Record<AddressField, string>;
export type AddressErrors = Partial<Record<AddressField, string>>;

export const EMPTY_ADDRESS: AddressDraft = { name: '', line1: '', line2: '', city: '', postalCode: '', country: 'US' };

const REQUIRED_MESSAGES: Record<RequiredAddressField, string> = {
  name: 'Enter the name of the person receiving the books.',
  line1: 'Enter the street address.',
  city: 'Enter the town or city.',
  postalCode: 'Enter the postal code.',
  country: 'Choose a country.',
};

export function fieldError(field: AddressField, value: string): string | undefined {
  const problem = addressProblem(field, value);
  if (problem === 'required' && isRequiredAddressField(field)) return REQUIRED_MESSAGES[field];
  if (problem === 'too-long') return `Use at most ${ADDRESS_FIELD_MAX} characters (this has ${value.length}).`;
  return undefined;
}

export function validateAddress(draft: AddressDraft): AddressErrors {
  const errors: AddressErrors = {};
  for (const field of ADDRESS_FIELDS) {
    const error = fieldError(field, draft[field]);
    if (error) errors[field] = error;
  }
  return errors;
}

/** The address as the API takes it: trimmed, an empty second line as null. */
export function toAddressInput(draft: AddressDraft): AddressData {
  return cleanAddress(draft);
}

export function toDraft(address: AddressData): AddressDraft {
  return { ...address, line2: address.line2 ?? '' };
}

/** processOrder's ValidationError names fields as `shippingAddress.city`: the ones the form shows. */
export function serverAddressErrors(fields: Record<string, unknown> | undefined): AddressErrors {
  const errors: AddressErrors = {};
  for (const [name, message] of Object.entries(fields ?? {})) {
    const field = name.replace(/^shippingAddress\./, '') as AddressField;
    if (name.startsWith('shippingAddress.') && ADDRESS_FIELDS.includes(field)) {
      const text = String(message);
      errors[field] =
        isRequiredAddressField(field) && /required/i.test(text)
          ? REQUIRED_MESSAGES[field]
          : `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}.`;
    }
  }
  return errors;
}
