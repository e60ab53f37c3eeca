import { DomainError } from '@tapestry/eventsourcing';

/** Long enough to name an Art. 9 condition ("Art. 9(2)(g)"), short enough to stay a statement rather than a policy. */
export const LAWFUL_BASIS_MIN_LENGTH = 10;
export const LAWFUL_BASIS_MAX_LENGTH = 500;

const EXAMPLE = 'UK GDPR Art. 9(2)(g) with DPA 2018 Sch. 1 para. 8 (equality of opportunity)';

/** The basis as stored and published: trimmed, and refused with INVALID_LAWFUL_BASIS when empty, too short or too long. */
export function validLawfulBasis(text: string): string {
  const basis = text.trim();
  if (basis.length === 0) {
    throw new DomainError('INVALID_LAWFUL_BASIS', `State the lawful basis, e.g. "${EXAMPLE}".`, { field: 'basis' });
  }
  if (basis.length < LAWFUL_BASIS_MIN_LENGTH || basis.length > LAWFUL_BASIS_MAX_LENGTH) {
    throw new DomainError(
      'INVALID_LAWFUL_BASIS',
      `A lawful basis needs ${LAWFUL_BASIS_MIN_LENGTH} to ${LAWFUL_BASIS_MAX_LENGTH} characters, got ${basis.length}; e.g. "${EXAMPLE}".`,
      { field: 'basis', minLength: LAWFUL_BASIS_MIN_LENGTH, maxLength: LAWFUL_BASIS_MAX_LENGTH },
    );
  }
  return basis;
}
