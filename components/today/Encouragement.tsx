import type { Message } from '../../lib/domain/encouragement/message';

export interface EncouragementProps {
  /** undefined while the message library loads (just after the first paint): the region is there, its text follows. */
  message: Message | undefined;
  pinned: boolean;
  onPin: (id: string) => void;
  onUnpin: () => void;
  onHide: (id: string) => void;
}

/** The day's message, with Pin (keep it until unpinned) and Hide (never again). */
export function Encouragement({ message, pinned, onPin, onUnpin, onHide }: EncouragementProps) {
  if (!message) {
    return (
      <section class="encouragement loading" aria-label="Encouragement" aria-busy="true">
        <p class="encouragement-text" />
      </section>
    );
  }
  return (
    <section class="encouragement" aria-label="Encouragement">
      <p class="encouragement-text">{message.text}</p>
      {pinned && <p class="encouragement-pinned">Pinned: it stays until you unpin it.</p>}
      <div class="encouragement-actions">
        {pinned ? (
          <button type="button" onClick={onUnpin}>
            Unpin
          </button>
        ) : (
          <button type="button" onClick={() => onPin(message.id)}>
            Pin
          </button>
        )}
        <button type="button" onClick={() => onHide(message.id)}>
          Hide
        </button>
      </div>
    </section>
  );
}
