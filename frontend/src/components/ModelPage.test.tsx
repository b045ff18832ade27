import { render, screen, within } from '@testing-library/react';
import { apiUrl } from '../api/client';
import { formatConfidence as pct } from '../lib/format';
import { MODEL, jsonResponse, stubFetch } from '../test/network';
import ModelPage from './ModelPage';

function stubModel(body: unknown = MODEL, status = 200) {
  return stubFetch((req) => (req.url === apiUrl('/api/model') ? jsonResponse(body, status) : jsonResponse({}, 404)));
}

describe('the Model page', () => {
  it("lists the operand tagger's scores per task", async () => {
    stubModel();
    render(<ModelPage />);
    const table = await screen.findByRole('region', { name: "The tagger's scores per task" });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => row.firstElementChild!.textContent)).toEqual(Object.keys(MODEL.tagging));
    const [task, scores] = Object.entries(MODEL.tagging)[0]!;
    expect(rows[0]).toHaveTextContent(`${task}${pct(scores.exact)}${pct(scores.char_f1)}${scores.prompts}`);
  });

  it('asks GET /api/model once and shows the facts of the artifact', async () => {
    const { fn } = stubModel();
    render(<ModelPage />);
    expect(await screen.findByTestId('Parameters')).toHaveTextContent(MODEL.parameters.toLocaleString('en-US'));
    expect(fn).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('Training time')).toHaveTextContent(`${MODEL.training_seconds.toFixed(1)} s`);
    expect(screen.getByTestId('Fingerprint')).toHaveTextContent(MODEL.fingerprint);
    expect(screen.getByTestId('Trained at')).toHaveTextContent(MODEL.trained_at);
    const total = MODEL.confusion.matrix.flat().reduce((a, b) => a + b, 0);
    const right = MODEL.confusion.matrix.reduce((s, row, i) => s + row[i]!, 0);
    expect(screen.getByTestId('Right task, as served')).toHaveTextContent(`${pct(right / total)} of ${total} validation prompts`);
    // Keyboard and screen-reader users land on the page's heading.
    expect(screen.getByRole('heading', { level: 2, name: 'How the model was trained' })).toHaveFocus();
  });

  it('draws loss and accuracy per epoch, summarised for screen readers and listed in a table', async () => {
    stubModel();
    render(<ModelPage />);
    const first = MODEL.history[0]!;
    const last = MODEL.history[MODEL.history.length - 1]!;
    const loss = await screen.findByRole('img', { name: /^Training loss/ });
    expect(loss).toHaveAccessibleName(
      `Training loss over ${MODEL.history.length} epochs: loss from ${first.loss.toFixed(3)} to ${last.loss.toFixed(3)}.`,
    );
    expect(loss.querySelectorAll('polyline')).toHaveLength(1);
    expect(loss.querySelector('polyline')!.getAttribute('points')!.split(' ')).toHaveLength(MODEL.history.length);
    expect(screen.getByRole('img', { name: /^Accuracy/ })).toHaveAccessibleName(
      `Accuracy over ${MODEL.history.length} epochs: training from ${pct(first.train_accuracy)} to ${pct(last.train_accuracy)}; ` +
        `validation from ${pct(first.validation_accuracy)} to ${pct(last.validation_accuracy)}.`,
    );
    const table = screen.getAllByRole('table')[0]!;
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => r.textContent)).toEqual(
      MODEL.history.map(
        (h) => `${h.epoch}${h.loss.toFixed(3)}${pct(h.train_accuracy)}${pct(h.validation_accuracy)}`,
      ),
    );
  });

  it('shows the confusion matrix with labelled rows and columns, shaded by share of the row, diagonal marked', async () => {
    stubModel();
    render(<ModelPage />);
    const table = await screen.findByRole('table', { name: 'Confusion matrix' });
    expect(screen.getByText(/^Rows: the expected task; columns: the task the service picked/)).toBeInTheDocument();
    const headers = within(table).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual(MODEL.confusion.labels);
    MODEL.confusion.matrix.forEach((row, i) => {
      const tr = within(table).getByRole('rowheader', { name: MODEL.confusion.labels[i] }).closest('tr')!;
      const cells = [...tr.querySelectorAll('td')];
      expect(cells.map((c) => Number(c.textContent))).toEqual(row);
      const sum = row.reduce((a, b) => a + b, 0);
      cells.forEach((cell, j) => {
        expect(Number(cell.style.getPropertyValue('--a'))).toBeCloseTo(row[j]! / sum, 2);
        expect(cell.classList.contains('hit')).toBe(i === j);
      });
    });
  });

  it('draws the reliability diagram: a bar per non-empty bin and the calibration error', async () => {
    stubModel();
    render(<ModelPage />);
    const diagram = await screen.findByRole('img', { name: /^Reliability diagram/ });
    const bins = MODEL.reliability;
    const total = bins.reduce((s, b) => s + b.count, 0);
    const ece = bins.reduce((s, b) => s + b.count * Math.abs(b.accuracy - b.confidence), 0) / total;
    expect(diagram).toHaveAccessibleName(
      `Reliability diagram of ${total} validation prompts in ${bins.length} confidence bins: expected calibration error ${pct(ece)}.`,
    );
    expect(diagram.querySelectorAll('rect')).toHaveLength(bins.filter((b) => b.count > 0).length);
    expect(screen.getByTestId('ece')).toHaveTextContent(pct(ece));
  });

  it('says what went wrong when the report is missing or malformed', async () => {
    stubModel({ detail: 'Not Found' }, 404);
    const { unmount } = render(<ModelPage />);
    expect(await screen.findByText(/HTTP 404/)).toBeInTheDocument();
    unmount();
    stubModel({ ...MODEL, confusion: { ...MODEL.confusion, matrix: MODEL.confusion.matrix.slice(1) } });
    render(<ModelPage />);
    expect(await screen.findByText(/sent a model report this page does not understand/)).toBeInTheDocument();
  });
});
