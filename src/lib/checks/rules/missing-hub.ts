import { TOPICS } from '../../content/schema.ts';
import type { Rule } from '../rule.ts';

export const missingHub: Rule = {
  id: 'missing-hub',
  scope: 'garden',
  description: 'Every topic has its hub in content/topics/.',
  check: ({ garden }) =>
    TOPICS.filter((topic) => !garden.hubs.some((hub) => hub.topic === topic)).map((topic) => ({
      file: `content/topics/${topic}.md`,
      line: 1,
      column: 1,
      message: `the topic "${topic}" has no hub`,
      hint: 'create the hub file',
    })),
};
