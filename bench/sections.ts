/** The benchmark sections after the raw ceiling; each returns table rows. */
import type { Row } from './run.js';

export interface SectionContext {
  readonly ceiling: number;
  readonly seconds: number;
  readonly quick: boolean;
  readonly here: string;
}

export interface Section {
  readonly name: string;
  run(ctx: SectionContext): Promise<Row[]>;
}

export const all: Section[] = [];
