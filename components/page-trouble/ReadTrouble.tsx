// What a page or a section shows when its data cannot be read or the database will not open (a newer version's data,
// a full disk, the browser's storage turned off): calm, plain, what to do, never the browser's own error text. Small
// on purpose, so that each page can place and style it (class `read-trouble`).
export interface ReadTroubleProps {
  /** What could not be shown: "Today's plan", "Your settings". */
  what: string;
  /** The settings page, for the way out through Export backup; left out on the settings page itself. */
  settingsHref?: string;
}

export function ReadTrouble({ what, settingsHref }: ReadTroubleProps) {
  return (
    <div class="read-trouble" role="alert">
      <p>
        <strong>{what} could not be shown just now.</strong> Nothing was changed or deleted.
      </p>
      <p>
        Close this page and open it again. If that does not help, close every Retake Coach tab and restart the browser.
        {settingsHref && (
          <>
            {' '}
            To keep a copy of everything, <a href={`${settingsHref}#backup`}>open Settings and use Export backup</a>.
          </>
        )}
      </p>
    </div>
  );
}
