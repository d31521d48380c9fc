export type PortName =
  | 'shell'
  | 'catalog'
  | 'cartCheckout'
  | 'account'
  | 'graphql'
  | 'dynamodb'
  | 'cognito'
  | 'cognitoInternal'
  | 's3'
  | 'stripe'
  | 'ses';
export declare const PORT_DEFAULTS: Readonly<Record<PortName, readonly [variable: string, port: number]>>;
export declare function ports(env?: NodeJS.ProcessEnv): Record<PortName, number>;
export declare function offsetPorts(offset: number, env?: NodeJS.ProcessEnv): NodeJS.ProcessEnv;
export declare function portVariable(name: PortName): string;
/** The address local servers listen on: FOLIO_HOST, default 127.0.0.1. */
export declare function listenHost(env?: NodeJS.ProcessEnv): string;
export declare const REGION: string;
export declare const NAMES: {
  readonly apiName: string;
  readonly imageBucket: string;
  readonly userPoolName: string;
  readonly adminGroup: 'Admin';
  readonly currency: string;
  readonly orderEmailSender: string;
};
export interface DemoUser {
  readonly email: string;
  readonly password: string;
  readonly groups: readonly string[];
}
export declare const DEMO_USERS: readonly DemoUser[];
export interface RemoteInfo {
  readonly name: string;
  readonly container: string;
  readonly port: PortName;
}
export declare const REMOTES: readonly RemoteInfo[];
