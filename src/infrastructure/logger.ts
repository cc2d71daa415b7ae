import { pino, type DestinationStream, type Logger } from 'pino';

/**
 * JSON logs (pino). Personal data never reaches them: handlers log ids, never bodies, and
 * these paths are censored in case a header or credential object is ever passed by mistake.
 * Logs go to stdout, or to `destination` when given.
 */
export function createLogger(level: string, destination?: DestinationStream): Logger {
  const options = {
    level,
    base: { service: 'bloom-backend' },
    redact: {
      paths: [
        'authorization',
        'headers.authorization',
        '*.authorization',
        'email',
        '*.email',
        'password',
        '*.password',
        'token',
        '*.token',
      ],
      censor: '[redacted]',
    },
  };
  // Tests pass a destination to read what would have gone to stdout. stdout is written
  // synchronously, as Node writes it for files and pipes: pino's default asynchronous write
  // hands each line to the thread pool, about 7 µs of CPU per line against under 1 µs
  // (docs/performance.md), and every request writes one.
  return pino(options, destination ?? pino.destination({ dest: 1, sync: true }));
}

export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
