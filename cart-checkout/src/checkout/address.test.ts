import { EMPTY_ADDRESS, serverAddressErrors, toAddressInput, validateAddress } from './address';

const valid = {
  name: 'Ada Lovelace',
  line1: '12 St James’s Square',
  line2: '',
  city: 'London',
  postalCode: 'SW1Y 4JH',
  country: 'GB',
};

describe('the shipping address rules (the API’s: required, at most 200 characters)', () => {
  it('accepts a complete address; the second line is optional', () => {
    expect(validateAddress(valid)).toEqual({});
  });

  it('names every missing field, blank counting as missing', () => {
    expect(Object.keys(validateAddress({ ...EMPTY_ADDRESS, country: '', name: '   ' }))).toEqual([
      'name',
      'line1',
      'city',
      'postalCode',
      'country',
    ]);
  });

  it('refuses more than 200 characters, in any field, and says how many there are', () => {
    expect(validateAddress({ ...valid, line2: 'x'.repeat(201) })).toEqual({
      line2: 'Use at most 200 characters (this has 201).',
    });
    expect(validateAddress({ ...valid, city: 'x'.repeat(200) })).toEqual({});
  });

  it('sends the address trimmed, an empty second line as null', () => {
    expect(toAddressInput({ ...valid, name: '  Ada Lovelace ', line2: '  ' })).toEqual({ ...valid, line2: null });
  });

  it('shows the server’s field errors beside the fields', () => {
    expect(
      serverAddressErrors({
        'shippingAddress.city': 'city is required',
        'shippingAddress.name': 'name must be at most 200 characters',
        idempotencyKey: 'x',
      }),
    ).toEqual({
      city: 'Enter the town or city.',
      name: 'Name must be at most 200 characters.',
    });
  });
});
