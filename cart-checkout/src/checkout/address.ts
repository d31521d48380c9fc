/**
 * The shipping address form's rules, the same as processOrder's (backend/orders/order-input.ts): every field but
 * line2 is required (after trimming), and none may be longer than 200 characters. Checked here so the customer
 * hears about a problem beside the field, before paying; the server checks again.
 */
import type { AddressInput } from '@folio/contract/generated/operations';

export const ADDRESS_FIELD_MAX = 200;

export const ADDRESS_FIELDS = ['name', 'line1', 'line2', 'city', 'postalCode', 'country'] as const;
export type AddressField = (typeof ADDRESS_FIELDS)[number];

/** What the form holds: text as typed (nothing trimmed or cut, so nothing is lost). */
export type AddressDraft = Record<AddressField, string>;
export type AddressErrors = Partial<Record<AddressField, string>>;

export const EMPTY_ADDRESS: AddressDraft = { name: '', line1: '', line2: '', city: '', postalCode: '', country: 'US' };

const REQUIRED_MESSAGES: Record<Exclude<AddressField, 'line2'>, string> = {
  name: 'Enter the name of the person receiving the books.',
  line1: 'Enter the street address.',
  city: 'Enter the town or city.',
  postalCode: 'Enter the postal code.',
  country: 'Choose a country.',
};

export function fieldError(field: AddressField, value: string): string | undefined {
  if (field !== 'line2' && value.trim() === '') return REQUIRED_MESSAGES[field];
  if (value.length > ADDRESS_FIELD_MAX)
    return `Use at most ${ADDRESS_FIELD_MAX} characters (this has ${value.length}).`;
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
export function toAddressInput(draft: AddressDraft): AddressInput {
  const line2 = draft.line2.trim();
  return {
    name: draft.name.trim(),
    line1: draft.line1.trim(),
    line2: line2 === '' ? null : line2,
    city: draft.city.trim(),
    postalCode: draft.postalCode.trim(),
    country: draft.country.trim(),
  };
}

export function toDraft(address: AddressInput): AddressDraft {
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
        field !== 'line2' && /required/i.test(text)
          ? REQUIRED_MESSAGES[field]
          : `${text[0]?.toUpperCase() ?? ''}${text.slice(1)}.`;
    }
  }
  return errors;
}
