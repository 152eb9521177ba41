import { useEffect, useState } from 'preact/hooks';
import type { ContentArea } from '../../lib/domain/profiles';
import type { Task } from '../../lib/domain/types';
import { AreaCounts } from './AreaCounts';
import { AreaPicker } from './AreaPicker';
import { draftFromTask, readBlockDraft, type BlockDraft, type BlockValues } from './block-draft';
import { FormStatus } from './FormStatus';
import { MissRows } from './MissRows';
import { useSubmit } from './use-submit';
import './logging.css';

export interface QuestionBlockFormProps {
  areas: readonly ContentArea[];
  /** 'systems' or 'topics', as the exam names its areas. */
  areaWord: string;
  /** The question-block task this log belongs to; its questions and areas prefill the form. */
  task?: Task;
  onSubmit: (values: BlockValues) => Promise<void>;
}

/** Log a question block in a few seconds: questions, correct, mode, areas, minutes, and optionally the misses and,
 * for a block of several areas, a count per area. */
export function QuestionBlockForm({ areas, areaWord, task, onSubmit }: QuestionBlockFormProps) {
  const [draft, setDraft] = useState<BlockDraft>(() => draftFromTask(task));
  const status = useSubmit('Block logged. Well done for writing it down.');
  // What the student has typed is theirs: another tab remaking the plan (new task ids) never resets it.
  const [touched, setTouched] = useState(false);
  // A new task to log for (the last one was just finished) brings its own defaults; the confirmation stays.
  useEffect(() => {
    if (!touched) setDraft(draftFromTask(task));
  }, [task?.id]);
  const set = (patch: Partial<BlockDraft>) => {
    setTouched(true);
    setDraft((d) => ({ ...d, ...patch }));
  };

  async function submit(event: Event) {
    event.preventDefault();
    const read = readBlockDraft(draft, task?.id);
    if ('error' in read) return status.setError(read.error);
    if (await status.run(() => onSubmit(read.values))) {
      setTouched(false);
      setDraft(draftFromTask(task));
    }
  }

  return (
    <form class="log-form" noValidate aria-label="Log a question block" onSubmit={submit}>
      {task && <p class="log-for">For: {task.title}</p>}
      <div class="log-row">
        <label>
          Questions
          <input
            type="number"
            min={1}
            inputMode="numeric"
            value={draft.questions}
            onInput={(e) => set({ questions: e.currentTarget.value })}
          />
        </label>
        <label>
          Correct
          <input
            type="number"
            min={0}
            inputMode="numeric"
            value={draft.correct}
            onInput={(e) => set({ correct: e.currentTarget.value })}
          />
        </label>
        <label>
          Minutes
          <input
            type="number"
            min={1}
            inputMode="numeric"
            value={draft.minutes}
            onInput={(e) => set({ minutes: e.currentTarget.value })}
          />
        </label>
      </div>
      <fieldset class="log-mode">
        <legend>Mode</legend>
        <label class="check">
          <input
            type="radio"
            name="block-mode"
            checked={draft.mode === 'timed'}
            onChange={() => set({ mode: 'timed' })}
          />
          Timed
        </label>
        <label class="check">
          <input
            type="radio"
            name="block-mode"
            checked={draft.mode === 'tutor'}
            onChange={() => set({ mode: 'tutor' })}
          />
          Tutor
        </label>
      </fieldset>
      <AreaPicker
        legend={`${areaWord} covered`}
        areas={areas}
        selected={draft.areaIds}
        onChange={(areaIds) => set({ areaIds })}
      />
      <AreaCounts
        areas={areas}
        selected={draft.areaIds}
        counts={draft.areaCounts}
        onChange={(areaCounts) => set({ areaCounts })}
      />
      <MissRows misses={draft.misses} areas={areas} onChange={(misses) => set({ misses })} />
      <button type="submit" class="primary" disabled={status.busy}>
        Log block
      </button>
      <FormStatus error={status.error} saved={status.saved} />
    </form>
  );
}
