import 'reflect-metadata';
import { needsLocalFirebaseEmulator } from './config.js';
import { startFirebaseEmulator } from './firebase-emulator.js';
import { createLogger } from './logger.js';
import { loadConfigOrExit, runServer, startOrExit } from './run-server.js';

const FIREBASE_DATA_DIR = './.data/firebase';
const LOOPBACK = '127.0.0.1';

/**
 * `npm start`, the development entry point: with no Firebase configuration it starts a local
 * Auth emulator (project demo-bloom, accounts kept in ./.data/firebase). It listens on
 * loopback unless HOST says otherwise, so a development server (whose emulator takes forged
 * tokens) is not reachable from the network by default. Not part of the compiled build.
 */
startOrExit(async () => {
  const config = loadConfigOrExit();
  const logger = createLogger(config.logLevel);
  const stopsAfter: (() => Promise<void>)[] = [];
  if (needsLocalFirebaseEmulator(config)) {
    logger.info('no Firebase configuration: starting a local Firebase Auth emulator (project demo-bloom)');
    const emulator = await startFirebaseEmulator({
      projectId: config.firebase.projectId,
      dataDir: FIREBASE_DATA_DIR,
    });
    config.firebase.emulatorHost = emulator.host;
    stopsAfter.push(() => emulator.stop());
    logger.info({ host: emulator.host, dataDir: FIREBASE_DATA_DIR }, 'Firebase Auth emulator ready');
  }
  await runServer(config, logger, { host: config.host ?? LOOPBACK, stopsAfter });
});
