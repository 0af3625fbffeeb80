// Starts librdkafka's mock Kafka cluster through Debian's kcat (DESIGN.md "Real peers"):
// `kcat -b x:1 -X test.mock.num.brokers=1 -C -t warmup -d mock` prints
// `bootstrap.servers=127.0.0.1:PORT` on stderr. The cluster lives as long as the kcat process.
import { spawn, type ChildProcess } from 'node:child_process';

export interface MockBroker {
  bootstrap: string;
  pid: number;
  /** SIGSTOP: the broker stops answering (connections stay open, requests hang) — an outage. */
  pause(): void;
  /** SIGCONT: the broker answers again with all its data. */
  resume(): void;
  stop(): Promise<void>;
}

export async function startMockBroker(timeoutMs = 10_000): Promise<MockBroker> {
  const child: ChildProcess = spawn('kcat', ['-b', 'x:1', '-X', 'test.mock.num.brokers=1', '-C', '-t', 'warmup', '-d', 'mock'], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error('kcat did not start (is the kcat package installed?)');
  const bootstrap = await new Promise<string>((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`kcat mock broker did not print bootstrap.servers within ${timeoutMs} ms`));
    }, timeoutMs);
    const onData = (chunk: Buffer): void => {
      if (text.length < 100_000) text += chunk.toString('utf8');
      const m = /bootstrap\.servers=(127\.0\.0\.1:\d+)/.exec(text);
      if (m?.[1]) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    };
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`kcat exited early with ${code}: ${text.slice(0, 500)}`));
    });
  });
  // Keep draining the debug output so the pipe never blocks the broker.
  child.stderr?.removeAllListeners('data');
  child.stderr?.on('data', () => undefined);
  child.removeAllListeners('exit');
  return {
    bootstrap,
    pid,
    pause: () => process.kill(pid, 'SIGSTOP'),
    resume: () => process.kill(pid, 'SIGCONT'),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        try {
          process.kill(pid, 'SIGCONT');
        } catch {
          // already gone
        }
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 2000).unref();
      }),
  };
}
