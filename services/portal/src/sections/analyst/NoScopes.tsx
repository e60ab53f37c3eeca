import { InsetText } from '../../components/content';
import { Page } from '../../layout/Page';
import { analystSection } from './section';

/** For someone whose roles reach the section but cover no scope figures can be read for. */
export function NoScopes({ title }: { title: string }) {
  return (
    <Page title={title} section={analystSection}>
      <InsetText>
        <p>You do not hold an analyst, programme lead or admin role over any organisation or consortium, so there are no figures to show you.</p>
      </InsetText>
    </Page>
  );
}
