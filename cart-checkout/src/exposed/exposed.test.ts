import * as AddToCartButton from './AddToCartButton';
import * as MiniCart from './MiniCart';
import * as cartStore from './cart-store';
import * as routes from './routes';
import { useCartStore } from '../cart/store';

jest.mock('@aws-amplify/core', () => jest.requireActual('../test/fake-amplify').fakeCore);

describe('what cart-checkout exposes', () => {
  it('renders components as default exports', () => {
    expect(typeof AddToCartButton.default).toBe('function');
    expect(typeof MiniCart.default).toBe('function');
    expect(typeof routes.default).toBe('function');
  });

  it('shares the one cart store the components use', () => {
    expect(cartStore.useCartStore).toBe(useCartStore);
    expect(cartStore.MAX_QUANTITY_PER_LINE).toBe(10);
  });
});
