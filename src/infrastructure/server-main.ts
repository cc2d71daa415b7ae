import 'reflect-metadata';
import { setFlagsFromString } from 'node:v8';
import { needsLocalFirebaseEmulator } from './config.js';
import { createLogger } from './logger.js';
import { exitWith, loadConfigOrExit, runServer, startOrExit } from './run-server.js';

/**
 * The compiled server (`npm run start:prod`, what production runs; entered through server.ts,
 * which turns on the compile cache first). It fails closed: it never
 * starts a Firebase Auth emulator of its own (that emulator accepts unsigned tokens), so a
 * forgotten variable stops it instead of opening authentication. It listens on every interface
 * unless HOST says otherwise. `npm start` (dev-server.ts) is the development entry point.
 */
startOrExit(async () => {
  const config = loadConfigOrExit();
  if (needsLocalFirebaseEmulator(config)) {
    exitWith(
      'Invalid configuration:\n  - FIREBASE_SERVICE_ACCOUNT: or GOOGLE_APPLICATION_CREDENTIALS is required (or FIREBASE_AUTH_EMULATOR_HOST for a test emulator): the compiled server never starts a Firebase emulator; `npm start` does, for development',
    );
  }
  await runServer(config, createLogger(config.logLevel), {
    host: config.host ?? undefined,
    // Once listening, not before: set during the start it costs a second full collection there
    // (docs/performance.md, "Cold start").
    onListening: () => setFlagsFromString('--heap-growing-percent=30'),
  });
});
