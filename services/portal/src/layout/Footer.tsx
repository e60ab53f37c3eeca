export function Footer() {
  return (
    <footer className="nhsuk-footer" role="contentinfo">
      <div className="nhsuk-width-container">
        <div className="nhsuk-footer__meta">
          <h2 className="nhsuk-u-visually-hidden">Support links</h2>
          <p className="nhsuk-body-s">
            Tapestry keeps what is said in coaching private: programme figures are shown only in aggregate, with small numbers suppressed.
          </p>
        </div>
      </div>
    </footer>
  );
}
