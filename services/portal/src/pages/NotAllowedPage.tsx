import { Link } from 'react-router';
import { Page } from '../layout/Page';

/** What a person sees on a page their role does not cover: a plain statement, none of the page's content. */
export function NotAllowedPage() {
  return (
    <Page title="You cannot see this page">
      <p>Your role in Tapestry does not include this page. If you think it should, ask your organisation’s Tapestry administrator.</p>
      <p>
        <Link to="/">Go to your home page</Link>
      </p>
    </Page>
  );
}
