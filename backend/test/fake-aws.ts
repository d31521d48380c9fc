/** A stand-in for the DynamoDB document client in handler unit tests: records commands, answers from a script. */
export interface SentCommand {
  name: string;
  input: Record<string, any>;
}

export type Responder = (command: SentCommand) => unknown;

export function fakeDocumentClient(respond: Responder = () => ({})) {
  const sent: SentCommand[] = [];
  const client = {
    sent,
    async send(command: { constructor: { name: string }; input: Record<string, any> }) {
      const entry = { name: command.constructor.name, input: command.input };
      sent.push(entry);
      const answer = respond(entry);
      if (answer instanceof Error) throw answer;
      return answer;
    },
  };
  return client;
}
