/** The "Model" page: GET /api/model's training report, drawn as SVG, each chart with its numbers in a table. */
import { useEffect, useRef, useState, type CSSProperties, type ReactNode } from 'react';
import { ApiError, fetchModel } from '../api/client';
import type { ModelReport } from '../api/types';
import { formatConfidence as pct } from '../lib/format';

const W = 320;
const H = 170;
const LEFT = 40;
const BOTTOM = 28;
const TOP = 8;
const RIGHT = 10;

interface Series {
  name: string;
  cls: string;
  values: number[];
}

const first = (s: Series) => s.values[0] ?? 0;
const last = (s: Series) => s.values[s.values.length - 1] ?? 0;

/** Line chart over the epochs, y from 0 to `max`; `fmt` writes a value as the page shows it. */
function LineChart({ title, series, max, fmt }: { title: string; series: Series[]; max: number; fmt: (v: number) => string }) {
  const n = series[0]?.values.length ?? 0;
  const x = (i: number) => LEFT + (n > 1 ? (i * (W - LEFT - RIGHT)) / (n - 1) : 0);
  const y = (v: number) => TOP + (1 - v / (max || 1)) * (H - TOP - BOTTOM);
  const summary = series.map((s) => `${s.name} from ${fmt(first(s))} to ${fmt(last(s))}`).join('; ');
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`${title} over ${n} epochs: ${summary}.`}>
        <path className="axis" d={`M${LEFT} ${TOP}V${H - BOTTOM}H${W - RIGHT}`} />
        <text x={LEFT - 4} y={TOP + 8} textAnchor="end">
          {fmt(max)}
        </text>
        <text x={LEFT - 4} y={H - BOTTOM} textAnchor="end">
          {fmt(0)}
        </text>
        <text x={LEFT} y={H - 10}>
          1
        </text>
        <text x={(W + LEFT) / 2} y={H - 10} textAnchor="middle">
          epoch
        </text>
        <text x={W - RIGHT} y={H - 10} textAnchor="end">
          {n}
        </text>
        {series.map((s) => (
          <polyline key={s.name} className={s.cls} points={s.values.map((v, i) => `${x(i)},${y(v)}`).join(' ')} />
        ))}
      </svg>
      <figcaption>
        {title}:{' '}
        {series.map((s) => (
          <span key={s.name} className={`key ${s.cls}`}>
            {s.name}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}

/** A box that scrolls sideways on a narrow screen, reachable with Tab so the keyboard can scroll it. */
const Scroll = ({ label, children }: { label: string; children: ReactNode }) => (
  <div className="scroll" tabIndex={0} role="region" aria-label={label}>
    {children}
  </div>
);

function Table({ caption, head, rows }: { caption: string; head: string[]; rows: ReactNode[][] }) {
  return (
    <details className="numbers">
      <summary>{caption}</summary>
      <Scroll label={caption}>
        <table>
          <thead>
            <tr>
              {head.map((h) => (
                <th key={h} scope="col">
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={i}>
                {row.map((cell, j) => (
                  <td key={j}>{cell}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </Scroll>
    </details>
  );
}

/** Accuracy per confidence bin against the diagonal of a perfectly calibrated model. */
function Reliability({ bins }: { bins: ModelReport['reliability'] }) {
  const S = 240;
  const P = 30;
  const total = bins.reduce((sum, b) => sum + b.count, 0);
  const ece = bins.reduce((sum, b) => sum + b.count * Math.abs(b.accuracy - b.confidence), 0) / (total || 1);
  const px = (v: number) => P + v * (S - P - 6);
  return (
    <figure className="chart square">
      <svg
        viewBox={`0 0 ${S} ${S}`}
        role="img"
        aria-label={`Reliability diagram of ${total} validation prompts in ${bins.length} confidence bins: expected calibration error ${pct(ece)}.`}
      >
        <path className="axis" d={`M${P} 6V${S - P}H${S - 6}`} />
        <path className="ideal" d={`M${P} ${S - P}L${S - 6} 6`} />
        {bins.map((b) =>
          b.count ? (
            <rect
              key={b.lower}
              x={px(b.lower)}
              width={px(b.upper) - px(b.lower) - 1}
              y={S - P - (S - P - 6) * b.accuracy}
              height={(S - P - 6) * b.accuracy}
            />
          ) : null,
        )}
        <text x={P - 4} y={14} textAnchor="end">
          1
        </text>
        <text x={P - 4} y={S - P} textAnchor="end">
          0
        </text>
        <text x={(S + P) / 2} y={S - 10} textAnchor="middle">
          confidence
        </text>
      </svg>
      <figcaption>
        Bars: how often the model was right in each confidence bin; dashed: perfect calibration. Expected calibration
        error <span data-testid="ece">{pct(ece)}</span>.
      </figcaption>
    </figure>
  );
}

function Report({ report }: { report: ModelReport }) {
  const { history, confusion, reliability, tagging } = report;
  const total = confusion.matrix.flat().reduce((a, b) => a + b, 0);
  const right = confusion.matrix.reduce((sum, row, i) => sum + (row[i] ?? 0), 0);
  const facts: [string, ReactNode][] = [
    ['Parameters', report.parameters.toLocaleString('en-US')],
    ['Training time', `${report.training_seconds.toFixed(1)} s`],
    ['Trained at', report.trained_at],
    ['Fingerprint', <code key="f">{report.fingerprint}</code>],
    // The service's answers (model and parsers together), as the confusion matrix counts them.
    ['Right task, as served', `${pct(right / (total || 1))} of ${total} validation prompts`],
  ];
  const col = (key: 'loss' | 'train_accuracy' | 'validation_accuracy') => history.map((h) => h[key]);
  return (
    <>
      <dl className="facts">
        {facts.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd data-testid={k}>{v}</dd>
          </div>
        ))}
      </dl>

      <h3>Loss and accuracy per epoch</h3>
      <LineChart
        title="Training loss"
        series={[{ name: 'loss', cls: 's1', values: col('loss') }]}
        max={Math.max(...col('loss'), 0)}
        fmt={(v) => v.toFixed(3)}
      />
      <LineChart
        title="Accuracy"
        series={[
          { name: 'training', cls: 's1', values: col('train_accuracy') },
          { name: 'validation', cls: 's2', values: col('validation_accuracy') },
        ]}
        max={1}
        fmt={pct}
      />
      <Table
        caption="The numbers per epoch"
        head={['Epoch', 'Loss', 'Training accuracy', 'Validation accuracy']}
        rows={history.map((h) => [h.epoch, h.loss.toFixed(3), pct(h.train_accuracy), pct(h.validation_accuracy)])}
      />

      <h3>Confusion matrix (validation split)</h3>
      <Scroll label="Confusion matrix">
        <table className="confusion">
          <caption className="visually-hidden">Confusion matrix</caption>
          <thead>
            <tr>
              <td />
              {confusion.labels.map((l) => (
                <th key={l} scope="col">
                  {l}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {confusion.matrix.map((row, i) => {
              const sum = row.reduce((a, b) => a + b, 0) || 1;
              return (
                <tr key={i}>
                  <th scope="row">{confusion.labels[i]}</th>
                  {row.map((count, j) => (
                    <td key={j} className={i === j ? 'hit' : undefined} style={{ '--a': (count / sum).toFixed(2) } as CSSProperties}>
                      {count}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </Scroll>
      <p className="legend">
        Rows: the expected task; columns: the task the service picked (model and parsers). Right answers are on the
        framed diagonal.
      </p>

      <h3>Reliability (validation split)</h3>
      <Reliability bins={reliability} />
      <Table
        caption="The numbers per confidence bin"
        head={['Confidence', 'Prompts', 'Mean confidence', 'Accuracy']}
        rows={reliability.map((b) => [`${b.lower.toFixed(1)}–${b.upper.toFixed(1)}`, b.count, pct(b.confidence), pct(b.accuracy)])}
      />

      {Object.keys(tagging).length > 0 && (
        <>
          <h3>Operand tagger (validation split)</h3>
          <p>
            How often the model marks exactly the operands of a prompt (every span right), and how well it marks
            their characters (F1), per task.
          </p>
          <Table
            caption="The tagger's scores per task"
            head={['Task', 'Exact spans', 'Character F1', 'Prompts']}
            rows={Object.entries(tagging).map(([task, s]) => [task, pct(s.exact), pct(s.char_f1), s.prompts])}
          />
        </>
      )}
    </>
  );
}

export default function ModelPage() {
  const [report, setReport] = useState<ModelReport | { error: string } | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    const controller = new AbortController();
    fetchModel(controller.signal).then(setReport, (error: unknown) => {
      if (!controller.signal.aborted) setReport({ error: error instanceof ApiError ? error.message : String(error) });
    });
    return () => controller.abort();
  }, []);
  return (
    <section className="model" aria-labelledby="model-title">
      <h2 id="model-title" tabIndex={-1} ref={heading}>
        How the model was trained
      </h2>
      {!report ? (
        <p className="note">Loading the training report…</p>
      ) : 'error' in report ? (
        <p className="error-message">{report.error}</p>
      ) : (
        <Report report={report} />
      )}
    </section>
  );
}
