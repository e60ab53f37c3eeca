/** Said plainly before anyone raises a concern: what to do first when someone is at risk, who will read it, and what happens next. */
export function ConcernAudience() {
  return (
    <>
      <div className="nhsuk-card nhsuk-card--warning">
        <div className="nhsuk-card__content">
          <h2 className="nhsuk-card__heading">
            <span role="text">
              <span className="nhsuk-u-visually-hidden">Important: </span>If someone is in danger now
            </span>
          </h2>
          <p className="nhsuk-card__description">
            Call 999. For any safeguarding concern, also follow your organisation&apos;s safeguarding procedure and tell its safeguarding lead today. Raising a concern here does not
            replace that: it makes sure your supervisor knows and can support you.
          </p>
        </div>
      </div>
      <h2 className="nhsuk-heading-m">Who will see it</h2>
      <ul className="nhsuk-list nhsuk-list--bullet">
        <li>Your supervisor (every supervisor you have now).</li>
        <li>Your programme lead as well, if your organisation has chosen to send concerns to them.</li>
        <li>Nobody else. Tapestry does not tell the person it is about, your line manager or theirs; your supervisor may need to involve others if someone is at risk.</li>
      </ul>
      <h2 className="nhsuk-heading-m">What happens next</h2>
      <p className="nhsuk-body">
        Your supervisor reads it and talks it through with you. When they have dealt with it they mark it resolved and say how; you will see that on the concerns page. You cannot change or
        withdraw a concern once it is sent, so if anything changes, tell your supervisor.
      </p>
    </>
  );
}
