import { NATS_SERVER, startNatsServer, type NatsServer } from './servers.js';

/** The event buses a suite runs on (issue 17): the embedded default and NATS JetStream. */
export type EventBusKind = 'LISTEN/NOTIFY' | 'NATS JetStream';

let current: { env: NodeJS.ProcessEnv; nats?: NatsServer } = { env: {} };

/** Environment of the bus the running suite is on: read by startTestStack into every service's configuration. */
export function eventBusEnv(): NodeJS.ProcessEnv {
  return current.env;
}

/** The NATS server of the running suite (undefined on LISTEN/NOTIFY): a test may stop and start it. */
export function currentNatsServer(): NatsServer | undefined {
  return current.nats;
}

/**
 * Runs the suites `body` declares once per event bus: as they are (LISTEN/NOTIFY), then with a `nats-server -js`
 * of their own on a free port (EVENT_BUS_URL). Where nats-server is not installed the NATS run is skipped, and
 * says so.
 */
export function describeOnEachBus(name: string, body: (bus: EventBusKind) => void): void {
  describe(`${name} [LISTEN/NOTIFY]`, () => body('LISTEN/NOTIFY'));
  if (!NATS_SERVER) {
    console.warn(`nats-server is not installed: "${name}" does not run on NATS JetStream (apt-get install nats-server)`);
    describe.skip(`${name} [NATS JetStream: nats-server not installed]`, () => body('NATS JetStream'));
    return;
  }
  describe(`${name} [NATS JetStream]`, () => {
    beforeAll(async () => {
      const nats = await startNatsServer();
      current = { env: { EVENT_BUS_URL: nats.url }, nats };
    });
    afterAll(async () => {
      const { nats } = current;
      current = { env: {} };
      await nats?.close();
    });
    body('NATS JetStream');
  });
}
