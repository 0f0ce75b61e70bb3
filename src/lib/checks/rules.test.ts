import { describe, expect, it } from 'vitest';
import { formatProblem, type Garden, type GardenNote } from '../content/model.ts';
import { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { buildLinkGraph } from '../links/link-graph.ts';
import { linkIndexOf } from '../links/link-resolution.ts';
import { notePreviews } from '../links/previews.ts';
import { remarkWikilinks } from '../links/remark-wikilinks.ts';
import { formatOfFile, parseBody } from '../markdown/markdown-tree.ts';
import { countWords } from '../markdown/words.ts';
import { runRules } from './registry.ts';
import { codeInBody } from './rules/code-in-body.ts';
import { TOPICS, type NoteData } from '../content/schema.ts';

const RULES = { minOutgoingLinks: 3, words: { min: 5, max: { note: 200, synthesis: 300, glossary: 300, person: 200 } }, editorial: 'error' as const };

function note(slug: string, body: string, data: Partial<NoteData> = {}): GardenNote {
  return {
    slug,
    file: `content/notes/${slug}.mdx`,
    bodyLine: 10,
    body,
    data: {
      title: `Title of ${slug}`,
      summary: `Summary of ${slug} in one sentence.`,
      topics: [...TOPICS],
      kind: 'note',
      stage: 'budding',
      sources: [{ doc: 'doc', section: 'one' }],
      aliases: [],
      questions: [],
      replaces: [],
      tags: [],
      ...data,
    },
  };
}

/** Four notes that all link to each other, citing every non-promotional section: a garden with no problems. */
function healthyGarden(): Garden {
  const slugs = ['a', 'b', 'c', 'd'];
  const notes = slugs.map((slug) =>
    note(slug, `Some prose about ${slug}.\n\n## Part\n\n${slugs.filter((other) => other !== slug).map((other) => `[[${other}]]`).join(' and ')} relate.`),
  );
  notes[3].data.sources = [{ doc: 'doc', section: 'two' }];
  return {
    notes,
    sources: [
      {
        file: 'content/sources/doc.yaml',
        data: {
          id: 'doc',
          title: 'A document',
          titleIsOurs: false,
          author: 'Someone',
          affiliation: 'Somewhere',
          kind: 'article',
          published: 'No date',
          description: 'A description long enough to pass the schema check.',
          caveats: ['A caveat long enough to count.'],
          sections: [
            { id: 'one', title: 'One', summary: 'First section summary text', promotional: false },
            { id: 'two', title: 'Two', summary: 'Second section summary text', promotional: false },
            { id: 'ad', title: 'Ad', summary: 'An advertisement for a course', promotional: true },
          ],
        },
      },
    ],
    hubs: TOPICS.map((topic) => ({
      topic,
      file: `content/topics/${topic}.mdx`,
      body: '',
      bodyLine: 1,
      data: { title: topic, summary: 'A hub summary sentence.', groups: [{ heading: 'All', notes: [...slugs] }] },
    })),
    paths: [{ id: 'p', file: 'content/paths/p.yaml', data: { title: 'Path', summary: 'A path summary sentence.', notes: ['a', 'b'] } }],
  };
}

const messages = (garden: Garden) => runRules(garden, RULES).map((problem) => problem.message);

describe('runRules', () => {
  it('finds nothing wrong with a healthy garden', () => {
    expect(runRules(healthyGarden(), RULES)).toEqual([]);
  });

  it('fails when a non-promotional section is cited by no note', () => {
    const garden = healthyGarden();
    garden.notes[3].data.sources = [{ doc: 'doc', section: 'one' }];
    expect(messages(garden)).toEqual(['section "doc / two" (Two) is cited by no note']);
  });

  it('fails when a note cites a section or document that does not exist', () => {
    const garden = healthyGarden();
    garden.notes[0].data.sources.push({ doc: 'doc', section: 'missing' }, { doc: 'nope', section: 'one' });
    expect(messages(garden)).toEqual([
      'cites section "missing" of "doc", which has no such section',
      'cites the document "nope", which is not in content/sources/',
    ]);
  });

  it('fails when a note cites a promotional section', () => {
    const garden = healthyGarden();
    garden.notes[0].data.sources.push({ doc: 'doc', section: 'ad' });
    expect(messages(garden)).toEqual(['cites "doc / ad", which is marked promotional']);
  });

  it('fails on an orphan and on a note with fewer than three outgoing links', () => {
    const garden = healthyGarden();
    garden.notes[0].body = 'Only [[b]] and [[c]] here, no d.';
    garden.notes[1].body = garden.notes[1].body.replace('[[a]]', '[[d]]');
    garden.notes[2].body = garden.notes[2].body.replace('[[a]]', '[[d]]');
    garden.notes[3].body = garden.notes[3].body.replace('[[a]]', '[[b]]');
    expect(messages(garden)).toEqual([
      'links to 2 other note(s); every note links to at least 3',
      'is an orphan: no other note links to it',
      'links to 2 other note(s); every note links to at least 3',
      'links to 2 other note(s); every note links to at least 3',
      'links to 2 other note(s); every note links to at least 3',
    ]);
  });

  it('names file, line and column of a link to a missing note or heading, with the closest names', () => {
    const garden = healthyGarden();
    garden.notes[0].body += '\n\nSee [[Title of bee]] and [[b#no-such-part|b]], or [c](../notes/cc.mdx).';
    const problems = runRules(garden, RULES);
    expect(problems.map(({ file, line, column, message }) => ({ file, line, column, message }))).toEqual([
      { file: 'content/notes/a.mdx', line: 16, column: 5, message: expect.stringMatching(/^\[\[Title of bee\]\] does not name any note; did you mean "Title of b" \[\[b\]\]/) },
      { file: 'content/notes/a.mdx', line: 16, column: 26, message: '[[b#no-such-part|b]]: note "b" has no heading "no-such-part"; did you mean #part (Part)?' },
      { file: 'content/notes/a.mdx', line: 16, column: 51, message: expect.stringMatching(/^\[c\]\(\.\.\/notes\/cc\.mdx\) does not name any note; did you mean "Title of c" \[\[c\]\]/) },
    ]);
    expect(formatProblem(problems[1])).toBe(
      'content/notes/a.mdx:16:26  [[b#no-such-part|b]]: note "b" has no heading "no-such-part"; did you mean #part (Part)?  (use one of: part)',
    );
  });

  it('names an ambiguous link and the file names that would settle it', () => {
    const garden = healthyGarden();
    garden.notes[1].data.aliases = ['Shared name'];
    garden.notes[2].data.aliases = ['shared  NAME'];
    garden.notes[0].body += '\n\n[[Shared name]]';
    const problem = runRules(garden, RULES).find((candidate) => candidate.line === 16);
    expect(problem).toMatchObject({
      column: 1,
      message: '[[Shared name]] is ambiguous: "Shared name" names 2 notes, "Title of b" [[b]] and "Title of c" [[c]]',
      hint: 'link by file name, which is unique: [[b]] or [[c]]',
    });
  });

  it('only warns about the missing links and words of a seedling, and says so in the formatted line', () => {
    const garden = healthyGarden();
    garden.notes.push(note('e', 'New idea.', { stage: 'seedling' }));
    for (const hub of garden.hubs) hub.data.groups[0].notes.push('e');
    const problems = runRules(garden, RULES);
    expect(problems.map((problem) => [problem.severity, problem.message])).toEqual([
      ['warning', 'links to 0 other note(s); every note links to at least 3'],
      ['warning', 'is an orphan: no other note links to it'],
      ['warning', 'has 2 words; a note has 5 to 200'],
    ]);
    expect(formatProblem(problems[0])).toBe(
      'content/notes/e.mdx:10:1  warning: links to 0 other note(s); every note links to at least 3  (add [[wikilinks]] in the running text to the notes this idea depends on or leads to)',
    );
  });

  it('places frontmatter problems at the field the record locates', () => {
    const garden = healthyGarden();
    garden.notes[0].data.sources = [{ doc: 'doc', section: 'one' }, { doc: 'doc', section: 'missing' }];
    garden.notes[0].locate = (path) => (path.join('.') === 'sources.1.section' ? { line: 8, column: 28 } : undefined);
    expect(runRules(garden, RULES)).toMatchObject([{ file: 'content/notes/a.mdx', line: 8, column: 28, message: expect.stringContaining('"missing"') }]);
  });

  it('fails when a reading path names a missing note', () => {
    const garden = healthyGarden();
    garden.paths[0].data.notes.push('ghost');
    expect(messages(garden)).toEqual(['names "ghost", which is not a note']);
  });

  it('accepts a synthesis note that cites no section', () => {
    const garden = healthyGarden();
    garden.notes.push(note('e', 'Links [[a]] [[b]] [[c]] here.', { sources: [], kind: 'synthesis' }));
    garden.notes[0].body += ' [[e]]';
    for (const hub of garden.hubs) hub.data.groups[0].notes.push('e');
    expect(messages(garden)).toEqual([]);
  });

  it('checks hub coverage both ways and word counts', () => {
    const garden = healthyGarden();
    garden.hubs[0].data.groups[0].notes = ['a', 'b', 'c', 'zzz'];
    garden.notes[1].body = '[[a]] [[c]] [[d]]';
    expect(messages(garden)).toEqual([
      'has 3 words; a note has 5 to 200',
      'lists "zzz", which is not a note',
      'does not list "d", which has the topic "role"',
    ]);
  });

  it('caps words by kind: a synthesis may run longer than a note', () => {
    const garden = healthyGarden();
    const long = `${'word '.repeat(240)}[[b]] [[c]] [[d]]`;
    garden.notes[0].body = long;
    expect(messages(garden)).toEqual(['has 243 words; a note has 5 to 200']);
    garden.notes[0].data.kind = 'synthesis';
    garden.notes[0].data.sources = [{ doc: 'doc', section: 'one' }];
    expect(messages(garden)).toEqual([]);
  });

  it('places a second interpretation label and a section id in prose at their line and column, with how to fix', () => {
    const garden = healthyGarden();
    garden.notes[0].body = 'Our reading: one. [[b]] [[c]]\n\n[[d]] In the garden’s view, two; see (two-part) and (one).';
    garden.sources[0].data.sections.push({ id: 'two-part', title: 'Part two', summary: 'A section with a hyphen', promotional: false });
    garden.notes[1].data.sources.push({ doc: 'doc', section: 'two-part' });
    const problems = runRules(garden, RULES).map(formatProblem);
    expect(problems).toEqual([
      'content/notes/a.mdx:12:7  labels a second interpretation ("In the garden’s view"); a note has at most one  (keep one short labelled reading and cut the others, or fold them into it)',
      'content/notes/a.mdx:12:39  shows the section id "two-part" to readers  (name the section by its heading ("Part two"); the citation under sources links to it)',
      'content/notes/a.mdx:12:54  shows the section id "one" to readers  (name the section by its heading ("One"); the citation under sources links to it)',
    ]);
  });

  it("checks the links in a hub's introduction like a note's, at their place in the hub file", () => {
    const garden = healthyGarden();
    garden.hubs[1].body = 'Start with [[a]].\n\nThen read [[no-such-note]] and [[b#nowhere]].';
    garden.hubs[1].bodyLine = 9;
    const problems = runRules(garden, RULES);
    expect(problems).toEqual([
      expect.objectContaining({ file: garden.hubs[1].file, line: 11, column: 11, message: expect.stringContaining('[[no-such-note]]') }),
      expect.objectContaining({ file: garden.hubs[1].file, line: 11, column: 32, message: expect.stringContaining('[[b#nowhere]]') }),
    ]);
  });

  it('resolves links to unreadable notes and leaves orphans and coverage until every note can be read', () => {
    const garden = healthyGarden();
    garden.notes[0].body += ' [[broken-note]]';
    garden.hubs[0].data.groups[0].notes.push('broken-note');
    garden.notes.push(note('e', 'Links [[a]] [[b]] [[c]] here.'));
    for (const hub of garden.hubs) hub.data.groups[0].notes.push('e');
    expect(messages(garden)).toEqual(expect.arrayContaining(['is an orphan: no other note links to it']));
    garden.unreadable = [{ slug: 'broken-note', file: 'content/notes/broken-note.md', body: '', bodyLine: 1, data: { title: 'broken-note', aliases: [] } }];
    expect(messages(garden)).toEqual([]);
  });

  it('points a link, a hub entry and a path step naming a merged note at the note that absorbed it', () => {
    const garden = healthyGarden();
    garden.notes[0].data.replaces = ['old-b'];
    garden.notes[1].body += ' See [[old-b]].';
    garden.hubs[0].data.groups[0].notes.push('old-b');
    garden.paths[0].data.notes.push('old-b');
    expect(messages(garden)).toEqual([
      '[[old-b]] names a note that was merged into "Title of a" [[a]]',
      'lists "old-b", a note that was merged into "a"',
      'names "old-b", a note that was merged into "a"',
    ]);
    expect(runRules(garden, RULES)[0].hint).toBe('link [[a]] instead (its old address redirects there)');
  });

  it('refuses a replaces entry that is still a note, or that two notes claim', () => {
    const garden = healthyGarden();
    garden.notes[0].data.replaces = ['b', 'gone'];
    garden.notes[2].data.replaces = ['gone'];
    expect(messages(garden)).toEqual(['replaces "b", but content/notes/ still holds that note', 'replaces "gone", which "a" already replaces']);
  });

  it('refuses a labelled link inside a table row, at its line and column', () => {
    const garden = healthyGarden();
    garden.notes[0].body += '\n\n| a | b |\n| --- | --- |\n| x | [[b|bee]] |';
    const problem = runRules(garden, RULES).find((found) => found.message.includes('is in a table'));
    expect(problem).toMatchObject({ file: 'content/notes/a.mdx', line: garden.notes[0].bodyLine + garden.notes[0].body.split('\n').length - 1, column: 7 });
  });

  it('reports names claimed by two notes', () => {
    const garden = healthyGarden();
    garden.notes[0].data.aliases = ['Title of b'];
    expect(messages(garden)).toContain('"title of b" is the slug, title or alias of several notes: a, b');
  });
});

describe('link graph', () => {
  it('counts distinct outgoing links and sorted backlinks, ignoring self-links', () => {
    const graph = buildLinkGraph([note('a', '[[b]] [[b]] [[a]] [[c]]'), note('b', '[[a]]'), note('c', '[[a]] [[b]]')]);
    expect(graph.outgoing.get('a')).toEqual(['b', 'c']);
    expect(graph.backlinks.get('a')).toEqual(['b', 'c']);
    expect(graph.backlinks.get('b')).toEqual(['a', 'c']);
  });

  it('resolves links by title and alias, counts Markdown links to notes, and leaves broken links unresolved', () => {
    const graph = buildLinkGraph([
      note('a', '[[title of B]] and [the third](c.mdx) but not [[ghost]] or [a site](https://example.org/notes/b/).'),
      note('b', 'Back to [[Alias of a]].', {}),
      note('c', ''),
    ].map((entry) => (entry.slug === 'a' ? { ...entry, data: { ...entry.data, aliases: ['Alias of a'] } } : entry)));
    expect(graph.links.get('a')?.map((link) => [link.target, link.to])).toEqual([['title of B', 'b'], ['c', 'c'], ['ghost', undefined]]);
    expect(graph.outgoing.get('a')).toEqual(['b', 'c']);
    expect(graph.backlinks.get('a')).toEqual(['b']);
  });

  it('keeps, for each backlink, the sentence in which the link stands', () => {
    const graph = buildLinkGraph([
      note('a', 'An opening sentence. Then **we** point at [[b|the second note]] for detail. A closing one.\n\n- A list item naming [[b]] too.'),
      note('b', ''),
    ]);
    expect(graph.backlinkPassages.get('b')).toEqual([
      {
        from: 'a',
        passages: [
          { before: 'Then we point at ', link: 'the second note', after: ' for detail.' },
          { before: 'A list item naming ', link: 'Title of b', after: ' too.' },
        ],
      },
    ]);
  });
});

/** The links the site's Markdown plugin renders into a note's page, and the links it reports as broken. */
function renderedLinks(notes: GardenNote[], file: string, body: string): { links: string[]; broken: string[] } {
  const tree = parseBody(body, formatOfFile(file));
  const broken: string[] = [];
  remarkWikilinks({
    index: () => linkIndexOf(notes),
    href: (slug) => `/notes/${slug}/`,
    previewHref: (slug) => `/previews/${slug}.json`,
    onBrokenLink: (problem) => broken.push(problem.message),
  })(tree, new VFile({ path: file, value: body }));
  const links: string[] = [];
  visit(tree, 'link', (link) => {
    links.push(link.url);
  });
  return { links, broken };
}

describe('links shown as code', () => {
  it('are no links for the check, the link graph and backlinks, the previews or the page, in a Markdown note or an MDX note', () => {
    const shownInMarkdown = 'Prose.\n\n    [[ghost]] [[b]]\n\n```\n[[ghost]] [[b]]\n```\n\nRun `[[ghost]]` and `[[b]]`. <!-- [[ghost]] [[b]] -->';
    const shownInMdx = 'Prose.\n\n```\n[[ghost]] [[b]]\n```\n\nRun `[[ghost]]` and `[[b]]`. {/* [[ghost]] [[b]] */}';
    for (const [file, body] of [['content/notes/a.md', shownInMarkdown], ['content/notes/a.mdx', shownInMdx]]) {
      const garden = healthyGarden();
      const [a] = garden.notes;
      a.file = file;
      a.body = `${a.body}\n\n${body}`;
      // A Markdown note may not hold the HTML comment either, but that is code-in-body's matter (mdx-safety.test.ts).
      const linkProblems = runRules(garden, RULES).filter((problem) => problem.rule !== codeInBody.id);
      expect(linkProblems.map(formatProblem), file).toEqual([]);
      const graph = buildLinkGraph([note('a', body), note('b', '')].map((entry) => ({ ...entry, file: entry.slug === 'a' ? file : entry.file })));
      expect(graph.links.get('a'), file).toEqual([]);
      expect(graph.backlinks.get('b'), file).toEqual([]);
      const notes = [note('a', body), note('b', '')].map((entry) => ({ ...entry, file: entry.slug === 'a' ? file : entry.file }));
      // The preview's opening keeps the code as text: no link in it reads as the title of note b.
      const opening = notePreviews(notes).get('a')?.opening;
      expect(opening, file).toContain('Run');
      expect(opening, file).not.toContain('Title of b');
      expect(renderedLinks(notes, file, body), file).toEqual({ links: [], broken: [] });
      // The same links in prose are links everywhere, so the checks above can fail.
      expect(renderedLinks(notes, file, 'Prose with [[b]] and [[ghost]].').links, file).toEqual(['/notes/b/']);
      expect(notePreviews([note('a', 'See [[b]] here.'), note('b', '')]).get('a')?.opening).toContain('Title of b');
    }
  });
});

describe('countWords', () => {
  it('counts prose words, link labels rather than targets, and skips component markup', () => {
    expect(countWords('One two [[slug-here|three four]].\n\n<Timeline caption="x y z" steps={[]} />\n\n## Five')).toBe(5);
  });
});
