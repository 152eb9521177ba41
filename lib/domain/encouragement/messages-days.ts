// Messages for the everyday moments of a retake plan. Written for someone who failed once and is trying again: warm,
// specific, honest; study strategy only (reflect, weak areas, every incorrect reviewed, timed blocks, people, rest),
// no promises of a pass and no health advice. Append only (ids are stable, see message.ts).
import { SUPPORT_MESSAGE_PREFIX } from '../wellbeing/low-mood-run';
import { messagesFor } from './message';

export const firstDayMessages = messagesFor('first-day', 'first-day', [
  'Day one of the retake. You already know what this exam feels like from the inside, and that is worth something. Start with the reflection: what happened last time, in a few honest lines.',
  'Today is for setting up, not for proving anything. Look at the areas your score report marked lower and let the plan carry the rest.',
  'Failing once showed you where the gaps were; it did not decide whether you can close them. Today you start closing them, one task at a time.',
  'If you can, book a short meeting with your advisor or dean this week. Saying the plan out loud to someone makes it real, and they have seen students through this before.',
  "A steady start beats a frantic one. Do today's tasks at an even pace and stop when they are done.",
  'Before you open the question bank, write down how you studied the first time. Keep what worked; today you decide what changes.',
  {
    // For someone who failed before the format changed (lib/domain/profiles/exam-formats.ts).
    text: 'The exam has changed shape since your attempt: shorter, 30-minute blocks now. Sit the official tutorial and sample in the new format early, so the screen holds no surprises.',
    when: 'failed-previous-format',
  },
]);

export const streakMessages = messagesFor('streak', 'streak', [
  'Several study days in a row now. That steadiness is what a retake is built from, more than any single great day.',
  'You keep showing up. Keep the same rhythm today; there is nothing extra to prove.',
  "A good run. When today's blocks are done, review every incorrect answer before you call it a day.",
  'A run of finished days is a good moment to check the weak areas: are the ones your score report marked lower getting their share?',
  "You are holding a routine day after day. Protect tonight's sleep so tomorrow can look like today.",
  'Days like these add up even when they feel ordinary. Keep your blocks timed; the exam will be.',
  'If someone studies alongside you, tell them how the week is going. A little shared momentum goes a long way.',
]);

export const comingBackMessages = messagesFor('coming-back', 'back', [
  'Welcome back. The missed days are already folded into the plan; you do not have to make them up today.',
  'Coming back is the part that counts. Start with the first task on the list and let that be enough to get going.',
  'Almost every long plan has a gap somewhere. What matters now is the next few days, not the last few.',
  'If something made the last days hard, tell your advisor or a friend. You do not have to carry the plan alone.',
  'Pick up where the plan is today, not where it was. A shorter day finished beats a long one abandoned halfway.',
  'You opened the plan again, so the first step is done. Try one timed block and see how it feels before judging the day.',
  "No catch-up marathon needed. The plan moved what it could; do today's tasks and check in with yourself tonight.",
]);

export const restDayMessages = messagesFor('rest-day', 'rest', [
  'Rest day. It is in the plan on purpose: a tired week makes worse use of study time than a rested one.',
  'Nothing to study today. If a topic keeps nagging at you, write it down for tomorrow and let it wait.',
  "A day off is a good day to see a friend or call family. Tomorrow's list is below, ready when you are.",
  'Rest without guilt today. The plan already counted this day as time off.',
  'Take today away from the screen if you can. The weak areas will still be there tomorrow, and you will be fresher for them.',
  'Today is free. If you want one useful thing, tidy your study space for the week ahead, and leave it there.',
  'Resting well is a skill you will need in exam week too. Practise it today.',
]);

export const hardDayMessages = messagesFor('hard-day', 'hard', [
  // The hard-day moment also follows a low mood logged this evening: then "yesterday" would be untrue.
  {
    text: 'Yesterday was hard. Today can be smaller: do the first task, then decide about the next.',
    when: 'hard-yesterday',
  },
  "Thank you for writing down how it went. If hard days are piling up, tell someone you trust: your advisor, a friend, or your school's student support.",
  'Low days are part of a long plan. Studying at half speed today still moves you forward.',
  'Be as patient with yourself today as you would be with a friend retaking this exam.',
  'If the list feels too heavy, fewer hours in Settings will spread the work out. Shorter days for a while are allowed.',
  "Start with something small and concrete: ten questions in tutor mode, or yesterday's misses. Momentum tends to come after starting, not before.",
  'A hard day is allowed to be a smaller day. Do the first task, then decide about the next.',
]);

export const ordinaryMessages = messagesFor('ordinary', 'day', [
  'Review every incorrect answer today, and the ones you got right by guessing. That is where the points hide.',
  "Time your blocks today at the real exam's pace. Comfort with the clock is built, not found.",
  'Start with your weakest area while your attention is freshest.',
  'When a topic keeps turning up in your misses, it has earned an hour of content review.',
  "A short message to your study partner or tutor about today's plan can make the day easier to finish.",
  'Write one line tonight about what went well. It is easy to lose sight of progress when you only count misses.',
  'Small, finished days add up to a retake you can trust.',
  'Stuck on a question type? Explain the answer out loud as if teaching it; the gaps show up fast.',
  'Take your breaks between blocks. A tired block costs more than the break does.',
  "Today's list fits your hours. When it is done, you are done.",
  'Sort your misses by reason: knowledge gaps need review, misreads need slower reading, timing misses need timed practice.',
  'You are studying with more to go on than last time: a score report, your own history, a plan. Use all three.',
  'Mix in a few questions from your stronger areas today so they stay strong.',
  'Pace over intensity: a plan you can keep for weeks beats one heroic day.',
  'Check your retests of old misses today. Getting them right the second time is the best sign the review is sticking.',
  'Your advisor, tutors and classmates want you to pass. Asking one of them a question today is part of studying.',
]);

/**
 * After three hard evenings within a week (lib/domain/wellbeing/low-mood-run.ts): a gentle pointer to the "Get
 * support" page (entrypoints/support), never a diagnosis or health advice. Ids start with SUPPORT_MESSAGE_PREFIX.
 */
export const lowMoodRunMessages = messagesFor('low-mood-run', SUPPORT_MESSAGE_PREFIX, [
  'Several hard evenings this week. That is a lot to carry, and you do not have to carry it alone: the "Get support" link at the foot of this page has your people and places to turn to.',
  'Your reflections say this week has been heavy. Talking to someone you trust often helps more than another hour alone; "Get support" at the foot of the page lists who you can reach.',
  'Hard days have come close together lately. A lighter day is allowed, and so is asking for help: "Get support", at the foot of this page, has your people, your school\'s service and crisis lines.',
  'Retaking is hard, and several low evenings in a row deserve attention, not more pressure. If it would help to talk, "Get support" at the foot of this page shows who is there for you.',
  'Thank you for writing down how your days are going. They have been hard lately; please reach out to someone. "Get support" at the foot of the page has the people and services you can contact.',
]);
