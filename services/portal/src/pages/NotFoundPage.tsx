import { Link } from 'react-router';
import { Page } from '../layout/Page';

export function NotFoundPage() {
  return (
    <Page title="Page not found">
      <p>If you typed the web address, check it is correct. If you pasted it, check you copied the whole address.</p>
      <p>
        <Link to="/">Go to your home page</Link>
      </p>
    </Page>
  );
}
