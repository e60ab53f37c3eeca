export type { MailAddress } from './mail-address';
export { isMailAddress, parseMailbox } from './mail-address';
export { DEFAULT_MAIL_FROM, loadMailConfig, MailConfigError } from './mail-config';
export type { MailConfig, SmtpSettings } from './mail-config';
export { ICS_REQUEST_CONTENT_TYPE, SmtpMailer } from './mailer';
export type { Mailer, MailAttachment, OutgoingMail, SentMail } from './mailer';
export { SmtpCatcher } from './smtp-catcher';
export type { CaughtAttachment, CaughtMail, SmtpCatcherOptions } from './smtp-catcher';
