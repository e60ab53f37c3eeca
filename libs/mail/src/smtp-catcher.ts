import { mkdir, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { AddressObject, ParsedMail } from 'mailparser';
import { simpleParser } from 'mailparser';
import type { SMTPServerDataStream } from 'smtp-server';
import { SMTPServer } from 'smtp-server';
import type { MailAddress } from './mail-address';

export interface CaughtAttachment {
  filename: string | undefined;
  contentType: string;
  content: Buffer;
}

/** A message as the catcher received it over SMTP, parsed. */
export interface CaughtMail {
  messageId: string | undefined;
  /** Who the SMTP envelope delivered to: Cc recipients included. */
  envelopeTo: string[];
  from: MailAddress[];
  to: MailAddress[];
  cc: MailAddress[];
  replyTo: MailAddress[];
  subject: string;
  text: string;
  html: string | undefined;
  headers: ReadonlyMap<string, unknown>;
  attachments: CaughtAttachment[];
  raw: Buffer;
  receivedAt: Date;
  /** Where the .eml copy was written, when the catcher keeps a folder. */
  emlPath: string | undefined;
}

export interface SmtpCatcherOptions {
  /** 0 or left out: a free port. */
  port?: number;
  /** Also write each message as an .eml file here, for the lead to open in a mail program. */
  mailDir?: string;
}

type Waiter = { predicate: (mail: CaughtMail) => boolean; resolve: (mail: CaughtMail) => void };

const MAX_MESSAGE_BYTES = 10 * 1024 * 1024;

function addresses(header: AddressObject | AddressObject[] | undefined): MailAddress[] {
  const objects = header === undefined ? [] : Array.isArray(header) ? header : [header];
  return objects.flatMap((object) => object.value).flatMap((entry) => (entry.address ? [{ name: entry.name, address: entry.address }] : []));
}

function readAll(stream: SMTPServerDataStream): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
    stream.on('end', () => resolve(Buffer.concat(chunks)));
    stream.on('error', reject);
  });
}

function emlName(receivedAt: Date, sequence: number, subject: string): string {
  const stamp = receivedAt.toISOString().replace(/[:.]/g, '-');
  const slug = subject.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'no-subject';
  return `${stamp}-${String(sequence).padStart(4, '0')}-${slug}.eml`;
}

/**
 * A local SMTP server that keeps what it receives: the embedded start points the service's mailer at it so the lead
 * can read what was sent, and integration tests receive mail over SMTP through it. It listens on 127.0.0.1 only, so
 * it offers no AUTH and no STARTTLS: nothing leaves the machine to protect.
 */
export class SmtpCatcher {
  private readonly received: CaughtMail[] = [];
  private waiters: Waiter[] = [];
  private delivered = 0;

  private readonly server: SMTPServer;
  private listeningPort = 0;

  private constructor(private readonly mailDir: string | undefined) {
    this.server = new SMTPServer({
      secure: false,
      disabledCommands: ['STARTTLS', 'AUTH'],
      hideSTARTTLS: true,
      authOptional: true,
      disableReverseLookup: true,
      logger: false,
      size: MAX_MESSAGE_BYTES,
      banner: 'Tapestry mail catcher',
      closeTimeout: 1_000,
      onData: (stream, session, callback) => {
        const envelopeTo = session.envelope.rcptTo.map((recipient) => recipient.address);
        readAll(stream)
          .then((raw) => {
            if (stream.sizeExceeded) throw Object.assign(new Error('Message is larger than the catcher keeps'), { responseCode: 552 });
            return this.keep(raw, envelopeTo);
          })
          .then(
            () => callback(),
            (error: Error) => callback(error),
          );
      },
    });
    // The server's error event fires for broken client connections too; they must not end the process.
    this.server.on('error', () => undefined);
  }

  static async start(options: SmtpCatcherOptions = {}): Promise<SmtpCatcher> {
    if (options.mailDir) await mkdir(options.mailDir, { recursive: true });
    const catcher = new SmtpCatcher(options.mailDir);
    await catcher.listen(options.port ?? 0);
    return catcher;
  }

  get port(): number {
    return this.listeningPort;
  }

  /** What a mailer's SMTP_URL should be to deliver here. */
  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  messages(): readonly CaughtMail[] {
    return [...this.received];
  }

  /** The first message, received already or later, that the predicate accepts; rejects after `timeoutMs`. */
  waitForMessage(predicate: (mail: CaughtMail) => boolean = () => true, timeoutMs = 5_000): Promise<CaughtMail> {
    const already = this.received.find(predicate);
    if (already) return Promise.resolve(already);
    return new Promise((resolve, reject) => {
      const waiter: Waiter = {
        predicate,
        resolve: (mail) => {
          clearTimeout(timer);
          resolve(mail);
        },
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((other) => other !== waiter);
        const subjects = this.received.map((mail) => `"${mail.subject}"`).join(', ') || 'none';
        reject(new Error(`No matching mail arrived within ${timeoutMs} ms; received: ${subjects}`));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }

  private listen(port: number): Promise<void> {
    const { server } = this.server;
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      this.server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        this.listeningPort = (server.address() as AddressInfo).port;
        resolve();
      });
    });
  }

  private async keep(raw: Buffer, envelopeTo: string[]): Promise<void> {
    const sequence = ++this.delivered;
    const receivedAt = new Date();
    const parsed: ParsedMail = await simpleParser(raw);
    const subject = parsed.subject ?? '';
    let emlPath: string | undefined;
    if (this.mailDir) {
      emlPath = join(this.mailDir, emlName(receivedAt, sequence, subject));
      await writeFile(emlPath, raw);
    }
    const mail: CaughtMail = {
      messageId: parsed.messageId,
      envelopeTo,
      from: addresses(parsed.from),
      to: addresses(parsed.to),
      cc: addresses(parsed.cc),
      replyTo: addresses(parsed.replyTo),
      subject,
      text: parsed.text ?? '',
      html: typeof parsed.html === 'string' ? parsed.html : undefined,
      headers: parsed.headers,
      attachments: parsed.attachments.map((attachment) => ({
        filename: attachment.filename,
        contentType: attachment.contentType,
        content: attachment.content,
      })),
      raw,
      receivedAt,
      emlPath,
    };
    this.received.push(mail);
    const ready = this.waiters.filter((waiter) => waiter.predicate(mail));
    this.waiters = this.waiters.filter((waiter) => !ready.includes(waiter));
    for (const waiter of ready) waiter.resolve(mail);
  }
}
