import { spawn } from 'node:child_process';
import { getPriority } from 'node:os';

/** A command run side by side with others; its output is either streamed as it comes or held until it ends. */
export interface Lane {
  name: string;
  command: string;
  args: string[];
  /** Streamed lanes print as they go; held lanes print in one block when they end, so no two reporters interleave. */
  live: boolean;
  env?: NodeJS.ProcessEnv;
  /** A nice value above 0 lets the other lanes have the cores first; the lane's own child processes inherit it. */
  niceness?: number;
}

/**
 * The command and arguments that start `command` at least at the given niceness, through `nice`, so that the
 * process has it from its first instruction on. Setting it after the start raced the process, which could read
 * its priority, or start the children that inherit it, before the change came.
 */
export function atNiceness(command: string, args: string[], niceness = 0): [string, string[]] {
  const increment = Math.min(19, niceness) - getPriority();
  return increment > 0 ? ['nice', ['-n', String(increment), command, ...args]] : [command, args];
}

export interface LaneResult {
  name: string;
  /** The exit status; 1 when the lane was ended by a signal or could not start. */
  status: number;
  ms: number;
}

/**
 * Runs every lane at once and resolves when all have ended. Ending this process (Ctrl+C, a CI timeout) ends
 * the lanes too, so no test process is left running.
 */
export function runLanes(lanes: Lane[], write: (text: string) => void = (text) => process.stdout.write(text)): Promise<LaneResult[]> {
  const children = lanes.map((lane) => {
    const started = performance.now();
    const child = spawn(...atNiceness(lane.command, lane.args, lane.niceness), { env: lane.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    const held: string[] = [];
    const take = (chunk: Buffer) => (lane.live ? write(chunk.toString()) : held.push(chunk.toString()));
    child.stdout.on('data', take);
    child.stderr.on('data', take);
    const ended = new Promise<LaneResult>((resolve) => {
      let done = false;
      const finish = (status: number) => {
        if (done) return;
        done = true;
        if (!lane.live) write(`\n── ${lane.name} ──\n${held.join('')}`);
        resolve({ name: lane.name, status, ms: performance.now() - started });
      };
      // A command that cannot start emits 'error' and may still emit 'close'; the lane ends once.
      child.on('error', (error) => {
        take(Buffer.from(`${lane.name} could not start: ${error.message}\n`));
        finish(1);
      });
      child.on('close', (code) => finish(code ?? 1));
    });
    return { child, ended };
  });
  const stopAll = () => {
    for (const { child } of children) child.kill('SIGTERM');
  };
  process.once('SIGINT', stopAll);
  process.once('SIGTERM', stopAll);
  return Promise.all(children.map(({ ended }) => ended)).finally(() => {
    process.off('SIGINT', stopAll);
    process.off('SIGTERM', stopAll);
  });
}
