import type { ComponentChildren } from 'preact';
import type { Message } from '../../lib/domain/encouragement/message';
import type { TodayView } from '../../lib/domain/today/today-view';
import type { Task } from '../../lib/domain/types';
import { dayLabel, weekdayName } from '../../lib/domain/format/day-words';
import { Countdown } from './Countdown';
import { Encouragement } from './Encouragement';
import { NowCard } from './NowCard';
import { OtherDay } from './OtherDay';
import { ProgressMeters } from './ProgressMeters';
import { TaskList } from './TaskList';

export interface TodayContentProps {
  view: TodayView;
  /** The day's message once the library is loaded; null when every candidate is hidden. */
  message?: Message | null;
  examDate: string;
  settingsHref: string;
  compact?: boolean;
  /** The focus control, drawn in the "Now" card. */
  focus?: ComponentChildren;
  onToggle: (taskId: string, done: boolean) => void;
  /** Starts a focus block on one of today's tasks (each has a "Focus on <title>" button when given). */
  onFocusTask?: (task: Task) => void;
  onPin: (id: string) => void;
  onUnpin: () => void;
  onHide: (id: string) => void;
}

/** The today view for each state: set-up, after the exam, a rest day, a study day. */
export function TodayContent({
  view,
  message,
  examDate,
  settingsHref,
  compact,
  focus,
  onToggle,
  onFocusTask,
  onPin,
  onUnpin,
  onHide,
}: TodayContentProps) {
  if (view.state !== 'day')
    return (
      <div class="today">
        <OtherDay view={view} settingsHref={settingsHref} />
        {focus && <div class="today-card focus-card">{focus}</div>}
      </div>
    );
  const next = view.nextStudyDay;
  return (
    <div class={compact ? 'today compact' : 'today'}>
      <NowCard view={view} compact={compact} focus={focus} />
      <Countdown
        countdown={view.countdown}
        phase={view.phase}
        nextPracticeExam={view.nextPracticeExam}
        examDay={view.examDay}
        examDate={examDate}
        runway={view.runway}
        compact={compact}
      />
      <section class="today-card tasks-card" aria-labelledby="today-title">
        <h2 id="today-title">
          {view.examDay ? 'Exam day' : view.restDay ? 'Rest day' : 'Today'}{' '}
          <span class="muted">{dayLabel(view.today)}</span>
        </h2>
        {view.examDay ? (
          <p class="rest-note">Nothing else is planned today. Take the breaks you planned, and one block at a time.</p>
        ) : (
          view.restDay && <p class="rest-note">Nothing to study today: rest is part of the plan.</p>
        )}
        {view.tasks.length > 0 && (
          <TaskList
            tasks={view.tasks}
            label="Today's tasks"
            onToggle={onToggle}
            onFocus={view.examDay || view.restDay ? undefined : onFocusTask}
            compact={compact}
          />
        )}
        {!view.restDay && !view.examDay && <ProgressMeters day={view.dayProgress} week={view.weekProgress} />}
        {next && (
          <>
            <h3 class="next-day-title">Next study day: {dayLabel(next.day)}</h3>
            <TaskList tasks={next.tasks} label={`${weekdayName(next.day)}'s tasks`} onToggle={onToggle} compact />
          </>
        )}
      </section>
      {message !== null && (
        <Encouragement
          message={message}
          pinned={message?.id === view.messageChoices.pinned}
          onPin={onPin}
          onUnpin={onUnpin}
          onHide={onHide}
        />
      )}
    </div>
  );
}
