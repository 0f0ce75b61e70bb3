import { spawn } from 'node:child_process';
import { setPriority } from 'node:os';

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
    const child = spawn(lane.command, lane.args, { env: lane.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
    if (lane.niceness && child.pid) setPriority(child.pid, lane.niceness);
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
