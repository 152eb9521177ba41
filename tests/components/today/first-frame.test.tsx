// Issue 19: the first frame is drawn from a tree the panel itself rendered (so the markup is in one place), it is the
// same nodes the app renders from the kept frame, and what is clicked in it before the app takes over is kept.
import '@testing-library/jest-dom/vitest';
import { cleanup, waitFor } from '@testing-library/preact';
import { render } from 'preact';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadTodayContent, TodayPanel } from '../../../components/today/TodayPanel';
import type { TodaySource } from '../../../components/today/today-source';
import type { TodayFrame } from '../../../lib/domain/today/today-frame';
import { drawFirstFrame, takeOverFirstFrame } from '../../../lib/platform/first-frame';
import { drawTree, isFrameTree, treeOf, type FrameNode } from '../../../lib/platform/frame-tree';
import { memorySource, records, task, TODAY } from './today-fixtures';

const day = [
  task(TODAY, 0, { title: 'Cardiovascular block', questions: 40, detail: 'Timed, mixed.' }),
  task(TODAY, 1, { title: 'Review incorrects', status: 'done' }),
];

/** What the panel keeps after its read: the frame and the trees it drew for the new tab and the popup. */
async function kept(): Promise<{ frame: TodayFrame; page: FrameNode[]; popup: FrameNode[] }> {
  const { source } = memorySource(records({ tasks: day }));
  let result: { frame: TodayFrame; page: FrameNode[]; popup: FrameNode[] } | undefined;
  const keeping: TodaySource = {
    ...source,
    keep: async (frame, drawn) => void (result = { frame, page: treeOf(drawn.page), popup: treeOf(drawn.popup) }),
  };
  const host = document.createElement('div');
  render(<TodayPanel source={keeping} settingsHref="/options.html" />, host);
  await waitFor(() => expect(result).toBeDefined());
  render(null, host);
  return result!;
}

/** The app as a page runs it, over the kept frame (its read not back yet). */
function app(frame: TodayFrame, compact: boolean, calls?: string[]) {
  const { source } = memorySource(records({ tasks: day }));
  const waiting: TodaySource = { ...source, snapshot: () => frame, read: () => new Promise(() => undefined) };
  if (calls) waiting.setDone = (id, done) => (calls.push(`${done ? 'done' : 'todo'} ${id}`), Promise.resolve());
  return <TodayPanel source={waiting} settingsHref="/options.html" compact={compact} focus={() => null} />;
}

describe('the first frame', () => {
  // As a page does before it renders over a first frame (lib/services/first-frame.ts).
  beforeAll(async () => void (await loadTodayContent()));
  afterEach(cleanup);

  it.each([
    ['the new tab', 'page', false],
    ['the popup', 'popup', true],
  ] as const)('of %s is the same nodes as the app renders from the kept frame', async (_, kind, compact) => {
    const { frame, page, popup } = await kept();
    expect(isFrameTree(page)).toBe(true);
    const first = document.createElement('div');
    drawTree(first, kind === 'page' ? page : popup);
    // The done task is drawn ticked, the SVG ring in its namespace.
    expect(first.querySelector<HTMLInputElement>(`#task-${day[1]!.id}`)?.checked).toBe(true);
    expect(first.querySelector('svg')?.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(first.querySelector('ul[aria-label="Today\'s tasks"]')).not.toBeNull();

    const settled = document.createElement('div');
    render(app(frame, compact), settled);
    // Tag by tag, attribute by attribute, text by text, and each box ticked or not.
    expect(treeOf(first)).toEqual(treeOf(settled));
    render(null, settled);
  });

  it('is taken over in place: the app keeps its nodes and plays a tick made before it came', async () => {
    const { frame, page } = await kept();
    const container = document.createElement('div');
    document.body.append(container);
    drawFirstFrame(container, page);
    const box = container.querySelector<HTMLInputElement>(`#task-${day[0]!.id}`)!;
    box.click();
    expect(box.checked).toBe(true);

    const calls: string[] = [];
    takeOverFirstFrame(container, () => render(app(frame, false, calls), container));
    expect(container.querySelector(`#task-${day[0]!.id}`)).toBe(box);
    expect(box.checked).toBe(true);
    expect(calls).toEqual([`done ${day[0]!.id}`]);
    render(null, container);
    container.remove();
  });

  it('counts a box by where it ended, and a button by each press', () => {
    const container = document.createElement('div');
    document.body.append(container);
    drawFirstFrame(container, [
      ['input', { type: 'checkbox', id: 'a' }],
      ['button', { type: 'button', id: 'b' }, 'Focus'],
    ]);
    const box = container.querySelector<HTMLInputElement>('#a')!;
    box.click();
    box.click();
    container.querySelector<HTMLButtonElement>('#b')!.click();
    const seen: string[] = [];
    takeOverFirstFrame(container, () =>
      render(
        <>
          <input type="checkbox" id="a" checked={false} onChange={() => seen.push('box')} />
          <button type="button" id="b" onClick={() => seen.push('press')}>
            Focus
          </button>
        </>,
        container,
      ),
    );
    expect(seen).toEqual(['press']);
    render(null, container);
    container.remove();
  });

  it('draws no tree with a handler attribute or an odd tag', () => {
    expect(isFrameTree([['button', { onclick: 'x()' }]])).toBe(false);
    expect(isFrameTree([['<script', {}]])).toBe(false);
    expect(isFrameTree([['p', { class: 'a' }, 'text', ['b', {}, 'bold']]])).toBe(true);
    expect(isFrameTree('p')).toBe(false);
  });
});
