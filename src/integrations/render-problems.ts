import { buildMemory } from '../lib/content/build-memory.ts';
import { formatProblem, type Problem } from '../lib/content/model.ts';

/** Starts keeping problems for the build to stop on; `astro dev` only prints them (and marks them in the page). */
export function keepRenderProblems(): void {
  buildMemory.renderProblems ??= [];
}

/**
 * Records a problem found while rendering (a link the Markdown plugin could not resolve) and prints it at
 * once, so `astro dev` shows it in the terminal as well as in the page; a build stops on it (see garden-integration.ts).
 */
export function reportRenderProblem(problem: Problem): void {
  buildMemory.renderProblems?.push(problem);
  console.warn(`TPM Garden: ${formatProblem(problem)}`);
}

/** The problems kept since the last call, which clears them. */
export function takeRenderProblems(): Problem[] {
  return buildMemory.renderProblems?.splice(0) ?? [];
}
