import { Fragment } from 'preact';

/**
 * Text that may wrap after a slash ("Lymphoreticular/<wbr>Immune"), so that a long pair of area names wraps between
 * the words and never in the middle of one.
 */
export function BreakableText({ text }: { text: string }) {
  const parts = text.split('/');
  return (
    <>
      {parts.map((part, i) => (
        <Fragment key={i}>
          {part}
          {i < parts.length - 1 && (
            <>
              /<wbr />
            </>
          )}
        </Fragment>
      ))}
    </>
  );
}
