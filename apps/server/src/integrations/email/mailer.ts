import type { FastifyBaseLogger } from 'fastify';

/** Shaped like nodemailer's attachment, so the SMTP transport passes it through unchanged. */
export type MailAttachment = { filename: string; content: Buffer; contentType: string };
export type MailMessage = { to: string; subject: string; text: string; html?: string; attachments?: MailAttachment[] };

/** The one way the app sends mail; the email module plugs SMTP in behind this interface. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

/** Default transport until SMTP is configured: the message goes to the server log. */
export class LogMailer implements Mailer {
  constructor(private readonly log: FastifyBaseLogger) {}
  async send(message: MailMessage): Promise<void> {
    // Attachments are logged by name and size: their bytes would flood the log.
    const attachments = message.attachments?.map((a) => ({ filename: a.filename, bytes: a.content.length }));
    this.log.info({ mail: { ...message, attachments } }, `mail to ${message.to}: ${message.subject}`);
  }
}

/** Keeps sent messages in memory: for tests and for a development outbox. */
export class MemoryMailer implements Mailer {
  readonly sent: MailMessage[] = [];
  async send(message: MailMessage): Promise<void> {
    this.sent.push(message);
  }
}
