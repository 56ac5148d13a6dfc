import type { ScaleAnswer } from '../domain/case';
import { t, tCount } from '../i18n/ui-text';

const WIDTH = 300;
const HEIGHT = 90;
const PAD = { left: 22, right: 10, top: 8, bottom: 20 };

function formatDay(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day}.${month}.${year?.slice(2)}`;
}

/** A scale's answers over time as a small line chart, with the same figures as a table for screen readers. */
export function ScaleChart(props: { title: string; answers: readonly ScaleAnswer[]; min: number; max: number }) {
  const { answers, min, max } = props;
  const span = Math.max(1, max - min);
  const innerWidth = WIDTH - PAD.left - PAD.right;
  const innerHeight = HEIGHT - PAD.top - PAD.bottom;
  const x = (index: number) =>
    PAD.left + (answers.length === 1 ? innerWidth / 2 : (index / (answers.length - 1)) * innerWidth);
  const y = (value: number) => PAD.top + innerHeight - ((value - min) / span) * innerHeight;
  const points = answers.map((answer, index) => `${x(index).toFixed(1)},${y(answer.value).toFixed(1)}`).join(' ');
  const latest = answers[answers.length - 1];
  const summary = latest
    ? tCount('case.chart.summary', answers.length, { value: latest.value, max, date: formatDay(latest.date) })
    : t('case.chart.empty');
  return (
    <figure class="chart">
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        role="img"
        aria-label={t('case.chart.label', { summary })}
        class="chart__svg"
      >
        <line x1={PAD.left} y1={y(min)} x2={WIDTH - PAD.right} y2={y(min)} class="chart__axis" />
        <line x1={PAD.left} y1={y(max)} x2={WIDTH - PAD.right} y2={y(max)} class="chart__grid" />
        <text x={PAD.left - 4} y={y(max) + 4} class="chart__label" text-anchor="end">
          {max}
        </text>
        <text x={PAD.left - 4} y={y(min) + 4} class="chart__label" text-anchor="end">
          {min}
        </text>
        {answers.length > 1 && <polyline points={points} class="chart__line" fill="none" />}
        {answers.map((answer, index) => (
          <g key={answer.date}>
            <circle cx={x(index)} cy={y(answer.value)} r="3.5" class="chart__dot" />
            {(index === 0 || index === answers.length - 1) && (
              <text x={x(index)} y={HEIGHT - 4} class="chart__label" text-anchor="middle">
                {formatDay(answer.date)}
              </text>
            )}
          </g>
        ))}
      </svg>
      <figcaption class="chart__caption">{summary}</figcaption>
      {/* A table ignores width: 1px, so the hiding wrapper is a div. */}
      <div class="visually-hidden">
        <table>
          <caption>{t('case.chart.table', { title: props.title })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('case.chart.date')}</th>
              <th scope="col">{t('case.chart.answer')}</th>
            </tr>
          </thead>
          <tbody>
            {answers.map((answer) => (
              <tr key={answer.date}>
                <td>{formatDay(answer.date)}</td>
                <td>{answer.value}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
