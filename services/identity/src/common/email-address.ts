/** Work email as stored and compared: surrounding spaces dropped, lower-cased (mailboxes are case-insensitive in practice). */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

// Deliberately plain: one @, no spaces, a dotted domain. Deliverability is proven by sign-in, not by a regex.
const EMAIL_SHAPE = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** True for a normalised address of a sane shape and length (RFC 5321 caps a path at 254 characters). */
export function isValidEmail(normalised: string): boolean {
  return normalised.length <= 254 && EMAIL_SHAPE.test(normalised);
}
