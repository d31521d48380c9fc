import { codeReader } from './cognito';

describe('codeReader', () => {
  it("GIVEN cognito-local's boxed message THEN one report with recipient and code", () => {
    const seen: string[] = [];
    const read = codeReader((to, code) => seen.push(`${to} ${code}`));
    for (const line of [
      '╭──────────────────────────────────╮',
      '│   Confirmation Code Delivery     │',
      '│   Username:    9f1c-…            │',
      '│   Destination: ada@folio.test    │',
      '│   Code:        123456            │',
      '╰──────────────────────────────────╯',
    ])
      read(line);
    expect(seen).toEqual(['ada@folio.test 123456']);
  });
});
