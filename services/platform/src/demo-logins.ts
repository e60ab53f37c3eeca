/** What identity's demo seed writes to demo-logins.json on first start: a login per role, one password. */
export interface DemoLogins {
  password: string;
  logins: { role: string; email: string; name: string }[];
}
