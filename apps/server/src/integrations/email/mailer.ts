import type { FastifyBaseLogger } from 'fastify';

export type MailMessage = { to: string; subject: string; text: string; html?: string };

/** The one way the app sends mail; the email module plugs SMTP in behind this interface. */
export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

/** Default transport until SMTP is configured: the message goes to the server log. */
export class LogMailer implements Mailer {
  constructor(private readonly log: FastifyBaseLogger) {}
  async send(message: MailMessage): Promise<void> {
    this.log.info({ mail: message }, `mail to ${message.to}: ${message.subject}`);
  }
}

/** Keeps sent messages in memory: for tests and for a development outbox. */
export class MemoryMailer implements Mailer {
  readonly sent: MailMessage[] = [];
  async send(message: MailMessage): Promise<void> {
    this.sent.push(message);
  }
}
