import net from 'node:net';
import { loadConfig } from '../../platform/config.js';
import { mailerFor } from '../../subgraphs/kit/mail.js';
import { verificationMail } from '../../subgraphs/partners/domain/mails.js';

interface Received { from: string; to: string[]; data: string }

/** A loopback SMTP receiver (RFC 5321, the plain subset nodemailer speaks without STARTTLS or AUTH). */
async function smtpReceiver() {
  const received: Received[] = [];
  const server = net.createServer((socket) => {
    let buffer = '';
    let inData = false;
    let current: Received = { from: '', to: [], data: '' };
    socket.write('220 test.local ESMTP\r\n');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      for (;;) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end < 0) return;
          current.data = buffer.slice(0, end);
          buffer = buffer.slice(end + 5);
          inData = false;
          received.push(current);
          current = { from: '', to: [], data: '' };
          socket.write('250 2.0.0 queued\r\n');
          continue;
        }
        const line = buffer.indexOf('\r\n');
        if (line < 0) return;
        const command = buffer.slice(0, line);
        buffer = buffer.slice(line + 2);
        const verb = command.slice(0, 4).toUpperCase();
        if (verb === 'EHLO' || verb === 'HELO') socket.write('250 test.local\r\n');
        else if (verb === 'MAIL') { current.from = command.replace(/^MAIL FROM:\s*/i, ''); socket.write('250 2.1.0 ok\r\n'); }
        else if (verb === 'RCPT') { current.to.push(command.replace(/^RCPT TO:\s*/i, '')); socket.write('250 2.1.5 ok\r\n'); }
        else if (verb === 'DATA') { inData = true; socket.write('354 go ahead\r\n'); }
        else if (verb === 'QUIT') { socket.end('221 bye\r\n'); return; }
        else socket.write('250 ok\r\n');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, received, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe('the mail port over SMTP (issue 4: real email)', () => {
  it('MAIL_SMTP_URL sends the enrollment verification email through an SMTP server, link intact', async () => {
    const receiver = await smtpReceiver();
    try {
      const mailer = mailerFor(loadConfig({ MAIL_SMTP_URL: receiver.url, MAIL_FROM: 'Partner Center <no-reply@partner-graph.test>' }));
      const message = verificationMail({ to: 'partners@tailspin.it', companyName: 'Tailspin Toys', url: 'https://partner.example/verify?token=abc123',
        expiresAt: new Date('2026-12-01T00:00:00Z') });
      await mailer.send(message);
      expect(receiver.received).toHaveLength(1);
      const [mail] = receiver.received;
      expect(mail.from).toBe('<no-reply@partner-graph.test>');
      expect(mail.to).toEqual(['<partners@tailspin.it>']);
      expect(mail.data).toContain(`Subject: ${message.subject}`);
      // quoted-printable body: soft line breaks and =XX escapes
      const body = mail.data.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
      expect(body).toContain('https://partner.example/verify?token=abc123');
    } finally {
      await receiver.close();
    }
  });

  it('a refused recipient is an error the caller sees (sends happen after commit and are logged, §3.1 row 7)', async () => {
    const server = net.createServer((socket) => {
      socket.write('220 test.local ESMTP\r\n');
      socket.on('data', (chunk) => {
        const command = chunk.toString('utf8').slice(0, 4).toUpperCase();
        socket.write(command === 'RCPT' ? '550 5.1.1 no such user\r\n' : command === 'QUIT' ? '221 bye\r\n' : '250 ok\r\n');
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as net.AddressInfo;
      const mailer = mailerFor(loadConfig({ MAIL_SMTP_URL: `smtp://127.0.0.1:${port}` }));
      await expect(mailer.send({ to: 'nobody@tailspin.it', subject: 's', text: 't' })).rejects.toThrow(/550|no such user|recipient/i);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('production refuses to run without an SMTP server', () => {
    expect(() => mailerFor(loadConfig({ NODE_ENV: 'production' }))).toThrow(/MAIL_SMTP_URL/);
  });
});
