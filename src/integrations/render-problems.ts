import { formatProblem, type Problem } from '../lib/garden.ts';

/** Shared by the Markdown plugin (loaded with Astro's config) and the garden integration. */
const PROBLEMS = Symbol.for('tpm-garden.render-problems');

type ProblemHolder = { [PROBLEMS]?: Problem[] };
const holder = globalThis as ProblemHolder;

/** Starts keeping problems for the build to stop on; `astro dev` only prints them (and marks them in the page). */
export function keepRenderProblems(): void {
  holder[PROBLEMS] ??= [];
}

/**
 * Records a problem found while rendering (a link the Markdown plugin could not resolve) and prints it at
 * once, so `astro dev` shows it in the terminal as well as in the page; a build stops on it (see garden.ts).
 */
export function reportRenderProblem(problem: Problem): void {
  holder[PROBLEMS]?.push(problem);
  console.warn(`TPM Garden: ${formatProblem(problem)}`);
}

/** The problems kept since the last call, which clears them. */
export function takeRenderProblems(): Problem[] {
  return holder[PROBLEMS]?.splice(0) ?? [];
}
