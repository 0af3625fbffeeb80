// Loads the shared ThingsBoard wire schema (protobufjs JSON) and the project's own .proto files
// as protobufjs reflection roots, for the schema tests and the core emulator.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import protobuf from 'protobufjs';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '..', '..');
export const sharedSchemaPath = path.resolve(repoRoot, '..', 'shared', 'reference', 'thingsboard-wire-schema.json');

export function loadSharedSchemaJson(): protobuf.INamespace {
  return JSON.parse(readFileSync(sharedSchemaPath, 'utf8')) as protobuf.INamespace;
}

export function loadSharedRoot(): protobuf.Root {
  return protobuf.Root.fromJSON(loadSharedSchemaJson());
}

export function loadOwnRoot(): protobuf.Root {
  const root = new protobuf.Root();
  root.resolvePath = (_origin: string, target: string) => path.resolve(repoRoot, 'proto', path.basename(target));
  root.loadSync(['tbmsg.proto', 'queue.proto'], { keepCase: true });
  root.resolveAll();
  return root;
}
