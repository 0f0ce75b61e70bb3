import type { NoteKind, Stage, Topic } from './schema.ts';

const TOPIC_LABELS: Record<Topic, string> = {
  role: 'The role',
  skills: 'Skills',
  pitfalls: 'Pitfalls',
  'career-transitions': 'Career transitions',
};

const KIND_LABELS: Record<NoteKind, string> = {
  note: 'Note',
  synthesis: 'Synthesis',
  glossary: 'Glossary',
  person: 'Person',
};

const STAGE_LABELS: Record<Stage, string> = {
  seedling: 'Seedling: a first draft',
  budding: 'Budding: reviewed against the sources',
  evergreen: 'Evergreen: settled',
};

export const topicLabel = (topic: Topic) => TOPIC_LABELS[topic];
export const kindLabel = (kind: NoteKind) => KIND_LABELS[kind];
export const stageLabel = (stage: Stage) => STAGE_LABELS[stage];
