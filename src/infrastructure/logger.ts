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
  // Tests pass a destination to read what would have gone to stdout.
  return destination ? pino(options, destination) : pino(options);
}

export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
