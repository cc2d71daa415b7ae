import type { ChildProcess } from 'node:child_process';

// firebase-tools prints this once every emulator is up and the --import is done; the port
// answers earlier, while the import is still being posted to it.
const READY_BANNER = 'All emulators ready';
const KEPT_LINES = 30;

/** Splits the emulator's output into lines, forwards them, and keeps the last ones for errors. */
export class FirebaseEmulatorOutput {
  sawReadyBanner = false;
  private readonly recent: string[] = [];

  constructor(
    child: ChildProcess,
    private readonly log: (line: string) => void,
  ) {
    for (const stream of [child.stdout, child.stderr]) {
      let pending = '';
      stream?.setEncoding('utf8');
      stream?.on('data', (chunk: string) => {
        const lines = (pending + chunk).split('\n');
        pending = lines.pop() ?? '';
        lines.forEach((line) => this.take(line));
      });
      stream?.on('end', () => {
        if (pending) this.take(pending);
      });
    }
  }

  tail(): string {
    return this.recent.join('\n');
  }

  private take(line: string): void {
    if (line.includes(READY_BANNER)) this.sawReadyBanner = true;
    this.recent.push(line);
    if (this.recent.length > KEPT_LINES) this.recent.shift();
    this.log(line);
  }
}
