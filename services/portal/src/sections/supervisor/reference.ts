/**
 * The reference a caseload shows for a relationship ("R-3F9A1C2B"), worked out the way the supervision service
 * does (services/supervision/src/caseloads/pseudonym.ts), so that a concern names its relationship the way the
 * caseload does instead of by its id.
 */
export async function referenceFor(relationshipId: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`relationship:${relationshipId}`));
  const hex = [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
  return `R-${hex.slice(0, 8).toUpperCase()}`;
}
