import { describe, expect, it } from 'vitest';
import { runStopSteps } from '../../../src/app/graceful-stop.js';

const quiet = { info: () => undefined, warn: () => undefined };

describe('runStopSteps', () => {
  it('runs the steps in order and reports completion', async () => {
    const seen: string[] = [];
    const out = await runStopSteps(
      ['endpoints', 'core', 'http'].map((name) => ({ name, run: async () => void seen.push(name) })),
      1000,
      quiet,
    );
    expect(seen).toEqual(['endpoints', 'core', 'http']);
    expect(out).toEqual({ completed: true, failed: [] });
  });

  it('runs the remaining steps after one fails, and names it', async () => {
    const seen: string[] = [];
    const out = await runStopSteps(
      [
        { name: 'a', run: () => void seen.push('a') },
        { name: 'b', run: () => Promise.reject(new Error('broker gone')) },
        { name: 'c', run: () => void seen.push('c') },
      ],
      1000,
      quiet,
    );
    expect(seen).toEqual(['a', 'c']);
    expect(out).toEqual({ completed: false, failed: ['b'] });
  });

  it('gives up at the deadline and names the step that hung', async () => {
    const out = await runStopSteps(
      [
        { name: 'quick', run: () => undefined },
        { name: 'hangs', run: () => new Promise<void>(() => undefined) },
        { name: 'never reached', run: () => undefined },
      ],
      50,
      quiet,
    );
    expect(out).toEqual({ completed: false, failed: [], cutOffAt: 'hangs' });
  });
});
