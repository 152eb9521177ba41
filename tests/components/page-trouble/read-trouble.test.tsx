// The fallbacks the new tab, the popup and the settings page show when their data cannot be read: calm words, what to
// do, the way out through Export backup, and never the browser's own error text.
import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { WhenDataOpens } from '../../../components/page-trouble/WhenDataOpens';
import { TodayPanel } from '../../../components/today/TodayPanel';
import { memorySource, records, task, TODAY } from '../today/today-fixtures';

const raw = new DOMException(
  "Failed to execute 'transaction' on 'IDBDatabase': The database connection is closing.",
  'InvalidStateError',
);

describe('TodayPanel when its read fails', () => {
  afterEach(cleanup);

  it('says what happened and what to do, with the way to Export backup, and no raw browser text', async () => {
    const { source } = memorySource(records({ tasks: [task(TODAY, 0)] }));
    render(<TodayPanel source={{ ...source, read: () => Promise.reject(raw) }} settingsHref="/options.html" />);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent("Today's plan could not be shown just now. Nothing was changed or deleted.");
    expect(alert).toHaveTextContent('Close this page and open it again.');
    expect(screen.getByRole('link', { name: 'open Settings and use Export backup' })).toHaveAttribute(
      'href',
      '/options.html#backup',
    );
    expect(document.body.textContent).not.toMatch(/Failed to execute|IDB|InvalidStateError/);
  });

  it('keeps the message when an older read succeeds after the latest one failed', async () => {
    const { source, change } = memorySource(records({ tasks: [task(TODAY, 0, { title: 'Cardio block' })] }));
    const read = source.read;
    const slow: (() => void)[] = [];
    let calls = 0;
    // The first read draws the page; the second (a broadcast's) is held back; the third (the page back in view) fails.
    const reads = [
      () => read(),
      () => new Promise<Awaited<ReturnType<typeof read>>>((resolve) => slow.push(() => void read().then(resolve))),
      () => Promise.reject(raw),
    ];
    render(<TodayPanel source={{ ...source, read: () => reads[calls++]!() }} settingsHref="/o.html" />);
    await screen.findByRole('checkbox', { name: 'Cardio block' });
    change(records({ tasks: [task(TODAY, 0, { title: 'Cardio block' })] }));
    change(records({ tasks: [task(TODAY, 0, { title: 'Cardio block' })] }));
    await screen.findByRole('alert');
    slow.forEach((settle) => settle());
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(screen.getByRole('alert')).toHaveTextContent("Today's plan could not be shown just now.");
  });

  it('drops the message once a later read succeeds', async () => {
    const { source, change } = memorySource(records({ tasks: [task(TODAY, 0, { title: 'Cardio block' })] }));
    let fail = true;
    const read = source.read;
    render(
      <TodayPanel source={{ ...source, read: () => (fail ? Promise.reject(raw) : read()) }} settingsHref="/o.html" />,
    );
    await screen.findByRole('alert');
    fail = false;
    change(records({ tasks: [task(TODAY, 0, { title: 'Cardio block' })] }));
    // The task's name is now also in the "Now" card (issue 13): the list's checkbox is the one looked for.
    await screen.findByRole('checkbox', { name: 'Cardio block' });
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('WhenDataOpens', () => {
  afterEach(cleanup);

  it('shows the page once the database opens', async () => {
    render(
      <WhenDataOpens open={() => Promise.resolve()} what="Your settings">
        <h2>Reminders</h2>
      </WhenDataOpens>,
    );
    expect(await screen.findByRole('heading', { name: 'Reminders' })).toBeInTheDocument();
  });

  it('shows one calm message instead of the sections when it will not open', async () => {
    render(
      <WhenDataOpens open={() => Promise.reject(raw)} what="Your settings">
        <h2>Reminders</h2>
      </WhenDataOpens>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'Your settings could not be shown just now. Nothing was changed or deleted.',
    );
    expect(screen.queryByRole('heading', { name: 'Reminders' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });
});
