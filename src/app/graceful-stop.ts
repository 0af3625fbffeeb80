/**
 * Bounded shutdown: named steps run in order, each one's failure logged and the next one run
 * anyway, the whole sequence cut off at a deadline so that SIGTERM always ends the process
 * (orchestrators SIGKILL after their own grace period; ThingsBoard's compose gives 10 s).
 */

export interface StopStep {
  readonly name: string;
  readonly run: () => Promise<void> | void;
}

export interface StopLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
}

export interface StopOutcome {
  /** Every step finished before the deadline. */
  readonly completed: boolean;
  readonly failed: readonly string[];
  /** The step that was running when the deadline passed. */
  readonly cutOffAt?: string;
}

export async function runStopSteps(steps: readonly StopStep[], deadlineMs: number, log: StopLogger): Promise<StopOutcome> {
  const failed: string[] = [];
  let current: string | undefined;
  const sequence = (async (): Promise<void> => {
    for (const step of steps) {
      current = step.name;
      try {
        await step.run();
      } catch (err) {
        failed.push(step.name);
        log.warn({ err, step: step.name }, 'stop step failed');
      }
    }
    current = undefined;
  })();
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<'deadline'>((resolve) => {
    timer = setTimeout(() => resolve('deadline'), deadlineMs);
  });
  const first = await Promise.race([sequence.then(() => 'done' as const), deadline]);
  clearTimeout(timer);
  if (first === 'deadline') {
    log.warn({ step: current, deadlineMs }, 'stop deadline passed; exiting without waiting further');
    return current === undefined ? { completed: false, failed } : { completed: false, failed, cutOffAt: current };
  }
  return { completed: failed.length === 0, failed };
}
