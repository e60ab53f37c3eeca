import { loadMailConfig } from './mail-config';

describe('mail settings from the environment', () => {
  it('reads a catcher URL and falls back to the default sender', () => {
    expect(loadMailConfig({ SMTP_URL: 'smtp://127.0.0.1:2525' })).toEqual({
      smtp: { host: '127.0.0.1', port: 2525, secure: false },
      from: { name: 'Tapestry', address: 'no-reply@tapestry.local' },
    });
  });

  it('takes credentials from the URL, decoded, and TLS from smtps', () => {
    expect(loadMailConfig({ SMTP_URL: 'smtps://mailer%40trust:p%3Ass@smtp.example.nhs.uk', MAIL_FROM: 'no-reply@example.nhs.uk' })).toEqual({
      smtp: { host: 'smtp.example.nhs.uk', port: 465, secure: true, auth: { user: 'mailer@trust', password: 'p:ss' } },
      from: { name: '', address: 'no-reply@example.nhs.uk' },
    });
  });

  it('builds the settings from their parts when there is no URL', () => {
    const config = loadMailConfig({
      SMTP_HOST: 'smtp.example.nhs.uk',
      SMTP_PORT: '587',
      SMTP_SECURE: 'false',
      SMTP_USER: 'tapestry',
      SMTP_PASSWORD: 'secret',
      MAIL_FROM: '"Tapestry, Coaching" <coaching@example.nhs.uk>',
    });
    expect(config).toEqual({
      smtp: { host: 'smtp.example.nhs.uk', port: 587, secure: false, auth: { user: 'tapestry', password: 'secret' } },
      from: { name: 'Tapestry, Coaching', address: 'coaching@example.nhs.uk' },
    });
  });

  it.each([
    [{}, /Mail is not configured: set SMTP_URL/],
    [{ SMTP_URL: '127.0.0.1:2525' }, /SMTP_URL must start with smtp:\/\/ or smtps:\/\//],
    [{ SMTP_URL: 'smtp://mail host:25' }, /SMTP_URL must be a URL such as smtp:\/\/127.0.0.1:2525, not "smtp:\/\/mail host:25"/],
    [{ SMTP_URL: 'http://127.0.0.1:2525' }, /must start with smtp:\/\/ or smtps:\/\/, not "http:\/\/"/],
    [{ SMTP_URL: 'smtp://user@127.0.0.1:2525' }, /both a user and a password/],
    [{ SMTP_HOST: 'smtp.example.nhs.uk', SMTP_PORT: '70000' }, /SMTP_PORT must be a port number from 1 to 65535, not "70000"/],
    [{ SMTP_HOST: 'smtp.example.nhs.uk', SMTP_PORT: '25x' }, /SMTP_PORT must be a port number/],
    [{ SMTP_HOST: 'smtp.example.nhs.uk', SMTP_SECURE: 'sometimes' }, /SMTP_SECURE must be true or false, not "sometimes"/],
    [{ SMTP_HOST: 'smtp.example.nhs.uk', SMTP_USER: 'tapestry' }, /SMTP_USER and SMTP_PASSWORD must be set together/],
    [{ SMTP_URL: 'smtp://127.0.0.1:2525', SMTP_SECURE: 'true' }, /SMTP_SECURE disagrees with SMTP_URL/],
    [{ SMTP_URL: 'smtp://127.0.0.1:2525', MAIL_FROM: 'Tapestry' }, /MAIL_FROM must be an address/],
  ])('refuses %j with a message saying what to fix', (env, message) => {
    expect(() => loadMailConfig(env)).toThrow(message);
  });

  it('defaults the port by whether TLS starts at once', () => {
    expect(loadMailConfig({ SMTP_HOST: 'smtp.example.nhs.uk' }).smtp.port).toBe(587);
    expect(loadMailConfig({ SMTP_HOST: 'smtp.example.nhs.uk', SMTP_SECURE: 'true' }).smtp).toMatchObject({ port: 465, secure: true });
  });
});
