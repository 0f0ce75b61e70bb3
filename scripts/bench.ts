// Build benchmark: synthetic gardens of 1,000, 5,000 and 10,000 notes built with every feature on (then rebuilt
// after one note is edited, with the content cache kept), next to bare Astro + Pagefind floors building the same
// note bodies (as MDX; as Markdown through the garden's unified + remark-gfm pipeline; as Markdown through Astro's
// default processor, see scripts/bench/floor-project.ts), against published reference figures.
// Usage: npm run bench [-- --quick] [-- --sizes 2000,3000] [-- --no-floor] [-- --profile] [-- --keep]
//   --quick    1,000 notes only          --profile  writes V8 CPU profiles of the garden builds
//   --keep     keeps the temporary projects (printed) instead of removing them
// BENCH_DIR chooses where the temporary projects go (default: the system temp folder).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { FLOOR_KINDS, FLOOR_LABELS, writeFloorProject, type FloorKind } from './bench/floor-project.ts';
import { directoryBytes, measureProcess, type ProcessRun } from './bench/measure-process.ts';
import { benchProject, PROJECT_ROOT, writeSyntheticGarden, type SyntheticNote } from './bench/synthetic-garden.ts';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const sizesArgument = args[args.indexOf('--sizes') + 1];
const sizes = flag('quick') ? [1000] : args.includes('--sizes') ? sizesArgument.split(',').map(Number) : [1000, 5000, 10000];
if (sizes.some((size) => !Number.isInteger(size) || size < 12)) throw new Error(`--sizes takes whole numbers of at least 12, e.g. --sizes 1000,5000 (got ${sizesArgument})`);

