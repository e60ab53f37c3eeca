import { join } from 'node:path';
import type { DemoLogins } from './demo-logins';
import type { PlatformConfig } from './platform-config';

export function printBanner(config: PlatformConfig, demo: DemoLogins, firstStart: boolean): void {
  const width = Math.max(...demo.logins.map((login) => login.role.length));
  const lines = [
    '',
    `Tapestry is running (${config.transport} transport${firstStart ? ', demo trust seeded on this first start' : ''}).`,
    '',
    `  Portal:   http://localhost:${config.gatewayPort}/   (sign in with a demo login below)`,
    `  GraphQL:  http://localhost:${config.gatewayPort}/graphql${config.production ? '' : '   (open it in a browser to run queries)'}`,
    `  Data:     ${config.dataDir}   (delete it to start again from empty)`,
    `  Mail:     ${config.smtpUrl ? `sent through ${config.smtpUrl.replace(/\/\/[^@/]*@/, '//')}` : `${join(config.dataDir, 'mail')}   (every mail sent, as .eml files)`}`,
    '',
    `Demo logins (password for all: ${demo.password}):`,
    ...demo.logins.map((login) => `  ${login.role.padEnd(width)}  ${login.email}   ${login.name}`),
    '',
    'Sign in with: mutation { login(email: "...", password: "...") { accessToken } }',
    'then send the token as "Authorization: Bearer <token>". Press Ctrl+C to stop.',
    '',
  ];
  console.log(lines.join('\n'));
}
