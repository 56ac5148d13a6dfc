import * as s from './shape';
import { type PageSnapshot, SNAPSHOT_LIMITS } from './snapshot-limits';

const headingSchema = s.object({
  level: s.union([s.literal(1), s.literal(2), s.literal(3)]),
  text: s.string({ max: SNAPSHOT_LIMITS.headingLength }),
});

const fieldSchema = s.object({
  id: s.string({ max: SNAPSHOT_LIMITS.nameLength }),
  name: s.string({ max: SNAPSHOT_LIMITS.nameLength }),
  label: s.string({ max: SNAPSHOT_LIMITS.labelLength }),
  tag: s.oneOf(['input', 'textarea', 'select']),
});

/** The schema a page snapshot is parsed with where it arrives (background). */
export const pageSnapshotSchema = s.object({
  url: s.string({ max: SNAPSHOT_LIMITS.urlLength }),
  title: s.string({ max: SNAPSHOT_LIMITS.titleLength }),
  headings: s.array(headingSchema, { max: SNAPSHOT_LIMITS.headings }),
  fields: s.array(fieldSchema, { max: SNAPSHOT_LIMITS.fields }),
}) satisfies s.Shape<PageSnapshot>;
