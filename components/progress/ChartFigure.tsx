import type { ComponentChildren } from 'preact';
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
  children: ComponentChildren;
}

/** A chart as a figure: caption, an SVG picture named by the summary, and the same numbers as a table beside it. */
export function ChartFigure(props: ChartFigureProps) {
  return (
    <figure class="chart" aria-labelledby={`${props.id}-title`}>
      <figcaption>
        <h2 id={`${props.id}-title`}>{props.title}</h2>
        <p>{props.summary}</p>
      </figcaption>
      <div class="chart-body">
        <svg
          role="img"
          aria-label={props.summary}
          viewBox={`0 0 ${props.width} ${props.height}`}
          width={props.width}
          height={props.height}
          class="chart-svg"
        >
          {props.children}
        </svg>
        <div class="chart-table" tabIndex={0} role="region" aria-label={`${props.title}: the numbers`}>
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
