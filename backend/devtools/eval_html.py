"""`make eval`'s static HTML report (backend/reports/eval.html), beside its JSON: one self-contained page.

Per-category accuracy bars, the confusion matrix and the reliability diagram of the held-out set, drawn as
inline SVG: no script, no stylesheet or font from elsewhere, so the file opens from disk anywhere. Colour
is never the only cue: every bar and cell also carries its number, and every chart has a text title.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from html import escape
from typing import Any

_STYLE = """
body { font: 15px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem;
       color: #1b1b1f; background: #fff; }
h1, h2 { line-height: 1.2; } table { border-collapse: collapse; } td, th { padding: .25rem .6rem; }
th { text-align: left; } td.num { text-align: right; font-variant-numeric: tabular-nums; }
.metrics td:first-child { padding-right: 2rem; } figure { margin: 1.5rem 0; } svg text { fill: currentColor; }
@media (prefers-color-scheme: dark) { body { color: #e6e6ea; background: #16161a; } }
"""


def _pct(value: float | None) -> str:
    return "n/a" if value is None else f"{value * 100:.1f}%"


def _bars(items: Sequence[tuple[str, int, float | None]], title: str) -> str:
    """Horizontal bars: label (count), a bar as long as the accuracy, its percentage written beside it."""
    row, label_width, bar_width = 24, 230, 360
    height = row * len(items) + 30
    parts = [
        f'<svg role="img" aria-labelledby="bars-title" viewBox="0 0 {label_width + bar_width + 70} {height}" '
        f'width="100%" xmlns="http://www.w3.org/2000/svg"><title id="bars-title">{escape(title)}</title>'
    ]
    for index, (name, count, accuracy) in enumerate(items):
        y = 10 + index * row
        length = bar_width * (accuracy or 0.0)
        colour = "#2e7d32" if (accuracy or 0) >= 0.98 else "#f9a825" if (accuracy or 0) >= 0.9 else "#c62828"
        parts.append(
            f'<text x="{label_width - 8}" y="{y + 15}" text-anchor="end" font-size="13">{escape(name)} ({count})</text>'
            f'<rect x="{label_width}" y="{y + 3}" width="{bar_width}" height="16" fill="#8881" stroke="#8886"/>'
            f'<rect x="{label_width}" y="{y + 3}" width="{length:.1f}" height="16" fill="{colour}"/>'
            f'<text x="{label_width + bar_width + 6}" y="{y + 15}" font-size="13">{_pct(accuracy)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _confusion(confusion: Mapping[str, Mapping[str, int]], labels: Sequence[str]) -> str:
    """The matrix as a table (rows expected, columns answered); each cell's count is written, and shaded by its
    share of the row."""
    head = "".join(f'<th scope="col">{escape(label)}</th>' for label in labels)
    rows = []
    for expected in labels:
        counts = confusion.get(expected, {})
        total = sum(counts.values()) or 1
        cells = []
        for answered in labels:
            count = counts.get(answered, 0)
            share = count / total
            hue = 140 if expected == answered else 0
            background = f"hsla({hue}, 60%, 45%, {0.1 + 0.8 * share:.2f})" if count else "transparent"
            cells.append(f'<td class="num" style="background:{background}">{count}</td>')
        rows.append(f'<tr><th scope="row">{escape(expected)}</th>{"".join(cells)}</tr>')
    return (
        '<table aria-describedby="confusion-caption"><caption id="confusion-caption">Rows: the expected task; '
        "columns: the task answered (GRU + rules).</caption>"
        f'<thead><tr><th scope="col">expected \\ answered</th>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'
    )


def _reliability(bins: Sequence[Mapping[str, Any]], title: str) -> str:
    """Accuracy against mean confidence per bin, with the diagonal of perfect calibration; each bin's count is
    written under it."""
    size, margin = 320, 48
    scale = size / 1.0
    parts = [
        f'<svg role="img" aria-labelledby="reliability-title" viewBox="0 0 {size + 2 * margin} {size + 2 * margin}" '
        f'width="420" xmlns="http://www.w3.org/2000/svg"><title id="reliability-title">{escape(title)}</title>'
        f'<g transform="translate({margin},{margin})">'
        f'<rect width="{size}" height="{size}" fill="none" stroke="#8888"/>'
        f'<line x1="0" y1="{size}" x2="{size}" y2="0" stroke="#888" stroke-dasharray="4 4"/>'
    ]
    for tick in range(0, 11, 2):
        value = tick / 10
        parts.append(
            f'<text x="{value * scale}" y="{size + 30}" text-anchor="middle" font-size="11">{value:.1f}</text>'
            f'<text x="-8" y="{size - value * scale + 4}" text-anchor="end" font-size="11">{value:.1f}</text>'
        )
    for item in bins:
        lower, upper, count = float(item["lower"]), float(item["upper"]), int(item["count"])
        x, width = lower * scale + 2, (upper - lower) * scale - 4
        if count:
            height = float(item["accuracy"]) * scale
            parts.append(
                f'<rect x="{x:.1f}" y="{size - height:.1f}" width="{width:.1f}" height="{height:.1f}" '
                f'fill="#1565c0" fill-opacity="0.75"><title>{lower:.1f}-{upper:.1f}: {count} prompts, mean '
                f"confidence {float(item['confidence']):.3f}, accuracy {float(item['accuracy']):.3f}</title></rect>"
                f'<circle cx="{float(item["confidence"]) * scale:.1f}" cy="{size - height:.1f}" r="3" fill="#e65100"/>'
            )
        parts.append(f'<text x="{x + width / 2:.1f}" y="{size + 14}" text-anchor="middle" font-size="9">{count}</text>')
    parts.append(
        f'<text x="{size / 2}" y="{size + 44}" text-anchor="middle" font-size="12">confidence (count per bin above)'
        f'</text><text transform="translate(-36,{size / 2}) rotate(-90)" text-anchor="middle" font-size="12">'
        "accuracy</text></g></svg>"
    )
    return "".join(parts)


ROWS = (("rules_only", "rules only"), ("model_only", "model only"), ("combined", "combined"), ("tfidf", "TF-IDF+rules"))


def rows_of(report: Mapping[str, Any]) -> dict[str, Mapping[str, Any]]:
    """The ablation's rows that the report has, by key, in ROWS order."""
    rows = {"rules_only": report["rules_only"], **report["gru"]}
    if report.get("baseline"):
        rows["tfidf"] = report["baseline"]["combined"]
    return {key: rows[key] for key, _ in ROWS if key in rows}


def render_html(report: Mapping[str, Any], labels: Sequence[str]) -> str:
    """The page for devtools.evaluate's report: the ablation's headline numbers, then the shipped (combined)
    row's categories, confusion matrix, reliability and errors."""
    gru = report["gru"]["combined"]
    rows = rows_of(report)
    titles = dict(ROWS)
    metrics = [
        ("End-to-end accuracy", "accuracy"),
        ("In-scope accuracy (target >= 98%)", "in_scope_accuracy"),
        ("Out-of-scope refused (target >= 97%)", "out_of_scope_refused"),
        ("In-scope wrongly refused (target <= 2%)", "in_scope_wrongly_refused"),
        ("Expected calibration error, 10 bins (target <= 5%)", "ece"),
        ("Invariance across variants", "invariance"),
    ]
    header = "<tr><th>metric</th>" + "".join(f"<th>{escape(titles[key])}</th>" for key in rows) + "</tr>"
    metric_rows = "".join(
        f"<tr><td>{escape(title)}</td>"
        + "".join(f'<td class="num">{_pct(row.get(key))}</td>' for row in rows.values())
        + "</tr>"
        for title, key in metrics
    )
    categories = [(name, int(item["count"]), item["accuracy"]) for name, item in gru["per_category"].items()]
    errors = gru.get("errors", [])
    error_rows = "".join(
        f"<tr><td>{escape(str(e['id']))}</td><td>{escape(str(e['prompt']))}</td>"
        f"<td>{escape(' / '.join(map(str, e['expected'])))}</td><td>{escape(' / '.join(map(str, e['got'])))}</td>"
        f'<td class="num">{e["confidence"]}</td></tr>'
        for e in errors[:100]
    )
    model = report.get("model", {})
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Mini Reasoning LLM: held-out evaluation</title><style>{_STYLE}</style></head>
<body><main>
<h1>Held-out evaluation</h1>
<p>{int(report["examples"])} prompts from <code>{escape(str(report["path"]))}</code>; model fingerprint
<code>{escape(str(model.get("fingerprint", "")))}</code>, temperature {float(model.get("temperature", 0.0)):.3f}.
An answer counts as right when both the task and the answer are right.</p>
<h2>Summary</h2>
<table class="metrics">{header}{metric_rows}</table>
<h2>Accuracy per category (GRU + rules)</h2>
<figure>{_bars(categories, "End-to-end accuracy per category of the held-out set")}</figure>
<h2>Confusion matrix</h2>
{_confusion(gru["confusion"], labels)}
<h2>Reliability diagram</h2>
<p>Bars: the share of right tasks among the prompts whose confidence falls in each bin; dots: their mean
confidence. A calibrated model's bars reach the dashed diagonal.</p>
<figure>{_reliability(gru.get("reliability", []), "Accuracy against confidence, 10 bins, held-out set")}</figure>
<h2>Errors ({len(errors)})</h2>
<table><thead><tr><th>id</th><th>prompt</th><th>expected</th><th>answered</th><th>confidence</th></tr></thead>
<tbody>{error_rows}</tbody></table>
</main></body></html>
"""
