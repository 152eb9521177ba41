// Everything the new tab and the popup show, from one read of the database, in one pure pass.
import { addDays, daysBetween, type DayKey } from '../day';
// The situation only: the message library is loaded after the first paint (components/today/TodayPanel.tsx).
import type { MessageChoices } from '../encouragement/choose-message';
import type { MessageFacts } from '../encouragement/message-facts';
import { situationOf, type Situation } from '../encouragement/situation';
import type { LatestMood } from '../progress/latest-mood';
import { examDateLimitProblem } from '../limits';
import type { AppState } from '../app-state';
import { isOnboarded, type Settings } from '../settings';
import type { Assessment, Attempt, QuestionLog, Task } from '../types';
import { countdownText, daysToExam } from './countdown';
import { goAheadLevels } from '../readiness/go-ahead';
import { isLowScore } from './low-score';
import { messageFactsOf } from './message-facts';
import { nextPracticeExam, type NextPracticeExam } from './next-practice-exam';
import { phaseNameOn } from './phase-name';
import { missedDays, streakDays, studiedDays } from './study-days';
import { dayProgress, weekProgress, type TaskProgress } from './task-progress';
import { isRestLike } from '../task-kinds';
import { SUPPORT_MESSAGE_PREFIX, supportMessageDue, type MoodOnDay } from '../wellbeing/low-mood-run';

export interface TodayRecords {
  settings: Settings;
  /** The encouragements pinned, hidden and shown lately, and the replan news (lib/domain/app-state.ts). */
  appState: AppState;
  today: DayKey;
  /** Tasks from two weeks back to two weeks ahead (lib/db/read-today.ts). */
  tasks: readonly Task[];
  assessments: readonly Assessment[];
  /** Question blocks logged this week and the two weeks before (lib/db/read-today.ts); absent in a snapshot kept
   * before they were read. */
  logs?: readonly QuestionLog[];
  /** The past attempts (the format the student failed in); absent in records read before they were. */
  attempts?: readonly Attempt[];
  latestMood: LatestMood | null;
  /** The evening moods of the last seven days (the "Get support" pointer); absent in records read before them. */
  recentMoods?: readonly MoodOnDay[];
}

export interface DayView {
  state: 'day';
  today: DayKey;
  /** Today's tasks in order, done ones included. */
  tasks: Task[];
  /** Nothing to study today; `nextStudyDay` then holds what comes next. */
  restDay: boolean;
  nextStudyDay: { day: DayKey; tasks: Task[] } | null;
  examDay: boolean;
  /** "12 days to your exam"; on the exam day, "Exam day". */
  countdown: string;
  phase: { name: string; aim: string };
  nextPracticeExam: NextPracticeExam | null;
  dayProgress: TaskProgress;
  weekProgress: TaskProgress;
  situation: Situation;
  /** What the day's message is chosen from, with `chooseMessage` (lib/domain/encouragement). */
  messageChoices: MessageChoices;
  /** What today's message may claim (a light day, preparation the logs support, the format failed in). */
  messageFacts: MessageFacts;
  /** The first task not done yet (the focus control starts a block on it, as long as the task or shorter). */
  nextTask: { id: string; title: string; minutes: number } | undefined;
  /** Where today sits in the plan: day `day` of `days`, the exam day the last (the countdown's picture). */
  runway: { day: number; days: number };
}

/** `bad-exam-date`: the stored exam date is out of the app's limits (an old version or a clock far ahead let it in);
 * nothing is counted from it, and the page says what to fix. */
export type TodayView =
  | { state: 'setup' }
  | { state: 'after-exam'; examDate: DayKey; daysSince: number }
  | { state: 'bad-exam-date'; message: string }
  | DayView;

const byOrder = (a: Task, b: Task) => a.order - b.order;
const isWork = (t: Task) => !isRestLike(t.kind) && t.status !== 'skipped';

/** The last day the pointer to "Get support" was shown, from the two weeks of shown messages. */
const lastSupportMessage = (shown: readonly { day: DayKey; id: string }[]): DayKey | null =>
  shown
    .filter((e) => e.id.startsWith(`${SUPPORT_MESSAGE_PREFIX}-`))
    .map((e) => e.day)
    .sort()
    .pop() ?? null;

export function todayView(r: TodayRecords): TodayView {
  const { settings, today } = r;
  if (!isOnboarded(settings)) return { state: 'setup' };
  const outOfRange = examDateLimitProblem(settings.examDate, today, settings.startDate);
  if (outOfRange) return { state: 'bad-exam-date', message: `Your exam date: ${outOfRange}` };
  const toExam = daysToExam(today, settings.examDate);
  if (toExam < 0) return { state: 'after-exam', examDate: settings.examDate, daysSince: -toExam };

  const tasks = r.tasks.filter((t) => t.day === today).sort(byOrder);
  const restDay = !tasks.some(isWork);
  const nextDay = r.tasks
    .filter((t) => t.day > today && isWork(t))
    .map((t) => t.day)
    .sort()[0];
  const studied = studiedDays(r.tasks);
  const sortedExams = [...r.assessments].sort(
    (a, b) => a.day.localeCompare(b.day) || a.createdAt.localeCompare(b.createdAt),
  );
  const lastExam = sortedExams[sortedExams.length - 1];
  const situation = situationOf({
    today,
    startDate: settings.startDate,
    examDate: settings.examDate,
    restDay,
    streakDays: streakDays(settings, studied, today),
    missedDays: missedDays(settings, studied, today),
    lastPractice: lastExam ? { day: lastExam.day, low: isLowScore(sortedExams, goAheadLevels(settings)) } : null,
    practiceExamTomorrow: r.tasks.some(
      (t) => t.kind === 'practice-exam' && t.status === 'todo' && t.day === addDays(today, 1),
    ),
    latestMood: r.latestMood,
    supportDue: supportMessageDue(r.recentMoods ?? [], today, lastSupportMessage(r.appState.shownMessages)),
  });
  const next = tasks.find((t) => t.status === 'todo' && !isRestLike(t.kind));
  return {
    state: 'day',
    today,
    tasks,
    restDay,
    nextStudyDay:
      restDay && nextDay ? { day: nextDay, tasks: r.tasks.filter((t) => t.day === nextDay).sort(byOrder) } : null,
    examDay: toExam === 0,
    countdown: toExam === 0 ? 'Exam day' : countdownText(toExam, settings.examBooked),
    phase: phaseNameOn(today, settings.startDate, settings.examDate),
    nextPracticeExam: nextPracticeExam(r.tasks, today),
    dayProgress: dayProgress(r.tasks, r.logs ?? [], today),
    weekProgress: weekProgress(r.tasks, r.logs ?? [], today),
    situation,
    messageChoices: {
      history: r.appState.shownMessages,
      hidden: r.appState.hiddenMessageIds,
      pinned: r.appState.pinnedMessageId,
    },
    messageFacts: messageFactsOf({ ...r, logs: r.logs ?? [], attempts: r.attempts ?? [] }),
    nextTask: next ? { id: next.id, title: next.title, minutes: next.minutes } : undefined,
    runway: {
      day: Math.max(1, daysBetween(settings.startDate, today) + 1),
      days: Math.max(1, daysBetween(settings.startDate, settings.examDate) + 1),
    },
  };
}
