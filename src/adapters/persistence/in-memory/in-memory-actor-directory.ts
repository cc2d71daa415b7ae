import type { ActorDirectory, ActorRecord } from '../../../domain/identity/actor.js';

/** For use-case tests: records put in by the test, keyed by Firebase uid. */
export class InMemoryActorDirectory implements ActorDirectory {
  readonly records = new Map<string, ActorRecord>();

  async findByFirebaseUid(firebaseUid: string): Promise<ActorRecord | null> {
    return this.records.get(firebaseUid) ?? null;
  }
}
