import { ContentFormat } from '../../lwm2m/content-format.js';
import type { ResourceNode, ResourceValue } from '../../lwm2m/node.js';
import { parsePath } from '../../lwm2m/path.js';
import { registeredObject, type Registration } from '../../lwm2m/registration/registration.js';
import type { Lwm2mServer } from '../../lwm2m/server/lwm2m-server.js';
import type { OtaDevicePort } from './ota-ports.js';

/**
 * The OTA device port over the project's Lwm2mServer and one registration. `current()` gives
 * the live registration (it changes on Update and is replaced on a new Register).
 */
export function lwm2mOtaPort(server: Lwm2mServer, current: () => Registration, timeoutMs?: number): OtaDevicePort {
  const t = timeoutMs === undefined ? {} : { timeoutMs };
  const resourceId = (path: string): number => {
    const id = parsePath(path).resourceId;
    if (id === undefined) throw new TypeError(`${path} is not a resource path`);
    return id;
  };
  return {
    get endpoint(): string {
      return current().endpoint;
    },
    hasObject: (objectId) => registeredObject(current(), objectId) !== undefined,
    hasInstance: (objectId, instanceId) => registeredObject(current(), objectId)?.instances.includes(instanceId) ?? false,
    read: async (path): Promise<ResourceValue | undefined> => {
      const r = await server.read(current(), path, t);
      return r.node?.kind === 'resource' ? r.node.value : undefined;
    },
    writeString: async (path, value) => {
      const node: ResourceNode = { kind: 'resource', id: resourceId(path), type: 'string', value };
      return (await server.write(current(), path, node, { replace: true, ...t })).code;
    },
    writeOpaque: async (path, data) => {
      const node: ResourceNode = { kind: 'resource', id: resourceId(path), type: 'opaque', value: data };
      return (await server.write(current(), path, node, { replace: true, format: ContentFormat.OPAQUE, ...t })).code;
    },
    writeOpaqueInstances: async (path, instances) => {
      const node: ResourceNode = { kind: 'multiResource', id: resourceId(path), type: 'opaque', instances };
      return (await server.write(current(), path, node, { replace: true, ...t })).code;
    },
    createWithOpaque: async (objectId, instanceId, resId, instances) => {
      const res: ResourceNode = { kind: 'multiResource', id: resId, type: 'opaque', instances };
      const r = await server.create(current(), `/${objectId}`, { kind: 'instance', id: instanceId, resources: new Map([[resId, res]]) }, t);
      return r.code;
    },
    execute: async (path, args) => (await server.execute(current(), path, args, t)).code,
  };
}
