// What a page shows instead of going blank when it cannot be drawn (a record it cannot read, a database that will
// not open): what happened, in plain words, and a way out that keeps the student's data.
export function PageTrouble({ what, settingsHref }: { what: string; settingsHref: string }) {
  return (
    <main class="page-trouble">
      <h1>Something went wrong</h1>
      <p role="alert">{what} could not be shown. Nothing was changed or deleted.</p>
      <p>
        <a href={`${settingsHref}#backup`}>Open Settings and use Export backup</a> to keep a copy of everything, then
        reopen this page. If it happens again, an older version may have left a record this one cannot read.
      </p>
    </main>
  );
}
