/** A mailbox: the name people see and the address mail goes to. */
export interface MailAddress {
  name: string;
  address: string;
}

const ADDRESS = /^[^\s@"<>(),;:\\[\]]+@[^\s@"<>(),;:\\[\]]+\.[^\s@"<>(),;:\\[\]]+$/;

export function isMailAddress(address: string): boolean {
  return ADDRESS.test(address);
}

/** `Tapestry <no-reply@tapestry.local>` or a bare `no-reply@tapestry.local`. */
export function parseMailbox(text: string): MailAddress | null {
  const trimmed = text.trim();
  const named = /^(.*?)\s*<([^<>]+)>$/.exec(trimmed);
  const name = named ? named[1].replace(/^"(.*)"$/, '$1').trim() : '';
  const address = named ? named[2].trim() : trimmed;
  return isMailAddress(address) ? { name, address } : null;
}
