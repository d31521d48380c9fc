/**
 * The shipping address an order carries: every field but line2 required (after trimming), none longer than
 * ADDRESS_FIELD_MAX characters. processOrder enforces it; the checkout form checks it first, in its own words.
 */
export const ADDRESS_FIELD_MAX = 200;

export const ADDRESS_FIELDS = ['name', 'line1', 'line2', 'city', 'postalCode', 'country'] as const;
export type AddressField = (typeof ADDRESS_FIELDS)[number];
export type RequiredAddressField = Exclude<AddressField, 'line2'>;

/** The address as an order stores it: text for each required field, the second line or null. */
export type AddressValue = Record<RequiredAddressField, string> & { line2: string | null };

export type AddressProblem = 'required' | 'too-long';

export const isRequiredAddressField = (field: AddressField): field is RequiredAddressField => field !== 'line2';

const isBlank = (value: unknown) =>
  value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** What is wrong with one field's value as typed, if anything. */
export function addressProblem(field: AddressField, value: unknown): AddressProblem | null {
  if (isBlank(value)) return isRequiredAddressField(field) ? 'required' : null;
  if (typeof value !== 'string') return 'required';
  return value.length > ADDRESS_FIELD_MAX ? 'too-long' : null;
}

/** The address as stored: every field trimmed, a blank second line as null. Check it with addressProblem first. */
export function cleanAddress(raw: Readonly<Partial<Record<AddressField, unknown>>>): AddressValue {
  const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');
  const line2 = text(raw.line2);
  return {
    name: text(raw.name),
    line1: text(raw.line1),
    line2: line2 === '' ? null : line2,
    city: text(raw.city),
    postalCode: text(raw.postalCode),
    country: text(raw.country),
  };
}
