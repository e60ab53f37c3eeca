import type { MailAddress } from './mail-address';
import { parseMailbox } from './mail-address';

export interface SmtpSettings {
  host: string;
  port: number;
  /** TLS from the first byte (SMTPS, usually port 465); otherwise STARTTLS is used when the server offers it. */
  secure: boolean;
  auth?: { user: string; password: string };
}

export interface MailConfig {
  smtp: SmtpSettings;
  from: MailAddress;
}

export const DEFAULT_MAIL_FROM = 'Tapestry <no-reply@tapestry.local>';

type Env = Readonly<Record<string, string | undefined>>;

export class MailConfigError extends Error {
  override readonly name = 'MailConfigError';
}

function present(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

function parsePort(text: string, source: string): number {
  const port = /^\d+$/.test(text) ? Number(text) : NaN;
  if (!Number.isInteger(port) || port < 1 || port > 65_535) {
    throw new MailConfigError(`${source} must be a port number from 1 to 65535, not "${text}"`);
  }
  return port;
}

function parseSecure(text: string | undefined): boolean | undefined {
  if (text === undefined) return undefined;
  if (/^(true|1|yes)$/i.test(text)) return true;
  if (/^(false|0|no)$/i.test(text)) return false;
  throw new MailConfigError(`SMTP_SECURE must be true or false, not "${text}"`);
}

function fromUrl(text: string): SmtpSettings {
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    throw new MailConfigError(`SMTP_URL must start with smtp:// or smtps://, as in smtp://127.0.0.1:2525, not "${text}"`);
  }
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new MailConfigError(`SMTP_URL must be a URL such as smtp://127.0.0.1:2525, not "${text}"`);
  }
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    throw new MailConfigError(`SMTP_URL must start with smtp:// or smtps://, not "${url.protocol}//"`);
  }
  if (!url.hostname) throw new MailConfigError(`SMTP_URL names no host: "${text}"`);
  const secure = url.protocol === 'smtps:';
  const user = decodeURIComponent(url.username);
  const password = decodeURIComponent(url.password);
  if (Boolean(user) !== Boolean(password)) throw new MailConfigError('SMTP_URL must give both a user and a password, or neither');
  return {
    host: url.hostname.replace(/^\[(.*)\]$/, '$1'),
    port: url.port ? parsePort(url.port, 'The port in SMTP_URL') : secure ? 465 : 587,
    secure,
    ...(user ? { auth: { user, password } } : {}),
  };
}

function fromParts(env: Env): SmtpSettings {
  const host = present(env.SMTP_HOST);
  if (!host) {
    throw new MailConfigError('Mail is not configured: set SMTP_URL (e.g. smtp://127.0.0.1:2525) or SMTP_HOST with SMTP_PORT');
  }
  const secure = parseSecure(present(env.SMTP_SECURE)) ?? false;
  const portText = present(env.SMTP_PORT);
  const user = present(env.SMTP_USER);
  const password = env.SMTP_PASSWORD;
  if (Boolean(user) !== Boolean(password)) throw new MailConfigError('SMTP_USER and SMTP_PASSWORD must be set together, or neither');
  return {
    host,
    port: portText ? parsePort(portText, 'SMTP_PORT') : secure ? 465 : 587,
    secure,
    ...(user && password ? { auth: { user, password } } : {}),
  };
}

/**
 * Mail settings from the environment: SMTP_URL, or SMTP_HOST / SMTP_PORT / SMTP_SECURE / SMTP_USER / SMTP_PASSWORD,
 * and MAIL_FROM. SMTP_URL wins when both are given, since it is what the embedded start sets for its catcher.
 */
export function loadMailConfig(env: Env): MailConfig {
  const url = present(env.SMTP_URL);
  const smtp = url ? fromUrl(url) : fromParts(env);
  if (url && present(env.SMTP_SECURE) !== undefined) {
    const secure = parseSecure(present(env.SMTP_SECURE));
    if (secure !== smtp.secure) throw new MailConfigError('SMTP_SECURE disagrees with SMTP_URL: use smtps:// for TLS from the start');
  }
  const fromText = present(env.MAIL_FROM) ?? DEFAULT_MAIL_FROM;
  const from = parseMailbox(fromText);
  if (!from) throw new MailConfigError(`MAIL_FROM must be an address such as "Tapestry <no-reply@tapestry.local>", not "${fromText}"`);
  return { smtp, from };
}
