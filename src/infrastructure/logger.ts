import { pino, type Logger } from 'pino';

/**
 * JSON logs (pino). Personal data never reaches them: handlers log ids, never bodies, and
 * these paths are censored in case a header or credential object is ever passed by mistake.
 */
export function createLogger(level: string): Logger {
  return pino({
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
  });
}

export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
