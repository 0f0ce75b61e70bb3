import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface ProcessRun {
  status: number | null;
  /** Wall time in milliseconds. */
  ms: number;
  /** Highest resident memory of the whole process tree seen while it ran (sampled), in bytes. */
  peakBytes: number;
  /**
   * CPU time (user + system) of the process tree in milliseconds, as last sampled before it ended: far less
   * sensitive than wall time to other work on a shared machine, so better for comparing runs.
   */
  cpuMs: number;
  /** stdout and stderr, with the millisecond at which each line appeared. */
  lines: { ms: number; text: string }[];
}

function childrenOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

function residentBytes(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Resident memory of a process and all its descendants (Linux /proc; 0 where /proc is missing). */
function treeBytes(pid: number): number {
  return residentBytes(pid) + childrenOf(pid).reduce((sum, child) => sum + treeBytes(child), 0);
}

const TICK_MS = 10; // Linux reports CPU time in clock ticks of 1/100 s.

/** CPU milliseconds of a process, its live descendants and the children they have already reaped. */
function treeCpuMs(pid: number): number {
  let own = 0;
  try {
    // Fields after the parenthesised command name: utime, stime, cutime and cstime are the 12th to 15th.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    own = (Number(fields[11]) + Number(fields[12]) + Number(fields[13]) + Number(fields[14])) * TICK_MS;
  } catch {
    return 0;
  }
  return own + childrenOf(pid).reduce((sum, child) => sum + treeCpuMs(child), 0);
}

/**
 * Runs a command and measures it: wall time, peak memory of its process tree (sampled every 100 ms, so
 * peaks shorter than that can be missed), and its output lines with timestamps for phase breakdowns.
 */
export function measureProcess(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<ProcessRun> {
  const started = performance.now();
  const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: ProcessRun['lines'] = [];
  let peakBytes = 0;
  let cpuMs = 0;
  const sample = () => {
    if (!child.pid) return;
    peakBytes = Math.max(peakBytes, treeBytes(child.pid));
    cpuMs = Math.max(cpuMs, treeCpuMs(child.pid));
  };
  const timer = setInterval(sample, 100);
  const collect = (chunk: Buffer) => {
    const ms = performance.now() - started;
    for (const text of chunk.toString('utf8').split('\n')) if (text.trim()) lines.push({ ms, text });
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  return new Promise((resolve) => {
    child.on('close', (status) => {
      clearInterval(timer);
      resolve({ status, ms: performance.now() - started, peakBytes, cpuMs, lines });
    });
  });
}

/** Total size in bytes of the files under dir. */
export function directoryBytes(dir: string): number {
  return readdirSync(dir).reduce((sum, entry) => {
    const path = join(dir, entry);
    const stat = statSync(path);
    return sum + (stat.isDirectory() ? directoryBytes(path) : stat.size);
  }, 0);
}
