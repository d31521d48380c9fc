import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { visuallyHidden } from '@folio/config/web/a11y';

describe('the page-wide styles the shell puts on every page (config/web/base.css)', () => {
  it('define the visually-hidden class every app names through config/web/a11y.ts', () => {
    const css = readFileSync(join(__dirname, '..', '..', 'config', 'web', 'base.css'), 'utf8');
    const rule = new RegExp(`\\.${visuallyHidden} \\{([^}]*)\\}`).exec(css);
    expect(rule?.[1]).toMatch(/position: absolute;[\s\S]*clip: rect\(0 0 0 0\);/);
  });
});
