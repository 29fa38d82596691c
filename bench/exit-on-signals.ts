import type { Server } from 'node:http';

/**
 * For the servers a benchmark starts as processes: SIGINT or SIGTERM closes `server` and its keep-alive
 * connections, then runs `cleanUp` and exits 0.
 */
export function exitOnSignals(server: Server, cleanUp: () => Promise<unknown> = async () => undefined): void {
  const stop = () => {
    server.close(() => void cleanUp().finally(() => process.exit(0)));
    server.closeAllConnections();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
