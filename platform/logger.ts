import { pino, type Logger } from 'pino';

export type { Logger };

/** JSON logs; one child logger per service, with the request id bound per request by the caller. */
export function createLogger(service: string, level: string): Logger {
  return pino({ level, base: { service }, timestamp: pino.stdTimeFunctions.isoTime });
}
