// Values the global setups hand to every test file through `inject(...)`.
declare module 'vitest' {
  export interface ProvidedContext {
    /** `host:port` of the Firebase Auth emulator shared by the whole run. */
    firebaseEmulatorHost: string;
    /** The project that emulator runs; tests own it and may wipe it between runs. */
    firebaseProjectId: string;
    /** A dump of a migrated PGlite cluster (pglite-template.global-setup.ts). */
    pgliteTemplatePath: string;
  }
}

export {};
