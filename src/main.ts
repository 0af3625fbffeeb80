/**
 * Composition root: `--help`, configuration (exit code 2 naming the bad variable), the
 * effective configuration logged with secrets masked, the transport started for the selected
 * mode, and a bounded graceful stop on SIGTERM/SIGINT.
 */
import { renderHelp } from './app/cli-help.js';
import { CoreConfigError } from './app/core-link.js';
import { startTransport } from './app/start-transport.js';
import { effectiveVariables, readAppConfig, type AppConfig } from './config/app-config.js';
import { ConfigError } from './config/env.js';
import { createLogger } from './obs/logger.js';

const EXIT_BAD_CONFIG = 2;

async function main(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<void> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(renderHelp());
    return;
  }
  let config: AppConfig;
  try {
    config = readAppConfig(env);
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    process.stderr.write(`invalid configuration: ${e.message}\n`);
    process.exit(EXIT_BAD_CONFIG);
  }
  const log = createLogger({ env, name: 'tb-lwm2m-transport' });
  log.info({ mode: config.mode, config: effectiveVariables(env, config.mode) }, 'effective configuration');

  let running;
  try {
    running = await startTransport(config, env, log);
  } catch (e) {
    if (e instanceof CoreConfigError || e instanceof ConfigError) {
      // Files named by variables (standalone config, PEM files) are checked as they are opened.
      log.fatal(e.message);
      process.stderr.write(`invalid configuration: ${e.message}\n`);
      process.exit(EXIT_BAD_CONFIG);
    }
    log.fatal({ err: e }, 'start-up failed');
    process.exit(1);
  }

  const transport = running;
  let signalled = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (signalled) {
      // A second signal while draining: the operator wants out now.
      log.warn({ signal }, 'second signal: exiting immediately');
      process.exit(1);
    }
    signalled = true;
    log.info({ signal, deadlineMs: config.app.shutdownTimeoutMs }, 'stopping');
    void transport.stop(config.app.shutdownTimeoutMs).then((outcome) => {
      log.info({ ...outcome }, outcome.completed ? 'stopped' : 'stopped with problems');
      process.exit(outcome.completed ? 0 : 1);
    });
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
}

main(process.argv.slice(2), process.env).catch((err: unknown) => {
  process.stderr.write(`fatal: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
