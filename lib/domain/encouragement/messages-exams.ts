// Messages around the exam and the practice exams. Same voice as messages-days.ts; a score is information, never a
// verdict, and readiness is never promised. Append only (ids are stable, see message.ts).
import { messagesFor } from './message';

export const afterLowScoreMessages = messagesFor('after-low-score', 'low', [
  "A practice score is information, not a verdict. Go through the form's areas and note the two weakest; they shape the next week.",
  'The number stings. Before deciding anything, review every question you missed and sort each miss by why: knowledge, misreading, reasoning or time.',
  'One form is one day. Look at the trend across forms, and talk the result through with your advisor or tutor if you can.',
  'Lower than you hoped. That is a reason to adjust the plan, not to drop it: more time on the weak areas, the same daily rhythm.',
  "It is fine to feel flat today. Do a lighter version of the list if you need to, but do review the form's misses.",
  'The distance between this score and where you want to be can be measured, so it can be worked on. Start with the area that cost the most points.',
  'If the score makes you doubt your exam date, write the question down and take it to your advisor this week. Decide with numbers, not at midnight.',
]);

export const practiceTomorrowMessages = messagesFor('practice-exam-tomorrow', 'practice-eve', [
  {
    text: 'Practice exam tomorrow. Keep today light, set up a quiet place, and sit it in real timing so the result means something.',
    when: 'light-day',
  },
  "Tomorrow's form is a check-up, not a trial. Sleep at your usual time and eat as you would on exam day.",
  'Rehearse the logistics tonight: breaks, snacks, water, the timer. Tomorrow is practice for the day as much as for the questions.',
  "Whatever tomorrow's score is, the useful part comes after: reviewing every incorrect answer. Keep room for that the day after.",
  'A calm evening before a practice form is part of the practice. Stop studying at a set time tonight.',
  'Tomorrow shows how the last weeks are landing. Go in curious rather than afraid; it is a measurement you chose to take.',
  // For a full day before the form: the light-day message above does not fit it.
  "Practice exam tomorrow. Finish today's list, then stop at a set time and set up a quiet place, so tomorrow's result means something.",
]);

export const examWeekMessages = messagesFor('exam-week', 'exam-week', [
  'Exam week. The heavy lifting is behind you; this week is for light review, sleep and keeping your rhythm.',
  'This week, trust the work you have logged. New resources mostly add noise now; go back to your own notes on past misses.',
  'Keep blocks short and timed this week, and stop while you still feel sharp.',
  'Check the logistics early: the test centre, the route, your ID, the confirmation. Small certainties free up attention.',
  'Nerves often rise this week. A walk, or a call with someone in your corner, is a good use of an hour.',
  {
    text: "You know this exam's format from the inside. Practise the pacing you planned, block by block.",
    when: 'failed-current-format',
  },
  'This week is not for catching up on everything. Pick a few high-yield weak spots and let the rest go.',
  {
    // For someone who failed before the format changed (lib/domain/profiles/exam-formats.ts).
    text: 'The blocks are shorter than when you last sat this exam: 30 minutes each now. Time your blocks this week in that shape, so the pacing feels familiar on the day.',
    when: 'failed-previous-format',
  },
]);

export const examEveMessages = messagesFor('exam-eve', 'exam-eve', [
  'Tomorrow is the exam. Tonight: lay out your ID and food, set two alarms, and go to bed at your usual time.',
  'No new material tonight. A light look at your own summary sheet is the most it needs.',
  { text: 'You prepared differently this time, and you know how. Let the evening be quiet.', when: 'prepared' },
  'If your mind races tonight, write down what is on it and put the paper away. Tomorrow you take it one block at a time.',
  'Tomorrow will have hard questions; every form did too. Mark them, move on, and keep your pace.',
  'Whatever the last weeks held, tonight is for rest. Lay out what you need, and go to bed at your usual time.',
]);

export const examDayMessages = messagesFor('exam-day', 'exam-day', [
  'Today is the day. Eat, arrive early, and take your breaks even if you feel fine.',
  'One block at a time today. A hard block says nothing about the next one.',
  {
    text: 'Going back in after a failed attempt takes nerve. Whatever today holds, you prepared for it properly.',
    when: 'prepared',
  },
  'Use the breaks you planned: stand up, drink water, eat something. Pacing the day is part of the test.',
  'Going back in after a failed attempt takes nerve, and you are doing it. Take the day one block at a time.',
]);
