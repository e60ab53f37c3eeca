import { useState, type FormEvent } from 'react';
import { Navigate, useNavigate, useSearchParams } from 'react-router';
import type { Problem } from '../api/api-error';
import { asApiError } from '../api/use-query';
import { Button, InsetText } from '../components/content';
import { TextInput } from '../components/fields';
import { Page } from '../layout/Page';
import { useSession } from '../session/session-context';

/** Only paths inside the portal: a sign-in link must not be able to send someone elsewhere. */
const safeNext = (next: string | null): string => (next && next.startsWith('/') && !next.startsWith('//') ? next : '/');

export function SignInPage() {
  const { person, signIn, endedBecause } = useSession();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [problems, setProblems] = useState<Problem[]>([]);
  const [busy, setBusy] = useState(false);
  if (person && !busy) return <Navigate to={safeNext(params.get('next'))} replace />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const missing: Problem[] = [];
    if (!email.trim()) missing.push({ message: 'Enter your work email address', code: 'REQUIRED', field: 'email' });
    if (!password) missing.push({ message: 'Enter your password', code: 'REQUIRED', field: 'password' });
    setProblems(missing);
    if (missing.length) return;
    setBusy(true);
    try {
      await signIn(email.trim(), password);
      void navigate(safeNext(params.get('next')), { replace: true });
    } catch (error) {
      // Wrong credentials belong to the form as a whole: saying which field was wrong would tell an attacker which emails exist.
      setProblems(asApiError(error).problems.map((problem) => ({ ...problem, field: problem.code === 'UNAUTHENTICATED' ? 'email' : problem.field })));
    } finally {
      setBusy(false);
    }
  };

  const fieldError = (field: string) => problems.find((problem) => problem.field === field)?.message;
  return (
    <Page title="Sign in to Tapestry" problems={problems}>
      {endedBecause && <InsetText>{endedBecause}</InsetText>}
      <form onSubmit={(event) => void submit(event)} noValidate>
        <TextInput id="email" label="Work email address" type="email" autoComplete="username" spellCheck={false} value={email} onChange={(event) => setEmail(event.target.value)} error={fieldError('email')} />
        <TextInput id="password" label="Password" type="password" autoComplete="current-password" value={password} onChange={(event) => setPassword(event.target.value)} error={fieldError('password')} />
        <Button disabled={busy}>Sign in</Button>
      </form>
    </Page>
  );
}
