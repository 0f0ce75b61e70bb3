import { formatProblem, type Problem } from '../lib/garden.ts';

/** Shared by the Markdown plugin (in Astro's config), the integration and the middleware (in the bundled pages). */
const PROBLEMS = Symbol.for('tpm-garden.render-problems');

type ProblemHolder = { [PROBLEMS]?: Problem[] };

const recorded = (): Problem[] => ((globalThis as ProblemHolder)[PROBLEMS] ??= []);

/**
 * Records a problem found while rendering (a link the Markdown plugin could not resolve) and prints it at
 * once, so `astro dev` shows it in the terminal as well as in the page; a build stops on it (see garden.ts).
 */
export function reportRenderProblem(problem: Problem): void {
  recorded().push(problem);
  console.warn(`TPM Garden: ${formatProblem(problem)}`);
}

/** The problems recorded since the last call, which clears them. */
export function takeRenderProblems(): Problem[] {
  return recorded().splice(0);
}
