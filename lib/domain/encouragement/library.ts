// Every encouragement, and each situation's pool.
import type { Message } from './message';
import {
  afterLowScoreMessages,
  examDayMessages,
  examEveMessages,
  examWeekMessages,
  practiceTomorrowMessages,
} from './messages-exams';
import {
  comingBackMessages,
  firstDayMessages,
  hardDayMessages,
  lowMoodRunMessages,
  ordinaryMessages,
  restDayMessages,
  streakMessages,
} from './messages-days';
import type { Situation } from './situation';

export const MESSAGES: readonly Message[] = [
  ...firstDayMessages,
  ...streakMessages,
  ...comingBackMessages,
  ...restDayMessages,
  ...hardDayMessages,
  ...lowMoodRunMessages,
  ...ordinaryMessages,
  ...afterLowScoreMessages,
  ...practiceTomorrowMessages,
  ...examWeekMessages,
  ...examEveMessages,
  ...examDayMessages,
];

export const messagePool = (situation: Situation): Message[] => MESSAGES.filter((m) => m.situation === situation);

export const messageById = (id: string): Message | undefined => MESSAGES.find((m) => m.id === id);
