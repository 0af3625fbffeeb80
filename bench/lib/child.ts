import { fork, type ChildProcess } from 'node:child_process';

/**
 * Benchmark pieces run in their own processes so that the load generator and the system under
 * test do not share an event loop (two cores: one each). Messages go over the IPC channel.
 */
export interface ChildHandle {
  readonly process: ChildProcess;
  request<T>(msg: Record<string, unknown>, timeoutMs?: number): Promise<T>;
  stop(): Promise<void>;
}

let nextId = 1;

export function startChild(modulePath: string, args: readonly string[] = [], execArgv: readonly string[] = []): Promise<ChildHandle> {
  const child = fork(modulePath, [...args], {
    execArgv: ['--import', 'tsx', ...execArgv],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const pending = new Map<number, (v: unknown) => void>();
  child.on('message', (m: unknown) => {
    const msg = m as { id?: number; result?: unknown };
    if (msg.id !== undefined) pending.get(msg.id)?.(msg.result);
    pending.delete(msg.id ?? -1);
  });
  const handle: ChildHandle = {
    process: child,
    request<T>(msg: Record<string, unknown>, timeoutMs = 600_000): Promise<T> {
      const id = nextId++;
      return new Promise<T>((resolve, reject) => {
        const t = setTimeout(() => {
          pending.delete(id);
          reject(new Error(`child ${modulePath} did not answer ${String(msg.op)} in ${timeoutMs} ms`));
        }, timeoutMs);
        pending.set(id, (v) => {
          clearTimeout(t);
          resolve(v as T);
        });
        child.send({ ...msg, id });
      });
    },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((r) => child.once('exit', () => r()));
      child.kill('SIGTERM');
      const t = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(t);
    },
  };
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    // Each child sends {ready: true} once it is listening.
    child.once('message', (m: unknown) => {
      if ((m as { ready?: boolean }).ready) resolve(handle);
      else reject(new Error(`child ${modulePath} did not start: ${JSON.stringify(m)}`));
    });
  });
}

/** Child side: answer requests from the parent. */
export function serveParent(handlers: Record<string, (msg: Record<string, unknown>) => unknown>): void {
  process.on('message', (m: unknown) => {
    const msg = m as Record<string, unknown> & { id: number; op: string };
    const h = handlers[msg.op];
    Promise.resolve()
      .then(() => (h ? h(msg) : { error: `unknown op ${msg.op}` }))
      .then(
        (result) => process.send?.({ id: msg.id, result }),
        (err: unknown) => process.send?.({ id: msg.id, result: { error: String(err) } }),
      );
  });
  process.on('SIGTERM', () => process.exit(0));
}

export function ready(extra: Record<string, unknown> = {}): void {
  process.send?.({ ready: true, ...extra });
}
