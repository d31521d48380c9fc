import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { consumersOf, typeErrors } from './types-gate';

describe('the exposed-types gate', () => {
  it('checks every app that may import the remote’s exposed modules: the shell and the other remotes', () => {
    expect(consumersOf('catalog')).toEqual(['shell', 'cart-checkout', 'account']);
  });

  it('refuses with the errors of each consumer that no longer type-checks, and passes when all do', () => {
    // GIVEN a tsc that fails for the account app only (the real one takes a minute per consumer)
    const repo = mkdtempSync(join(tmpdir(), 'folio-tsc-'));
    mkdirSync(join(repo, 'node_modules', '.bin'), { recursive: true });
    const tsc = join(repo, 'node_modules', '.bin', 'tsc');
    writeFileSync(
      tsc,
      '#!/bin/sh\nif [ "$3" = account ]; then echo "src/Menu.tsx(3,1): error TS2305: Module \\"catalog/FeaturedShelf\\" has no exported member Shelf."; exit 2; fi\n',
    );
    chmodSync(tsc, 0o755);
    expect(typeErrors('catalog', repo)).toEqual([
      'account no longer type-checks against catalog\'s exposed modules:\n  src/Menu.tsx(3,1): error TS2305: Module "catalog/FeaturedShelf" has no exported member Shelf.',
    ]);
    expect(typeErrors('account', repo)).toEqual([]);
  });
});
