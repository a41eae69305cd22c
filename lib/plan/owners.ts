/**
 * Owners are written `@ana` in many plans and `Ana` in others; the plan stores what was written.
 * Displays and write-back add the `@` themselves, so they go through these two helpers.
 */

/** The owner without its leading `@`. */
export function ownerName(owner: string): string {
  return owner.replace(/^@/, "");
}

/** The owner as a mention: exactly one leading `@`. */
export function ownerMention(owner: string): string {
  return `@${ownerName(owner)}`;
}
