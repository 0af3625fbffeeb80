// Reflection roots for the Edge RPC link: ThingsBoard's edge schema (loaded on top of the wire schema,
// as thingsboard-edge-grpc.md §6 requires) and the project's own proto/edge.proto.
import path from 'node:path';
import { readFileSync } from 'node:fs';
import protobuf from 'protobufjs';
import { loadSharedSchemaJson, repoRoot } from './core-emulator-schema.js';

export const sharedEdgeSchemaPath = path.resolve(repoRoot, '..', 'shared', 'reference', 'thingsboard-edge-schema.json');

/** Wire schema first, then the `edge` namespace, then resolve: the edge file alone cannot resolve transport.*. */
export function loadSharedEdgeRoot(): protobuf.Root {
  const root = protobuf.Root.fromJSON(loadSharedSchemaJson());
  const edgeJson = JSON.parse(readFileSync(sharedEdgeSchemaPath, 'utf8')) as { nested: Record<string, protobuf.AnyNestedObject> };
  root.addJSON(edgeJson.nested);
  root.resolveAll();
  return root;
}

export function loadOwnEdgeRoot(): protobuf.Root {
  const root = new protobuf.Root();
  root.resolvePath = (_origin: string, target: string) => path.resolve(repoRoot, 'proto', path.basename(target));
  root.loadSync(['edge.proto'], { keepCase: true });
  root.resolveAll();
  return root;
}
