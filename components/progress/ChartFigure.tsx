import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import './progress.css';

export interface ChartFigureProps {
  id: string;
  title: string;
  /** One sentence that says what the chart shows; it is the picture's accessible name too. */
  summary: string;
  columns: readonly string[];
  rows: readonly (readonly (string | number)[])[];
  /** The SVG's drawing (its <svg role="img"> wrapper is added here). */
  width: number;
  height: number;
  /** A key to the picture's colours, under it. */
  legend?: ComponentChildren;
  children: ComponentChildren;
}

/**
 * A chart as a figure: caption, an SVG picture named by the summary, and the same numbers as a table behind a
 * "Show as table" button. The hidden table is only visually hidden: screen readers read it whether it shows or not.
 */
export function ChartFigure(props: ChartFigureProps) {
  const [table, setTable] = useState(false);
  return (
    <figure class={`chart chart-${props.id}`} aria-labelledby={`${props.id}-title`}>
      <figcaption>
        <div class="chart-head">
          <h2 id={`${props.id}-title`}>{props.title}</h2>
          <button
            type="button"
            class="chart-toggle"
            aria-expanded={table}
            aria-controls={`${props.id}-table`}
            onClick={() => setTable((shown) => !shown)}
          >
            {table ? 'Show as chart' : 'Show as table'}
          </button>
        </div>
        <p>{props.summary}</p>
      </figcaption>
      <div class="chart-body">
        {!table && (
          <div class="chart-picture">
            <svg
              role="img"
              aria-label={props.summary}
              viewBox={`0 0 ${props.width} ${props.height}`}
              width={props.width}
              height={props.height}
              class="chart-svg"
              style={{ '--chart-width': props.width }}
            >
              {props.children}
            </svg>
            {props.legend}
          </div>
        )}
        <div
          id={`${props.id}-table`}
          class={table ? 'chart-table' : 'visually-hidden'}
          tabIndex={table ? 0 : undefined}
          role="region"
          aria-label={`${props.title}: the numbers`}
        >
          <table>
            <caption class="visually-hidden">{props.title}</caption>
            <thead>
              <tr>
                {props.columns.map((c) => (
                  <th key={c} scope="col">
                    {c}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {props.rows.map((row, i) => (
                <tr key={i}>
                  {row.map((cell, j) =>
                    j === 0 ? (
                      <th key={j} scope="row">
                        {cell}
                      </th>
                    ) : (
                      <td key={j}>{cell}</td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </div>
    </figure>
  );
}
