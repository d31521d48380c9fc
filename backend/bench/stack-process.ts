/** Runs the local stack alone in its own process (no seed), so a benchmark's client does not share its CPU time. */
import { startStack } from '../local/stack';

startStack({ stateDir: process.env.FOLIO_STATE_DIR })
  .then((stack) => {
    process.stdout.write(
      `${JSON.stringify({ ready: true, graphql: stack.urls.graphql, apiKey: stack.config.apiKey, pool: stack.pool, config: stack.config })}\n`,
    );
    const stop = () => void stack.stop().then(() => process.exit(0));
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  })
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
