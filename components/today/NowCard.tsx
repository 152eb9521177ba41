import type { ComponentChildren } from 'preact';
import { formatMinutes } from '../../lib/domain/format/duration-words';
import type { DayView } from '../../lib/domain/today/today-view';
import { DayRing } from './DayRing';

export interface NowCardProps {
  view: DayView;
  compact?: boolean;
  /** The focus control (loaded after the first paint; its place is kept so nothing jumps when it comes). */
  focus?: ComponentChildren;
}

/** What to do now: the next task, a Start button and what is left of the day, in words and as a ring. */
export function NowCard({ view, compact, focus }: NowCardProps) {
  const { minutesDone, minutesPlanned } = view.dayProgress;
  const left = Math.max(0, minutesPlanned - minutesDone);
  const study = !view.restDay && !view.examDay;
  const what = view.examDay
    ? 'Exam day: one block at a time.'
    : view.restDay
      ? 'Rest day: nothing to study today.'
      : !view.nextTask && 'Everything planned for today is done.';
  return (
    <section class={compact ? 'today-card now-card compact' : 'today-card now-card'} aria-labelledby="now-title">
      <div class="now-head">
        <div class="now-what">
          {/* The card's name for screen readers; on screen "Next up" (or the day's state) says it. */}
          <h2 id="now-title" class="visually-hidden">
            Now
          </h2>
          {what ? (
            <p class="now-task">{what}</p>
          ) : (
            <p class="now-task">
              <span class="now-label card-kicker">Next up: </span>
              {/* At most two lines on screen (today.css); the whole title is still read out. */}
              <span class="now-title">{view.nextTask?.title}</span>
            </p>
          )}
          {study && (
            <p class="now-left">
              {left > 0 ? `${formatMinutes(left)} of study left today` : 'Today’s planned time is done.'}
            </p>
          )}
        </div>
        {study && <DayRing done={minutesDone} planned={minutesPlanned} size={compact ? 56 : 88} />}
      </div>
      <div class="now-focus">{focus}</div>
    </section>
  );
}
