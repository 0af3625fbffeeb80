// Starts Debian's ZooKeeper (3.8) in the foreground on 127.0.0.1 with its own zoo.cfg and data
// dir in a temp folder (admin server off), as dependencies-evaluated.md §5 describes. The jar's
// manifest carries its class path. Stopped by pid; `restart()` keeps the port and the data.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const JAR = '/usr/share/java/zookeeper.jar';

export interface ZookeeperServer {
  port: number;
  connectString: string;
  stop(): Promise<void>;
  restart(): Promise<void>;
  /** Stops the process, keeps the data dir (for restart()). */
  kill(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      const port = typeof a === 'object' && a ? a.port : 0;
      s.close(() => resolve(port));
    });
  });
}

function fourLetter(port: number, cmd: string): Promise<string> {
  return new Promise((resolve) => {
    const sock = createConnection({ host: '127.0.0.1', port }, () => sock.write(cmd));
    let out = '';
    sock.setTimeout(1000, () => sock.destroy());
    sock.on('data', (d) => (out += d.toString()));
    sock.on('close', () => resolve(out));
    sock.on('error', () => resolve(''));
  });
}

export async function startZookeeper(): Promise<ZookeeperServer> {
  const dir = mkdtempSync(path.join(tmpdir(), 'zk-'));
  const port = await freePort();
  writeFileSync(
    path.join(dir, 'zoo.cfg'),
    [`tickTime=500`, `dataDir=${dir}/data`, `clientPort=${port}`, 'clientPortAddress=127.0.0.1', 'admin.enableServer=false',
      '4lw.commands.whitelist=ruok', 'minSessionTimeout=1000', 'maxSessionTimeout=10000'].join('\n'),
  );
  let child: ChildProcess | undefined;

  const launch = async (): Promise<void> => {
    child = spawn('java', ['-cp', `${dir}:${JAR}`, 'org.apache.zookeeper.server.ZooKeeperServerMain', path.join(dir, 'zoo.cfg')], {
      stdio: 'ignore',
      cwd: dir,
    });
    const deadline = Date.now() + 20_000;
    while (Date.now() < deadline) {
      if ((await fourLetter(port, 'ruok')) === 'imok') return;
      if (child.exitCode !== null) throw new Error(`zookeeper exited with ${child.exitCode}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    child.kill('SIGKILL');
    throw new Error('zookeeper did not answer ruok within 20 s');
  };

  const kill = (): Promise<void> =>
    new Promise((resolve) => {
      const c = child;
      if (!c || c.exitCode !== null || c.signalCode !== null) return resolve();
      c.once('exit', () => resolve());
      c.kill('SIGTERM');
      setTimeout(() => c.kill('SIGKILL'), 3000).unref();
    });

  await launch();
  return {
    port,
    connectString: `127.0.0.1:${port}`,
    kill,
    restart: async () => {
      await kill();
      await launch();
    },
    stop: async () => {
      await kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface TcpProxy {
  port: number;
  /** Drops every connection and refuses new ones until restore(): a network partition. */
  cut(): void;
  restore(): void;
  close(): Promise<void>;
}

/** A loopback TCP proxy used to partition a client from a server without stopping either. */
export async function startTcpProxy(targetPort: number): Promise<TcpProxy> {
  const { Socket } = await import('node:net');
  let blocked = false;
  const live = new Set<import('node:net').Socket>();
  const server = createServer((inbound) => {
    if (blocked) {
      inbound.destroy();
      return;
    }
    const outbound = new Socket();
    live.add(inbound);
    live.add(outbound);
    const drop = (): void => {
      inbound.destroy();
      outbound.destroy();
      live.delete(inbound);
      live.delete(outbound);
    };
    outbound.connect(targetPort, '127.0.0.1');
    inbound.pipe(outbound);
    outbound.pipe(inbound);
    inbound.on('error', drop).on('close', drop);
    outbound.on('error', drop).on('close', drop);
  });
  const port = await new Promise<number>((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const a = server.address();
      resolve(typeof a === 'object' && a ? a.port : 0);
    });
  });
  return {
    port,
    cut: () => {
      blocked = true;
      for (const s of live) s.destroy();
      live.clear();
    },
    restore: () => {
      blocked = false;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of live) s.destroy();
        server.close(() => resolve());
      }),
  };
}
