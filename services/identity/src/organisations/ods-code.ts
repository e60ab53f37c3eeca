import { DomainError } from '@tapestry/eventsourcing';

/**
 * ODS (Organisation Data Service) codes are short upper-case alphanumerics whose length depends on the kind of
 * organisation: NHS trusts and ICBs have 3 characters (RX1, R0A, QE1), local authorities and independent
 * providers 3-5 (8A718), GP practices 6 (A81001), and site codes up to 9 (RH802, LSP0101). One permissive
 * shape covers them all; the register itself, not this check, says whether a code is issued.
 */
const ODS_CODE = /^[A-Z0-9]{3,9}$/;

/** Upper-cases and trims a given ODS code, refusing anything that cannot be one. */
export function normaliseOdsCode(code: string): string {
  const normalised = code.trim().toUpperCase();
  if (!ODS_CODE.test(normalised)) {
    throw new DomainError(
      'BAD_USER_INPUT',
      `"${code}" is not an ODS code: expected 3 to 9 letters or digits, such as RX1 for a trust or A81001 for a GP practice.`,
      { field: 'odsCode' },
    );
  }
  return normalised;
}
