import type { ResourceValue } from '../../src/lwm2m/node.js';
import { formatPath, type Lwm2mPath } from '../../src/lwm2m/path.js';
import type { MultiValue, ObjectStore } from './object-store.js';
import type { UpdateSimulation } from './update-simulation.js';

/** What a device does in reaction to the server's writes and executes. */
export interface ReactionHost {
  readonly store: ObjectStore;
  readonly updates: UpdateSimulation;
  set(path: string, value: ResourceValue | MultiValue): void;
  /** Runs `fn` after the current answer has gone out. */
  later(fn: () => Promise<unknown> | void): void;
  lifetimeChanged(seconds: number): void;
  /** Update (with links when objects or instances came or went). */
  update(opts: { withLinks?: boolean; withLifetime?: boolean }): Promise<unknown>;
  register(): Promise<unknown>;
  /** Bootstrap-Request Trigger (§E.2 /1/x/9): bootstrap again from the bootstrap account. */
  bootstrap(): Promise<unknown>;
  readonly registered: boolean;
}

/**
 * Reactions to written resources: a firmware package or URI starts the update state machine
 * (LwM2M Core 1.1 §E.6), a new Lifetime (/1/0/1) is announced by an Update with `lt`, and a
 * created or deleted instance by an Update with the object links (§6.2.2).
 */
export function reactToWrite(host: ReactionHost, paths: readonly Lwm2mPath[]): void {
  let objectsChanged = false;
  for (const p of paths) {
    const key = formatPath(p);
    if (p.resourceId === undefined) objectsChanged = true;
    if (key === '/5/0/0') {
      const pkg = host.store.get(p);
      host.store.set(p, Buffer.alloc(0)); // do not keep megabytes of firmware per device
      host.updates.firmwarePackage(Buffer.isBuffer(pkg) ? pkg : Buffer.alloc(0));
    } else if (key === '/5/0/1') {
      host.updates.firmwareUri(String(host.store.get(p) ?? ''));
    } else if (p.objectId === 9 && (p.resourceId === 2 || p.resourceId === 3)) {
      if (p.resourceId === 2) host.store.set(p, Buffer.alloc(0));
      host.updates.softwarePackage(p.instanceId ?? 0);
    } else if (key === '/1/0/1') {
      const lt = host.store.get(p);
      if (typeof lt === 'number' && lt > 0) {
        host.lifetimeChanged(lt);
        host.later(() => host.update({ withLifetime: true }));
      }
    }
  }
  if (objectsChanged && host.registered) host.later(() => host.update({ withLinks: true }));
}

/** Reactions to Execute (the 'execute' event has already told the test). */
export function reactToExecute(host: ReactionHost, path: Lwm2mPath): void {
  const inst = path.instanceId ?? 0;
  switch (path.objectId === 9 ? `/9/x/${path.resourceId}` : formatPath(path)) {
    case '/3/0/4': // Reboot: answer first, then come back with a fresh registration.
      host.later(() => host.register());
      break;
    case '/3/0/12': // Reset Error Code
      host.set('/3/0/11', [0]);
      break;
    case '/1/0/8': // Registration Update Trigger (§E.2)
      host.later(() => host.update({}));
      break;
    case '/1/0/9': // Bootstrap-Request Trigger (§E.2): answer first, then bootstrap
      host.later(() => host.bootstrap());
      break;
    case '/5/0/2':
      host.updates.firmwareUpdate();
      break;
    case '/9/x/4':
      host.updates.softwareInstall(inst);
      break;
    case '/9/x/6':
      host.updates.softwareUninstall(inst);
      break;
    case '/9/x/10':
      host.set(`/9/${inst}/12`, true);
      break;
    case '/9/x/11':
      host.set(`/9/${inst}/12`, false);
      break;
    default:
      break; // Factory Reset, Disable...: reported through the 'execute' event only.
  }
}
