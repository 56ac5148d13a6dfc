/** The three users Følgesvenn is built for, and the employee who is recognised but not served. */
export const ROLES = ['leder', 'veileder', 'lege'] as const;

/** A target user of the panel. */
export type Role = (typeof ROLES)[number];

/** A role, or the employee (arbeidstaker): recognised on their own pages, not a target user. */
export type PageAudience = Role | 'arbeidstaker';

/** True when the value is one of the three target roles. */
export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}
