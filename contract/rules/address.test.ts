import { addressProblem, ADDRESS_FIELD_MAX, cleanAddress } from './address';

describe('addressProblem', () => {
  it('GIVEN a blank required field THEN required; GIVEN a blank line2 THEN fine', () => {
    expect(addressProblem('city', '   ')).toBe('required');
    expect(addressProblem('name', undefined)).toBe('required');
    expect(addressProblem('line2', '')).toBeNull();
    expect(addressProblem('line2', null)).toBeNull();
  });

  it('GIVEN the limit THEN fine; GIVEN one more character THEN too long', () => {
    expect(addressProblem('line1', 'x'.repeat(ADDRESS_FIELD_MAX))).toBeNull();
    expect(addressProblem('line2', 'x'.repeat(ADDRESS_FIELD_MAX + 1))).toBe('too-long');
  });

  it('GIVEN a value that is not text THEN required', () => {
    expect(addressProblem('postalCode', 12345)).toBe('required');
  });
});

describe('cleanAddress', () => {
  it('GIVEN text as typed THEN trimmed, with a blank second line as null', () => {
    expect(
      cleanAddress({
        name: ' Ada ',
        line1: '1 Main St ',
        line2: '  ',
        city: 'Leeds',
        postalCode: 'LS1',
        country: 'GB',
      }),
    ).toEqual({ name: 'Ada', line1: '1 Main St', line2: null, city: 'Leeds', postalCode: 'LS1', country: 'GB' });
  });
});
