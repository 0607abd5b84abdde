/**
 * Where a contact request goes, and how long its note may be, as data. Checked on 2026-12-01.
 *
 * - LinkedIn: a connection request's note is widely reported to allow 200 characters on a free
 *   account and 300 with Premium (LinkedIn's own help pages did not state a figure we could
 *   check). Most readers in all four countries use LinkedIn, so the free account is the default.
 *   LinkedIn also limits how many notes a free account can add per month (widely reported since
 *   2023, and in LinkedIn's help on invitation limits); the reported figures differ and none is in
 *   a source we keep, so the platform field's hint says so without a number, with the date above,
 *   and that an email does the same job once they are used up.
 * - XING: 300 characters, the figure the lesson's source (XING's own guide, as the lesson cites
 *   it) gives; XING's basic members cannot message people who are not their contacts.
 * - Email and another network: no limit the platform enforces, so a recommended length instead,
 *   which the counter shows and the checks advise on without refusing anything.
 *
 * When a figure changes, change it here and the date above: the counter, the check, the field's
 * labels (which name the limits) and the catalogue follow.
 */
import type { Limit } from '../types.ts';

export const platformsCheckedOn = '2026-12-01';

export const platforms = {
  linkedin: { note: { max: 200, hard: true } },
  'linkedin-premium': { note: { max: 300, hard: true } },
  xing: { note: { max: 300, hard: true } },
  /** An email has no contact request: the message is a first email, with a subject. */
  email: { note: undefined },
  other: { note: { max: 300, hard: false } },
} as const satisfies Record<string, { note: Limit | undefined }>;

export type Platform = keyof typeof platforms;
export const platformIds = Object.keys(platforms) as Platform[];
