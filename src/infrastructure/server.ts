import { enableCompileCache } from 'node:module';

/**
 * The compiled server's entry (`npm run start:prod`). Two settings, then the server:
 *
 * - V8's compile cache keeps the bytecode of every module loaded at start (in the system's
 *   temporary folder, keyed by content), so later starts skip parsing and compiling them. It
 *   only covers modules loaded after it is on, hence the import below rather than above.
 * - The old generation may grow to 1.3 times what the last full collection kept, instead of V8's
 *   default of up to 4 times for a busy process: under load the heap otherwise fills with
 *   garbage up to several hundred MiB before a full collection, while what is live stays near
 *   50 MiB. V8 reads this flag at every collection, so setting it at run time takes effect;
 *   server-main.ts sets it once the server listens, since during the start it costs a second
 *   full collection (README, docs/performance.md).
 */
enableCompileCache();
await import('./server-main.js');
