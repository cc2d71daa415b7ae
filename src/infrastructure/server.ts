import { enableCompileCache } from 'node:module';
import { setFlagsFromString } from 'node:v8';

/**
 * The compiled server's entry (`npm run start:prod`). Two start-up settings, then the server:
 *
 * - V8's compile cache keeps the bytecode of every module loaded at start (in the system's
 *   temporary folder, keyed by content), so later starts skip parsing and compiling them. It
 *   only covers modules loaded after it is on, hence the import below rather than above.
 * - The old generation may grow to 1.3 times what the last full collection kept, instead of V8's
 *   default of up to 4 times for a busy process: under load the heap otherwise fills with
 *   garbage up to several hundred MiB before a full collection, while what is live stays near
 *   50 MiB. V8 reads this flag at every collection, so setting it here takes effect (README,
 *   docs/performance.md).
 */
enableCompileCache();
setFlagsFromString('--heap-growing-percent=30');
await import('./server-main.js');
