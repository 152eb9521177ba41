import './support-link.css';

/** The quiet, always-there way to "Get support" (entrypoints/support) from the new tab and the popup: a plain link,
 * loaded after the first paint (entrypoints/today-slots/LogAndReplanSlot.tsx), opening the page in a tab of its own. */
export function SupportLink({ href }: { href: string }) {
  return (
    <p class="support-link">
      <a href={href} target="_blank" rel="noopener">
        Get support
      </a>
    </p>
  );
}
