/** A stand-in for the DynamoDB document client in handler unit tests: records commands, answers from a script. */
import type {
  BatchGetCommandInput,
  BatchWriteCommandInput,
  DeleteCommandInput,
  GetCommandInput,
  PutCommandInput,
  QueryCommandInput,
  TransactWriteCommandInput,
  UpdateCommandInput,
} from '@aws-sdk/lib-dynamodb';

/** The commands the handlers send, by class name, with the SDK's own input types. */
interface CommandInputs {
  BatchGetCommand: BatchGetCommandInput;
  BatchWriteCommand: BatchWriteCommandInput;
  DeleteCommand: DeleteCommandInput;
  GetCommand: GetCommandInput;
  PutCommand: PutCommandInput;
  QueryCommand: QueryCommandInput;
  TransactWriteCommand: TransactWriteCommandInput;
  UpdateCommand: UpdateCommandInput;
}

/** One recorded command; checking `name` narrows `input` to that command's input type. */
export type SentCommand = { [N in keyof CommandInputs]: { name: N; input: CommandInputs[N] } }[keyof CommandInputs];

export type Responder = (command: SentCommand) => unknown;

export function fakeDocumentClient(respond: Responder = () => ({})) {
  const sent: SentCommand[] = [];
  const client = {
    sent,
    async send(command: { constructor: { name: string }; input: object }) {
      // The class name is the discriminant the SDK itself gives no type for: the handlers only send the above.
      const entry = { name: command.constructor.name, input: command.input } as SentCommand;
      sent.push(entry);
      const answer = respond(entry);
      if (answer instanceof Error) throw answer;
      return answer;
    },
  };
  return client;
}
