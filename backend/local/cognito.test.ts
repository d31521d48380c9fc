import { codeReader } from './cognito';

describe('codeReader', () => {
  it("GIVEN the hook's code line among cognito-local's log lines THEN one report with recipient and code", () => {
    const seen: string[] = [];
    const read = codeReader((to, code) => seen.push(`${to} ${code}`));
    for (const line of [
      '[12:00:00] INFO: NONE NONE Cognito Local running on http://127.0.0.1:9239',
      'FOLIO_CODE {"destination":"ada@folio.test","code":"123456"}',
      '[12:00:01] INFO: 1 SignUp END',
    ])
      read(line);
    expect(seen).toEqual(['ada@folio.test 123456']);
  });
});
