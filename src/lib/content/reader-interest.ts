import type { SourceSection } from './schema.ts';

export interface InterestRow {
  id: string;
  title: string;
  views: number;
  requests: number;
  /** Share of the largest value in the column, 0..1, for drawing bars. */
  viewShare: number;
  requestShare: number;
}

/** Sections that record reader views and requests, most requested first (ties: most viewed first). */
export function readerInterest(sections: SourceSection[]): InterestRow[] {
  const counted = sections.filter(
    (section): section is SourceSection & { views: number; requests: number } =>
      section.views !== undefined && section.requests !== undefined,
  );
  const maxViews = Math.max(1, ...counted.map((section) => section.views));
  const maxRequests = Math.max(1, ...counted.map((section) => section.requests));
  return counted
    .map((section) => ({
      id: section.id,
      title: section.title,
      views: section.views,
      requests: section.requests,
      viewShare: section.views / maxViews,
      requestShare: section.requests / maxRequests,
    }))
    .sort((a, b) => b.requests - a.requests || b.views - a.views);
}
