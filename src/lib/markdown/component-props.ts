import { z } from 'astro/zod';

/**
 * What each approved component takes. The components type their props from these, and the content check
 * validates every use in a note against them, so wrong data is reported at its place in the note instead of
 * failing the build with a stack trace.
 */
const text = z.string().trim().min(1, 'is empty');

/** The components every note may use without importing them; the note page passes exactly these to MDX. */
export const APPROVED_COMPONENTS = ['Timeline', 'Spectrum', 'Matrix'] as const;
export type ApprovedComponent = (typeof APPROVED_COMPONENTS)[number];

export const COMPONENT_PROPS = {
  Timeline: z.strictObject({
    caption: text,
    steps: z.array(z.strictObject({ title: text, detail: text })).min(1, 'needs at least one step'),
  }),
  Spectrum: z.strictObject({
    caption: text,
    left: text,
    right: text,
    /** The role placed on the spectrum: it is drawn as a band spanning the middle of the scale. */
    label: text,
    /** Full text alternative of the picture. */
    description: text,
  }),
  Matrix: z
    .strictObject({
      caption: text,
      /** Header of the first column, naming what the rows are. */
      corner: text,
      columns: z.array(text).min(1, 'needs at least one column'),
      rows: z.array(z.strictObject({ label: text, cells: z.array(z.string()) })).min(1, 'needs at least one row'),
    })
    .refine((matrix) => matrix.rows.every((row) => row.cells.length === matrix.columns.length), {
      message: 'every row needs one cell per column',
      path: ['rows'],
    }),
} satisfies Record<ApprovedComponent, z.ZodType>;

export type TimelineProps = z.infer<typeof COMPONENT_PROPS.Timeline>;
export type SpectrumProps = z.infer<typeof COMPONENT_PROPS.Spectrum>;
export type MatrixProps = z.infer<typeof COMPONENT_PROPS.Matrix>;
