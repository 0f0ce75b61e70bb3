import { describe, expect, it } from 'vitest';
import { labelledLinksInTables } from './note-syntax.ts';

describe('labelledLinksInTables', () => {
  it('finds a labelled link inside a table row, at its offset', () => {
    const body = 'Intro with [[a|label]].\n\n| x | y |\n| --- | --- |\n| [[b]] | see [[c|the c note]] |\n';
    expect(labelledLinksInTables(body)).toEqual([{ offset: body.indexOf('[[c|'), text: '[[c|the c note]]' }]);
  });

  it('leaves plain links in tables and labelled links in prose alone', () => {
    expect(labelledLinksInTables('| [[a]] | [[b#Part]] |\n| --- | --- |\n\nText [[c|label]] | not a row')).toEqual([]);
  });

  it('finds one in a header row, whose extra cell leaves the rows no table', () => {
    const body = '| [[a|label]] | y |\n| --- | --- |\n| 1 | 2 |';
    expect(labelledLinksInTables(body)).toEqual([{ offset: 2, text: '[[a|label]]' }]);
  });

  it('leaves a table shown as code alone', () => {
    expect(labelledLinksInTables('```\n| x | y |\n| --- | --- |\n| [[c|the c note]] | z |\n```\n\n    | [[d|label]] |\n    | --- |')).toEqual([]);
  });
});
