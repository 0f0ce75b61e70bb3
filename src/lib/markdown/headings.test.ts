import { describe, expect, it } from 'vitest';
import { headingIds } from './note-syntax.ts';

describe('headingIds', () => {
  it('slugs level-2+ headings the way the rendered page does, de-duplicating repeats', () => {
    const body = '# Title\n\n## Work-life balance\n\ntext\n\n### AI-ML\n\n## Your manager’s career path\n\n## Summary\n\n## Summary';
    expect(headingIds(body)).toEqual(['work-life-balance', 'ai-ml', 'your-managers-career-path', 'summary', 'summary-1']);
  });

  it('uses the label of a wikilink inside a heading and skips headings in code', () => {
    expect(headingIds('## About [[growth-mindset|mindset]]\n\n```\n## not a heading\n```')).toEqual(['about-mindset']);
  });
});
