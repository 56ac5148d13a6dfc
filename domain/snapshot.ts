import { z } from 'zod/mini';
import { type PageSnapshot, SNAPSHOT_LIMITS } from './page-snapshot';

const headingSchema = z.strictObject({
  level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  text: z.string().check(z.maxLength(SNAPSHOT_LIMITS.headingLength)),
});

const fieldSchema = z.strictObject({
  id: z.string().check(z.maxLength(SNAPSHOT_LIMITS.nameLength)),
  name: z.string().check(z.maxLength(SNAPSHOT_LIMITS.nameLength)),
  label: z.string().check(z.maxLength(SNAPSHOT_LIMITS.labelLength)),
  tag: z.enum(['input', 'textarea', 'select']),
});

/** The schema a page snapshot is parsed with where it arrives (background). */
export const pageSnapshotSchema = z.strictObject({
  url: z.string().check(z.maxLength(SNAPSHOT_LIMITS.urlLength)),
  title: z.string().check(z.maxLength(SNAPSHOT_LIMITS.titleLength)),
  headings: z.array(headingSchema).check(z.maxLength(SNAPSHOT_LIMITS.headings)),
  fields: z.array(fieldSchema).check(z.maxLength(SNAPSHOT_LIMITS.fields)),
}) satisfies z.ZodMiniType<PageSnapshot>;
