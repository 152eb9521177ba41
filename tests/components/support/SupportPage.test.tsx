import '@testing-library/jest-dom/vitest';
import { cleanup, render, screen, within } from '@testing-library/preact';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SupportLink } from '../../../components/support/SupportLink';
import { SupportPage } from '../../../components/support/SupportPage';
import type { SupportSource, WellbeingService } from '../../../components/support/support-source';
import type { Supporter } from '../../../lib/domain/settings';

function source(supporters: Supporter[] = [], service: WellbeingService = { name: '', contact: '' }) {
  let stored = service;
  const listeners: (() => void)[] = [];
  const s: SupportSource = {
    read: vi.fn(async () => ({ supporters, wellbeingService: stored })),
    save: vi.fn(async (next: WellbeingService) => {
      stored = next;
      listeners.forEach((l) => l());
      return next;
    }),
    subscribe: (l) => {
      listeners.push(l);
      return () => undefined;
    },
  };
  return s;
}

describe('SupportPage', () => {
  afterEach(cleanup);

  it('gives the crisis lines first: 988 by call or text in the US, the local emergency number anywhere', async () => {
    render(<SupportPage source={source()} settingsHref="/options.html" />);
    expect(screen.getByRole('heading', { level: 1, name: 'Get support' })).toBeInTheDocument();
    const crisis = screen.getByRole('region', { name: 'If you are in crisis' });
    expect(within(crisis).getByRole('link', { name: 'Call 988' })).toHaveAttribute('href', 'tel:988');
    expect(within(crisis).getByRole('link', { name: 'Text 988' })).toHaveAttribute('href', 'sms:988');
    expect(crisis).toHaveTextContent(/local emergency number/);
    expect(screen.getByText(/not medical advice/)).toBeInTheDocument();
  });

  it("lists the student's own people by name and role", async () => {
    render(
      <SupportPage
        source={source([
          { name: 'Dr Okafor', role: 'advisor' },
          { name: 'Sam', role: 'study-partner' },
          { name: ' ', role: 'friend' },
        ])}
        settingsHref="/options.html"
      />,
    );
    const people = await screen.findByRole('region', { name: 'Your people' });
    expect(
      within(people)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Dr Okafor, your advisor', 'Sam, your study partner']);
  });

  it('says where to add people when none is named', async () => {
    render(<SupportPage source={source()} settingsHref="/options.html" />);
    const people = await screen.findByRole('region', { name: 'Your people' });
    expect(within(people).getByRole('link', { name: 'Settings' })).toHaveAttribute('href', '/options.html');
  });

  it("lets the student note their school's service, by keyboard, and then shows it", async () => {
    const s = source();
    render(<SupportPage source={s} settingsHref="/options.html" />);
    const school = await screen.findByRole('region', { name: "Your school's wellness or counselling service" });
    await userEvent.type(within(school).getByLabelText('Service name'), 'Student Wellness Center');
    await userEvent.type(
      within(school).getByLabelText('How to reach them (phone, email or web page)'),
      '555-0100{Enter}',
    );
    expect(s.save).toHaveBeenCalledWith(
      { name: 'Student Wellness Center', contact: '555-0100' },
      { name: '', contact: '' },
    );
    expect(await within(school).findByText('Student Wellness Center')).toBeInTheDocument();
    expect(school).toHaveTextContent('Student Wellness Center: 555-0100');
    // The form stays open with its confirmation: the save does not fold it away under the keyboard focus.
    expect(school.querySelector('details')).toHaveAttribute('open');
    expect(within(school).getByRole('status')).toHaveTextContent('Saved.');
  });

  it('keeps the crisis lines when the saved people cannot be read', async () => {
    const s = source();
    s.read = vi.fn(async () => Promise.reject(new Error('closed')));
    render(<SupportPage source={s} settingsHref="/options.html" />);
    expect(await screen.findByText(/could not be read just now/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Call 988' })).toBeInTheDocument();
  });
});

describe('SupportLink', () => {
  afterEach(cleanup);

  it('is a plain link named "Get support", opening the page in its own tab', () => {
    render(<SupportLink href="/support.html" />);
    const link = screen.getByRole('link', { name: 'Get support' });
    expect(link).toHaveAttribute('href', '/support.html');
    expect(link).toHaveAttribute('target', '_blank');
  });
});
