// What a whole page shows instead of going blank when it cannot be drawn (a record it cannot read, a database that
// will not open): the calm message of ReadTrouble under the app's name.
import { ReadTrouble } from './ReadTrouble';

export function PageTrouble({ what, settingsHref }: { what: string; settingsHref: string }) {
  return (
    <main class="page-trouble">
      <h1>Retake Coach</h1>
      <ReadTrouble what={what} settingsHref={settingsHref} />
    </main>
  );
}
