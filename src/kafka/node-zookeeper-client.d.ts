// Minimal typings of node-zookeeper-client 1.1 (the package ships none): only what zk-registration.ts uses.
declare module 'node-zookeeper-client' {
  import { EventEmitter } from 'node:events';

  export class State {
    readonly name: string;
    readonly code: number;
    static readonly DISCONNECTED: State;
    static readonly SYNC_CONNECTED: State;
    static readonly EXPIRED: State;
    static readonly AUTH_FAILED: State;
    static readonly CONNECTED_READ_ONLY: State;
  }
  export class Event {
    static readonly NODE_CREATED: number;
    static readonly NODE_DELETED: number;
    static readonly NODE_DATA_CHANGED: number;
    getType(): number;
    getName(): string;
    getPath(): string;
  }
  export const CreateMode: { PERSISTENT: number; EPHEMERAL: number; PERSISTENT_SEQUENTIAL: number; EPHEMERAL_SEQUENTIAL: number };
  export class Exception extends Error {
    static readonly NO_NODE: number;
    static readonly NODE_EXISTS: number;
    getCode(): number;
  }
  export interface Stat {
    version: number;
    ephemeralOwner: Buffer;
  }
  export interface ClientOptions {
    sessionTimeout?: number;
    spinDelay?: number;
    retries?: number;
  }
  export type Watcher = (event: Event) => void;
  export class Client extends EventEmitter {
    connect(): void;
    close(): void;
    getState(): State;
    getSessionId(): Buffer;
    create(path: string, data: Buffer | null, mode: number, callback: (error: Exception | Error | null, path: string) => void): void;
    mkdirp(path: string, callback: (error: Exception | Error | null, path: string) => void): void;
    setData(path: string, data: Buffer | null, version: number, callback: (error: Exception | Error | null, stat: Stat) => void): void;
    getData(path: string, watcher: Watcher | undefined, callback: (error: Exception | Error | null, data: Buffer, stat: Stat) => void): void;
    exists(path: string, watcher: Watcher | undefined, callback: (error: Exception | Error | null, stat: Stat | null) => void): void;
    getChildren(path: string, callback: (error: Exception | Error | null, children: string[]) => void): void;
    remove(path: string, version: number, callback: (error: Exception | Error | null) => void): void;
    on(event: 'state', listener: (state: State) => void): this;
    on(event: 'connected' | 'disconnected' | 'expired' | 'authenticationFailed', listener: () => void): this;
  }
  export function createClient(connectionString: string, options?: ClientOptions): Client;
  const zookeeper: {
    createClient: typeof createClient;
    CreateMode: typeof CreateMode;
    State: typeof State;
    Event: typeof Event;
    Exception: typeof Exception;
  };
  export default zookeeper;
}

declare module 'node-zookeeper-client/lib/Path.js' {
  const Path: { validate(path: string): void };
  export default Path;
}
