'use strict';
/**
 * Preloaded into cognito-local (`node --require`). It prints verification and reset codes through pino-pretty's
 * asynchronous stream, so a code showed only after later requests, or never in a long-running store. This writes
 * each code at once instead, as one line the stack reads (cognito.ts: codeReader), with a synchronous write.
 */
const { writeSync } = require('node:fs');
const { ConsoleMessageSender } = require('cognito-local/lib/services/messageDelivery/consoleMessageSender');

const MARK = 'FOLIO_CODE ';

ConsoleMessageSender.prototype.sendToConsole = function sendToConsole(_ctx, _user, destination, message) {
  writeSync(1, `${MARK}${JSON.stringify({ destination, code: message.__code })}\n`);
  return Promise.resolve();
};
