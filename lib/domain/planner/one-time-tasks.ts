// Tasks that happen once: the reset at the start (look back, read the report, get help, change methods) and the
// logistics in the final days. They wait in a queue and go onto the first study days with room.
import type { Supporter } from '../settings';
import type { BlockFormat } from './block-format';
import { RANK, type DraftTask } from './draft-task';
import { supporterLabel, timingPlanTitle } from './task-copy';

export function resetTasks(supporters: readonly Supporter[], hasBands: boolean): DraftTask[] {
  const official = supporters.find((s) => (s.role === 'advisor' || s.role === 'dean') && s.name.trim() !== '');
  return [
    {
      kind: 'reflection',
      rank: RANK.start,
      priority: 1,
      minutes: 30,
      title: 'Write down what went wrong on your first attempt',
      detail:
        'Three short lists: how you studied, how you practised questions, what happened on exam day; facts, not blame.',
    },
    {
      kind: 'guidance',
      rank: RANK.start,
      priority: 1,
      minutes: 20,
      title: hasBands
        ? 'Check the bands you entered against your score report'
        : 'Enter the score report bands for every content area',
      detail: 'Lower, same or higher than a low pass, area by area: the plan gives the lower ones the most time.',
    },
    {
      kind: 'support',
      rank: RANK.start,
      priority: 1,
      minutes: 15,
      title: official
        ? `Book a meeting with ${supporterLabel(official)} about your retake plan`
        : 'Book a meeting with your advisor or dean about your retake plan',
      detail: 'Bring your score report and this plan; ask what your school requires before the retake.',
    },
    {
      kind: 'guidance',
      rank: RANK.start,
      priority: 2,
      minutes: 45,
      title: 'Review your study methods: what to keep and what to change',
      detail: 'Compare how much time went to reading versus timed questions, and write down two changes you will make.',
    },
  ];
}

export function logisticsTasks(format: BlockFormat): DraftTask[] {
  return [
    {
      kind: 'logistics',
      priority: 2,
      minutes: 20,
      title: 'Plan your route to the test centre and the time you will leave',
      detail: 'Check travel time at the hour you will travel and allow for delays; arrive early.',
    },
    {
      kind: 'logistics',
      priority: 2,
      minutes: 10,
      title: 'Check your ID against your exam registration: the names must match',
      detail: 'Put the ID and your scheduling permit or booking confirmation where you will see them on exam morning.',
    },
    {
      kind: 'logistics',
      priority: 2,
      minutes: 20,
      title: timingPlanTitle(format),
      detail: 'Decide after which blocks you will take breaks, and what you will eat and drink.',
    },
  ];
}
