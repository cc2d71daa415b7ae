import { expect } from 'vitest';
import { ConfigError, loadConfig } from '../../src/infrastructure/config.js';

/** The message of the ConfigError that `env` is refused with; fails the test if it is accepted. */
export function problems(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error('expected the configuration to be refused');
}
