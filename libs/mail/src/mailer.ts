import type { Mail, SMTPSentMessageInfo, SMTPTransportOptions } from 'nodemailer';
import { createTransport } from 'nodemailer';
import type { MailAddress } from './mail-address';
import { isMailAddress } from './mail-address';
import type { MailConfig } from './mail-config';

export const ICS_REQUEST_CONTENT_TYPE = 'text/calendar; method=REQUEST; charset=UTF-8';

export interface MailAttachment {
  filename: string;
  content: string | Buffer;
  contentType: string;
}

export interface OutgoingMail {
  to: MailAddress[];
  cc?: MailAddress[];
  /** Where answers go when the sender address takes none, e.g. the programme lead. */
  replyTo?: MailAddress;
  subject: string;
  text: string;
  html?: string;
  attachments?: MailAttachment[];
  headers?: Record<string, string>;
}

export interface SentMail {
  messageId: string;
}

/** Sends mail; SmtpMailer in the running service, anything that records messages in a unit test. */
export interface Mailer {
  send(message: OutgoingMail): Promise<SentMail>;
}

function checked(addresses: readonly MailAddress[], field: string): MailAddress[] {
  for (const { address } of addresses) {
    if (!isMailAddress(address)) throw new RangeError(`"${address}" in ${field} is not an email address`);
  }
  return [...addresses];
}

/**
 * Mail over SMTP through nodemailer. One connection per message: the service sends a few mails a day, and a pool
 * would hold a connection that a relay may drop. Time limits keep a silent server from holding a caller forever.
 */
export class SmtpMailer implements Mailer {
  private readonly transport: Mail<SMTPSentMessageInfo, SMTPTransportOptions>;

  constructor(private readonly config: MailConfig) {
    const { host, port, secure, auth } = config.smtp;
    this.transport = createTransport({
      host,
      port,
      secure,
      ...(auth ? { auth: { user: auth.user, pass: auth.password } } : {}),
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
  }

  async send(message: OutgoingMail): Promise<SentMail> {
    if (message.to.length === 0) throw new RangeError(`A mail needs at least one recipient: "${message.subject}"`);
    const info = await this.transport.sendMail({
      from: this.config.from,
      to: checked(message.to, 'to'),
      ...(message.cc ? { cc: checked(message.cc, 'cc') } : {}),
      ...(message.replyTo ? { replyTo: checked([message.replyTo], 'replyTo')[0] } : {}),
      subject: message.subject,
      text: message.text,
      ...(message.html === undefined ? {} : { html: message.html }),
      ...(message.headers ? { headers: message.headers } : {}),
      attachments: (message.attachments ?? []).map(({ filename, content, contentType }) => ({ filename, content, contentType })),
    });
    return { messageId: info.messageId };
  }

  /** Connects and greets the server without sending, so a wrong setting shows at start rather than at the first mail. */
  async verify(): Promise<void> {
    await this.transport.verify();
  }

  close(): void {
    this.transport.close();
  }
}
