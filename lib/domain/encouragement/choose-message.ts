// The day's message: the pinned one while it is pinned; otherwise one from the situation's pool, picked by a hash of
// the day (so every page and every reload agree) among those not hidden and not shown in the last two weeks. When
// the pool is used up (a long exam week) the ordinary pool fills in; it holds more than 14 messages, so a message
// never comes back within 14 days unless the student hid nearly all of them. A message that claims something about
// the day or the student's history (message.ts `when`) is a candidate only when `facts` say it is true; that holds
// for the pinned one and the fallbacks too, so no untrue message is ever shown.
import { daysBetween, type DayKey } from '../day';
import { MESSAGES, messageById, messagePool } from './library';
import type { Message } from './message';
import { messageFits, NO_FACTS, type MessageFacts } from './message-facts';
import { NO_REPEAT_DAYS, type ShownMessage } from './shown-history';
import type { Situation } from './situation';

export interface MessageChoices {
  /** Messages shown on earlier days (entries for `day` itself or later are ignored, so a reload picks the same). */
  history: readonly ShownMessage[];
  hidden: readonly string[];
  /** '' when none. */
  pinned: string;
}

/** FNV-1a: a small, stable string hash (the same in every browser and in Node). */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** The message for `day`, or null when the student has hidden every candidate. */
export function chooseMessage(
  situation: Situation,
  day: DayKey,
  choices: MessageChoices,
  facts: MessageFacts = NO_FACTS,
): Message | null {
  const hidden = new Set(choices.hidden);
  const shown = (m: Message) => !hidden.has(m.id) && messageFits(m, facts);
  // The pointer to "Get support" after a run of hard evenings comes before a pinned message: it matters more that day.
  const pinned = situation === 'low-mood-run' ? undefined : messageById(choices.pinned);
  if (pinned && shown(pinned)) return pinned;

  const lastShown = new Map<string, DayKey>();
  for (const e of choices.history) {
    const ago = daysBetween(e.day, day);
    if (ago >= 1 && ago < NO_REPEAT_DAYS && (lastShown.get(e.id) ?? '') < e.day) lastShown.set(e.id, e.day);
  }
  const fresh = (pool: Message[]) => pool.filter((m) => shown(m) && !lastShown.has(m.id));
  const pick = (pool: Message[]) => pool[hash(`${day}|${situation}`) % pool.length]!;

  const own = fresh(messagePool(situation));
  if (own.length > 0) return pick(own);
  const ordinary = fresh(messagePool('ordinary'));
  if (ordinary.length > 0) return pick(ordinary);
  // Nearly everything hidden: repeat the visible message of this situation (or any) shown longest ago.
  const visible = messagePool(situation).concat(messagePool('ordinary')).filter(shown);
  const fallback = visible.length > 0 ? visible : MESSAGES.filter(shown);
  if (fallback.length === 0) return null;
  return [...fallback].sort((a, b) => (lastShown.get(a.id) ?? '').localeCompare(lastShown.get(b.id) ?? ''))[0]!;
}
