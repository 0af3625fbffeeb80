import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDdf } from './ddf-parser.js';
import type { ModelLookup, ObjectModel, ResourceModel } from './types.js';

/** A DDF file that could not be loaded, and why. */
export interface ModelLoadError {
  readonly file: string;
  readonly message: string;
}

function versionKey(v: string): [number, number] {
  const [major, minor] = v.split('.');
  return [Number(major), Number(minor)];
}

function compareVersions(a: string, b: string): number {
  const [am, an] = versionKey(a);
  const [bm, bn] = versionKey(b);
  return am - bm || an - bn;
}

/**
 * Object models keyed by object id and object version. A device names the version it runs in
 * its registration (`</3>;ver=1.1`); ThingsBoard keys carry it too (`3_1.1`).
 */
export class ModelRegistry implements ModelLookup {
  private readonly byId = new Map<number, Map<string, ObjectModel>>();
  /**
   * object()'s answers per id and asked version ('' for none): every decoded value asks, and
   * the choice below sorts version strings. Emptied whenever a model is added.
   */
  private readonly chosen = new Map<number, Map<string, ObjectModel | null>>();
  /** Files `fromDirectory` skipped, with the reason. */
  readonly errors: ModelLoadError[] = [];

  /** Adds (or replaces) the model with this id and version. */
  add(model: ObjectModel): void {
    let versions = this.byId.get(model.id);
    if (!versions) {
      versions = new Map();
      this.byId.set(model.id, versions);
    }
    versions.set(model.version, model);
    this.chosen.clear();
  }

  /** The versions held for an object, lowest first. */
  versions(objectId: number): string[] {
    return [...(this.byId.get(objectId)?.keys() ?? [])].sort(compareVersions);
  }

  /** Object ids held, ascending. */
  objectIds(): number[] {
    return [...this.byId.keys()].sort((a, b) => a - b);
  }

  /**
   * The exact version when held. Without a version: "1.0" when held, else the lowest. With a
   * version that is not held: the highest minor of the same major, else the highest of any
   * major (resource types rarely change between versions, so a near model beats none).
   */
  object(objectId: number, version?: string): ObjectModel | undefined {
    let memo = this.chosen.get(objectId);
    const hit = memo?.get(version ?? '');
    if (hit !== undefined) return hit ?? undefined;
    const model = this.choose(objectId, version);
    if (memo === undefined) this.chosen.set(objectId, (memo = new Map()));
    // Bounded by what devices announce; a flood of distinct version strings is cut short.
    if (memo.size >= 64) memo.clear();
    memo.set(version ?? '', model ?? null);
    return model;
  }

  private choose(objectId: number, version?: string): ObjectModel | undefined {
    const held = this.byId.get(objectId);
    if (!held || held.size === 0) return undefined;
    if (version !== undefined) {
      const exact = held.get(version);
      if (exact) return exact;
    }
    const sorted = [...held.keys()].sort(compareVersions);
    let pick: string | undefined;
    if (version === undefined || !/^\d+\.\d+$/.test(version)) {
      pick = held.has('1.0') ? '1.0' : sorted[0];
    } else {
      const major = versionKey(version)[0];
      const sameMajor = sorted.filter((v) => versionKey(v)[0] === major);
      pick = sameMajor.length > 0 ? sameMajor[sameMajor.length - 1] : sorted[sorted.length - 1];
    }
    return pick === undefined ? undefined : held.get(pick);
  }

  resource(objectId: number, resourceId: number, version?: string): ResourceModel | undefined {
    return this.object(objectId, version)?.resources.get(resourceId);
  }

  /** Loads every `*.xml` DDF in `dir`. A bad file is recorded in `errors`, not thrown. */
  static async fromDirectory(dir: string): Promise<ModelRegistry> {
    const registry = new ModelRegistry();
    const files = (await readdir(dir)).filter((f) => f.toLowerCase().endsWith('.xml')).sort();
    for (const file of files) {
      try {
        const xml = await readFile(join(dir, file), 'utf8');
        for (const model of parseDdf(xml)) registry.add(model);
      } catch (e) {
        registry.errors.push({ file, message: (e as Error).message });
      }
    }
    return registry;
  }
}
