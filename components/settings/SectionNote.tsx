/** Why a section shows what it shows now: read again after another tab's write (status), or a refused save (alert). */
export function SectionNote({ note, alert }: { note: string; alert: boolean }) {
  return note ? (
    <p role={alert ? 'alert' : 'status'} class="slot-note">
      {note}
    </p>
  ) : null;
}
