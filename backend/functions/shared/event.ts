/** The payload our request templates send to a Lambda (the event AppSync delivers). */
export interface Identity {
  sub: string;
  username?: string;
  groups: string[];
}

export interface ResolverEvent<Args = Record<string, unknown>, Prev = unknown> {
  field: string;
  arguments: Args;
  identity: Identity | null;
  /** The previous pipeline function's result (pipeline resolvers only). */
  prev?: Prev;
}
