import { useEffect, useState } from 'preact/hooks';
import type { Supporter, SupporterRole } from '../../lib/domain/settings';
import { CrisisLines } from './CrisisLines';
import { SchoolServiceForm } from './SchoolServiceForm';
import type { SupportSource, WellbeingService } from './support-source';
import './support.css';

const ROLE_NAMES: Record<SupporterRole, string> = {
  advisor: 'advisor',
  dean: 'dean',
  tutor: 'tutor',
  'study-partner': 'study partner',
  friend: 'friend or family',
  other: 'someone in your corner',
};

function People({ supporters, settingsHref }: { supporters: readonly Supporter[]; settingsHref: string }) {
  const named = supporters.filter((s) => s.name.trim() !== '');
  return (
    <section class="support-part" aria-labelledby="people-heading">
      <h2 id="people-heading">Your people</h2>
      {named.length > 0 ? (
        <>
          <ul class="support-people">
            {named.map((s, i) => (
              <li key={`${s.name}-${i}`}>
                <strong>{s.name}</strong>, your {ROLE_NAMES[s.role]}
              </li>
            ))}
          </ul>
          <p>A short message is enough: "This week has been hard. Could we talk?"</p>
        </>
      ) : (
        <p>
          You have not named anyone yet. An advisor, a friend or a study partner can make the hard weeks lighter; add
          them under "Alongside your studies" in{' '}
          <a href={settingsHref} target="_blank" rel="noopener">
            Settings
          </a>
          .
        </p>
      )}
    </section>
  );
}

/** "Get support": crisis lines first, then the student's own people and their school's service. Kind and plain; it
 * points to people who can help and gives no medical advice. */
export function SupportPage({ source, settingsHref }: { source: SupportSource; settingsHref: string }) {
  const [data, setData] = useState<{ supporters: Supporter[]; wellbeingService: WellbeingService } | undefined>();
  const [unreadable, setUnreadable] = useState(false);
  useEffect(() => {
    const read = () =>
      source.read().then(
        (d) => {
          setData(d);
          setUnreadable(false);
        },
        () => setUnreadable(true),
      );
    void read();
    return source.subscribe(() => void read());
  }, [source]);

  return (
    <main class="support-page">
      <h1>Get support</h1>
      <p class="support-lead">
        Retaking an exam is hard, and you do not have to do it alone. These are people and places you can turn to.
      </p>
      <CrisisLines />
      {unreadable && (
        <p class="support-part">Your saved people could not be read just now; the lines above are always here.</p>
      )}
      {data && (
        <>
          <People supporters={data.supporters} settingsHref={settingsHref} />
          <SchoolServiceForm
            stored={data.wellbeingService}
            onSave={(service) => source.save(service, data.wellbeingService).then(() => undefined)}
          />
        </>
      )}
      <p class="support-note">
        Retake Coach is a study planner. This page points to people who can help; it is not medical advice.
      </p>
    </main>
  );
}
