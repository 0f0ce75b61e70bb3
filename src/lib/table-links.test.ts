import { describe, expect, it } from 'vitest';
import { labelledLinksInTables } from './table-links.ts';

describe('labelledLinksInTables', () => {
  it('finds a labelled link inside a table row, at its offset', () => {
    const body = 'Intro with [[a|label]].\n\n| x | y |\n| --- | --- |\n| [[b]] | see [[c|the c note]] |\n';
    expect(labelledLinksInTables(body)).toEqual([{ offset: body.indexOf('[[c|'), text: '[[c|the c note]]' }]);
  });

  it('leaves plain links in tables and labelled links in prose alone', () => {
    expect(labelledLinksInTables('| [[a]] | [[b#Part]] |\n\nText [[c|label]] | not a row')).toEqual([]);
  });
});
