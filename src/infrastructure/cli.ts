import 'reflect-metadata';
import { ConfigError, loadConfig } from './config.js';
import { commands, type CliCommand } from './cli/commands.js';

/** `npm run cli -- <command> [args]`: operator commands, with the same configuration as `npm start`. */
function usage(): string {
  const width = Math.max(...commands.map((command) => command.usage.length));
  const lines = commands.map((command) => `  ${command.usage.padEnd(width)}  ${command.description}`);
  return `Usage: npm run cli -- <command> [arguments]\n\nCommands:\n${lines.join('\n')}\n`;
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(usage());
    return name ? 0 : 1;
  }
  const command: CliCommand | undefined = commands.find((candidate) => candidate.name === name);
  if (!command) {
    process.stderr.write(`Unknown command "${name}".\n\n${usage()}`);
    return 1;
  }
  if (args.includes('--help')) {
    process.stdout.write(`Usage: npm run cli -- ${command.usage}\n  ${command.description}\n`);
    return 0;
  }
  if (args.length !== command.arity) {
    process.stderr.write(`Usage: npm run cli -- ${command.usage}\n`);
    return 1;
  }
  const config = loadConfig();
  const message = await command.run(config, args);
  process.stdout.write(`${message}\n`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `${error instanceof ConfigError || error instanceof Error ? error.message : String(error)}\n`,
    );
    process.exitCode = 1;
  },
);