// Measured on a 2-core machine with a synthetic 1,000-note corpus (see docs/benchmarks.md).
const REFERENCE_1000 = { starlight: 10.5, bareAstroMdx: 12.4, barePagefind: 1.5, quartz: '20-28', hugo: 0.6 };
const GIB = 1024 ** 3;
const TARGETS = { thousandNotesSeconds: REFERENCE_1000.starlight, fiveThousandNotesSeconds: 60, peakBytes: 4 * GIB };

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const mebibytes = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
const baseEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', BASE_PATH: '/', NODE_OPTIONS: '' };
const astro = join(PROJECT_ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const pagefind = join(PROJECT_ROOT, 'node_modules', '.bin', 'pagefind');

function commit(): string {
  const run = (gitArgs: string[]) => execFileSync('git', gitArgs, { cwd: PROJECT_ROOT, encoding: 'utf8' }).trim();
  try {
    return `${run(['rev-parse', '--short', 'HEAD'])}${run(['status', '--porcelain', '--', 'src', 'astro.config.mjs']) ? ' + uncommitted changes' : ''}`;
  } catch {
    return 'unknown (not a git checkout)';
  }
}

function failIfBroken(run: ProcessRun, what: string): void {
  if (run.status === 0) return;
  throw new Error(`${what} failed (exit ${run.status}):\n${run.lines.slice(-40).map((line) => line.text).join('\n')}`);
}

/** Astro's log lines that end each phase of a build, in order; phases are timed by when those lines appear. */
const PHASE_ENDS: [string, RegExp][] = [
  ['config, validation, content sync', /Building static entrypoints/],
  ['Vite bundle (MDX compiled)', /generating static routes/],
  ['page rendering', /Completed in/],
  ['after the build (Pagefind, service worker, sitemap)', /Complete!|page\(s\) built/],
];

function phaseBreakdown(run: ProcessRun): string {
  let from = 0;
  let index = 0;
  const parts: string[] = [];
  for (const [label, pattern] of PHASE_ENDS) {
    while (index < run.lines.length && !pattern.test(run.lines[index].text)) index++;
    if (index === run.lines.length) break;
    parts.push(`${label} ${seconds(run.lines[index].ms - from)}`);
    from = run.lines[index].ms;
  }
  return parts.join('; ');
}

/**
 * Bytes the service worker precaches: from the report the offline integration writes next to it
 * (offline-precache.json), else by summing the files listed in Workbox's manifest inside sw.js.
 */
function precacheBytes(dist: string): number | undefined {
  const report = join(dist, 'offline-precache.json');
  if (existsSync(report)) return (JSON.parse(readFileSync(report, 'utf8')) as { bytes: number }).bytes;
  const worker = join(dist, 'sw.js');
  if (!existsSync(worker)) return undefined;
  const urls = new Set([...readFileSync(worker, 'utf8').matchAll(/url:\s*"([^"]+)"|"url":\s*"([^"]+)"/g)].map((match) => match[1] ?? match[2]));
  let total = 0;
  for (const url of urls) {
    const path = join(dist, decodeURIComponent(url.replace(/^\//, '').split('?')[0]));
    if (existsSync(path) && statSync(path).isFile()) total += statSync(path).size;
  }
  return total;
}

interface Figures {
  notes: number;
  garden: ProcessRun;
  outputBytes: number;
  searchBytes: number;
  precache?: number;
  /** The next build after one note's prose is edited, with Astro's content cache of the first build kept. */
  rebuild: ProcessRun;
  floors: Floor[];
}

interface Floor {
  kind: FloorKind;
  build: ProcessRun;
  search: ProcessRun;
}

const floorMs = (floor: Floor) => floor.build.ms + floor.search.ms;
const floorCpuMs = (floor: Floor) => floor.build.cpuMs + floor.search.cpuMs;

async function measureFloor(kind: FloorKind, corpus: SyntheticNote[], workspace: string): Promise<Floor> {
  const dir = join(workspace, `floor-${kind}-${corpus.length}`);
  writeFloorProject(dir, corpus, kind);
  const env = { ...baseEnv, ASTRO_CACHE_DIR: join(dir, '.cache') };
  const build = await measureProcess(process.execPath, [astro, 'build'], { cwd: dir, env });
  failIfBroken(build, `Floor (${FLOOR_LABELS[kind]}) build of ${corpus.length} notes`);
  const search = await measureProcess(pagefind, ['--site', 'dist', '--force-language', 'en'], { cwd: dir, env });
  failIfBroken(search, `Pagefind over the floor (${FLOOR_LABELS[kind]}) of ${corpus.length} notes`);
  if (!flag('keep')) rmSync(dir, { recursive: true, force: true });
  return { kind, build, search };
}

async function benchSize(notes: number, workspace: string): Promise<Figures> {
  const project = benchProject(join(workspace, `garden-${notes}`));
  const corpus = writeSyntheticGarden(project, { notes });
  console.log(`\n${notes} notes (garden in ${project})`);
  const env = { ...baseEnv, OUT_DIR: './dist', ASTRO_CACHE_DIR: join(project, '.cache') };
  // Node refuses --cpu-prof in NODE_OPTIONS, so the profiled build runs Astro's entry point directly.
  const profile = flag('profile') ? ['--cpu-prof', `--cpu-prof-dir=${join(workspace, `profile-${notes}`)}`] : [];
  const garden = await measureProcess(process.execPath, [...profile, astro, 'build'], { cwd: project, env });
  failIfBroken(garden, `Garden build of ${notes} notes`);
  const dist = join(project, 'dist');
  const notesDir = join(project, 'content', 'notes');
  const edited = join(notesDir, readdirSync(notesDir).sort()[0]);
  writeFileSync(edited, `${readFileSync(edited, 'utf8').trimEnd()}\n\nA sentence added by the benchmark, as a contributor's edit.\n`);
  const rebuild = await measureProcess(process.execPath, [astro, 'build'], { cwd: project, env });
  failIfBroken(rebuild, `Rebuild of ${notes} notes`);
  const figures: Figures = {
    notes,
    garden,
    rebuild,
    outputBytes: directoryBytes(dist),
    searchBytes: directoryBytes(join(dist, 'pagefind')),
    precache: precacheBytes(dist),
    floors: [],
  };
  const pages = readdirSync(dist, { recursive: true }).filter((entry) => String(entry).endsWith('.html')).length;
  console.log(`  garden: ${seconds(garden.ms)} wall, ${seconds(garden.cpuMs)} CPU, ${mebibytes(garden.peakBytes)} peak, ${(garden.ms / notes).toFixed(2)} ms/note, ${pages} pages`);
  console.log(`  output ${mebibytes(figures.outputBytes)}, search index ${mebibytes(figures.searchBytes)}, precache ${figures.precache === undefined ? 'none (no service worker in this build)' : mebibytes(figures.precache)}`);
  console.log(`  phases: ${phaseBreakdown(garden)}`);
  console.log(`  rebuild after editing one note (content cache kept): ${seconds(rebuild.ms)} wall, ${seconds(rebuild.cpuMs)} CPU, ${mebibytes(rebuild.peakBytes)} peak`);
  console.log(`  rebuild phases: ${phaseBreakdown(rebuild)}`);
  if (flag('profile')) console.log(`  CPU profiles: ${join(workspace, `profile-${notes}`)} (open in Chrome DevTools > Performance)`);

  if (!flag('no-floor')) {
    for (const kind of FLOOR_KINDS) {
      const floor = await measureFloor(kind, corpus, workspace);
      figures.floors.push(floor);
      console.log(
        `  floor, ${FLOOR_LABELS[kind]}, then Pagefind: ${seconds(floor.build.ms)} + ${seconds(floor.search.ms)} = ${seconds(floorMs(floor))} wall, ${seconds(floorCpuMs(floor))} CPU, ${mebibytes(Math.max(floor.build.peakBytes, floor.search.peakBytes))} peak; garden ÷ floor ${(garden.ms / floorMs(floor)).toFixed(2)}x wall, ${(garden.cpuMs / floorCpuMs(floor)).toFixed(2)}x CPU`,
      );
    }
  }
  if (!flag('keep')) rmSync(project, { recursive: true, force: true });
  return figures;
}

function verdicts(results: Figures[]): string[] {
  const lines: string[] = [];
  for (const result of results) {
    const time = result.garden.ms / 1000;
    if (result.notes === 1000) lines.push(`1,000 notes no slower than Starlight (${REFERENCE_1000.starlight} s): ${time <= TARGETS.thousandNotesSeconds ? 'met' : 'missed'} (${time.toFixed(1)} s)`);
    if (result.notes === 5000) {
      const rebuildTime = result.rebuild.ms / 1000;
      lines.push(`5,000 notes under 60 s: ${time < TARGETS.fiveThousandNotesSeconds ? 'met' : 'missed'} on a first build (${time.toFixed(1)} s); ${rebuildTime < TARGETS.fiveThousandNotesSeconds ? 'met' : 'missed'} on a rebuild with the content cache kept (${rebuildTime.toFixed(1)} s)`);
    }
    if (result.notes === 10000) lines.push(`10,000 notes build at all: met (${time.toFixed(1)} s)`);
    lines.push(`${result.notes} notes peak memory under 4 GiB: ${result.garden.peakBytes < TARGETS.peakBytes ? 'met' : 'missed'} (${mebibytes(result.garden.peakBytes)})`);
  }
  return lines;
}

function markdownTable(results: Figures[]): string {
  const floorCell = (result: Figures, kind: FloorKind) => {
    const floor = result.floors.find((measured) => measured.kind === kind);
    return floor ? `${seconds(floorMs(floor))} (${(result.garden.ms / floorMs(floor)).toFixed(2)}x)` : '—';
  };
  const rows = results.map(
    (result) =>
      `| ${result.notes} | ${seconds(result.garden.ms)} | ${seconds(result.rebuild.ms)} | ${seconds(result.garden.cpuMs)} | ${mebibytes(result.garden.peakBytes)} | ${(result.garden.ms / result.notes).toFixed(2)} | ${mebibytes(result.outputBytes)} | ${mebibytes(result.searchBytes)} | ${result.precache === undefined ? '—' : mebibytes(result.precache)} | ${FLOOR_KINDS.map((kind) => floorCell(result, kind)).join(' | ')} |`,
  );
  return [
    `| notes | wall | rebuild wall (one note edited, cache kept) | CPU | peak memory | ms/note | output | search index | precache | ${FLOOR_KINDS.map((kind) => `floor: ${FLOOR_LABELS[kind]} + Pagefind (garden ÷ floor)`).join(' | ')} |`,
    `| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ${FLOOR_KINDS.map(() => '---:').join(' | ')} |`,
    ...rows,
  ].join('\n');
}

const benchParent = process.env.BENCH_DIR ?? tmpdir();
mkdirSync(benchParent, { recursive: true });
const workspace = mkdtempSync(join(benchParent, 'garden-bench-'));
const results: Figures[] = [];
// Read once at the start: the code that is built is the code as it was then.
const measuredCommit = commit();
try {
  console.log(`TPM Garden build benchmark, commit ${measuredCommit}, ${new Date().toISOString()}`);
  console.log(`Load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores. Wall time suffers from other work on the machine; CPU time much less.`);
  for (const size of sizes) results.push(await benchSize(size, workspace));
} finally {
  if (!flag('keep') && !flag('profile')) rmSync(workspace, { recursive: true, force: true });
}
console.log(`\nReference figures, 1,000 notes on a 2-core machine: Starlight + Pagefind ${REFERENCE_1000.starlight} s; bare Astro + MDX ${REFERENCE_1000.bareAstroMdx} s + Pagefind ${REFERENCE_1000.barePagefind} s; Quartz ${REFERENCE_1000.quartz} s; Hugo ${REFERENCE_1000.hugo} s.`);
console.log(`\nTargets:\n${verdicts(results).map((line) => `  ${line}`).join('\n')}`);
console.log(`\nFor the issue note (commit ${measuredCommit}):\n\n${markdownTable(results)}`);
