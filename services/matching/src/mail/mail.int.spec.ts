import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readIcs } from '@tapestry/domain';
import { loadMailConfig } from '@tapestry/mail';
import { introductionMail, sixMonthCheckMail } from './mail-templates';
import { SmtpMailer } from '@tapestry/mail';
import type { PairFacts } from './mail-wording';
import { SmtpCatcher } from '@tapestry/mail';

const pair: PairFacts = {
  relationshipId: 'rel-int-1',
  coachee: { name: 'Asha Patel', email: 'asha.patel@example.nhs.uk' },
  coach: { name: 'Ben Okafor', email: 'ben.okafor@example.nhs.uk' },
  lead: { name: 'Lee Morgan', email: 'lee.morgan@example.nhs.uk' },
  kind: 'coaching',
  programme: 'RETURNERS',
};

/** What the server says to EHLO, read over a plain socket as any client would. */
function ehloReply(port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let greeted = false;
    let reply = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      if (!greeted) {
        greeted = true;
        socket.write('EHLO test.local\r\n');
        return;
      }
      reply += chunk;
      if (/^250 /m.test(reply)) {
        socket.end('QUIT\r\n');
        resolve(reply);
      }
    });
    socket.on('error', reject);
  });
}

describe('mail over SMTP on loopback', () => {
  let catcher: SmtpCatcher;
  let mailer: SmtpMailer;
  let mailDir: string;

  beforeAll(async () => {
    mailDir = await mkdtemp(join(tmpdir(), 'tapestry-mail-'));
    catcher = await SmtpCatcher.start({ mailDir });
    mailer = new SmtpMailer(loadMailConfig({ SMTP_URL: catcher.url, MAIL_FROM: 'Tapestry Coaching <coaching@tapestry.local>' }));
  });

  afterAll(async () => {
    mailer.close();
    await catcher.close();
    await rm(mailDir, { recursive: true, force: true });
  });

  it('delivers the introduction to both, with the chemistry meeting invitation attached', async () => {
    await mailer.verify();
    const sent = await mailer.send(
      introductionMail({ ...pair, introducedAt: '2025-03-20T10:00:00.000Z', chemistryMeetingAt: '2025-04-02T08:00:00.000Z', durationMinutes: 45 }),
    );

    const received = await catcher.waitForMessage((mail) => mail.messageId === sent.messageId);
    expect(received.envelopeTo).toEqual(['asha.patel@example.nhs.uk', 'ben.okafor@example.nhs.uk']);
    expect(received.to).toEqual([
      { name: 'Asha Patel', address: 'asha.patel@example.nhs.uk' },
      { name: 'Ben Okafor', address: 'ben.okafor@example.nhs.uk' },
    ]);
    expect(received.from).toEqual([{ name: 'Tapestry Coaching', address: 'coaching@tapestry.local' }]);
    expect(received.replyTo).toEqual([{ name: 'Lee Morgan', address: 'lee.morgan@example.nhs.uk' }]);
    expect(received.subject).toBe("Introduction: Asha Patel and Ben Okafor, returners' programme");
    expect(received.text).toContain('chemistry meeting on Wednesday 2 April 2025 at 09:00 (BST), for 45 minutes');
    expect(received.headers.get('x-tapestry-relationship')).toBe('rel-int-1');

    const [attachment] = received.attachments;
    expect(attachment.filename).toBe('chemistry-meeting.ics');
    expect(attachment.contentType).toBe('text/calendar');
    expect(received.raw.toString('utf8')).toMatch(/Content-Type: text\/calendar; method=REQUEST; charset=UTF-8/i);
    const ics = readIcs(attachment.content.toString('utf8'));
    expect(ics.find((line) => line.name === 'METHOD')?.value).toBe('REQUEST');
    expect(ics.find((line) => line.name === 'DTSTART')?.value).toBe('20250402T080000Z');
    expect(ics.find((line) => line.name === 'DTEND')?.value).toBe('20250402T084500Z');
    expect(ics.filter((line) => line.name === 'ATTENDEE').map((line) => line.value)).toEqual([
      'mailto:asha.patel@example.nhs.uk',
      'mailto:ben.okafor@example.nhs.uk',
    ]);
  });

  it('keeps each message as an .eml file the lead can open', async () => {
    const sent = await mailer.send(sixMonthCheckMail({ ...pair, introducedAt: '2025-03-20T10:00:00.000Z', sessionsLogged: 4 }));
    const received = await catcher.waitForMessage((mail) => mail.messageId === sent.messageId);

    expect(received.emlPath).toBeDefined();
    expect(await readdir(mailDir)).toContain(received.emlPath?.slice(mailDir.length + 1));
    expect(received.emlPath).toMatch(/-six-months-on-still-meeting\.eml$/);
    const eml = await readFile(received.emlPath ?? '', 'utf8');
    expect(eml).toContain('Subject: Six months on: still meeting?');
    expect(eml).toContain(sent.messageId);
  });

  it('takes messages sent at once, each kept in a file of its own', async () => {
    const before = catcher.messages().length;
    const sends = [1, 2, 3].map((n) => mailer.send(sixMonthCheckMail({ ...pair, relationshipId: `rel-burst-${n}`, introducedAt: '2025-03-20T10:00:00.000Z', sessionsLogged: n })));
    const sent = await Promise.all(sends);
    const received = await Promise.all(sent.map(({ messageId }) => catcher.waitForMessage((mail) => mail.messageId === messageId)));
    expect(received.map((mail) => mail.headers.get('x-tapestry-relationship'))).toEqual(['rel-burst-1', 'rel-burst-2', 'rel-burst-3']);
    expect(new Set(received.map((mail) => mail.emlPath)).size).toBe(3);
    expect(catcher.messages().length).toBe(before + 3);
  });

  it('offers neither STARTTLS nor AUTH, since it listens on loopback only', async () => {
    const reply = await ehloReply(catcher.port);
    expect(reply).toMatch(/^250/m);
    expect(reply).not.toMatch(/STARTTLS/);
    expect(reply).not.toMatch(/AUTH/);
  });

  it('says what it did receive when the awaited message never comes', async () => {
    await expect(catcher.waitForMessage((mail) => mail.subject === 'Never sent', 200)).rejects.toThrow(
      /No matching mail arrived within 200 ms; received: "Introduction: Asha Patel/,
    );
  });

  it('reports a server that is not there as a failed send', async () => {
    const closed = await SmtpCatcher.start();
    const url = closed.url;
    await closed.close();
    const nowhere = new SmtpMailer(loadMailConfig({ SMTP_URL: url }));
    await expect(nowhere.send(sixMonthCheckMail({ ...pair, introducedAt: '2025-03-20T10:00:00.000Z', sessionsLogged: 0 }))).rejects.toThrow(/ECONNREFUSED/);
    nowhere.close();
  });
});
