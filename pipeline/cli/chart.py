"""A measure over time as an SVG line chart, one line per place: a file any
browser or image viewer opens, drawn here with no plotting library and nothing
fetched."""

from __future__ import annotations

import math
from datetime import date
from typing import Sequence
from xml.sax.saxutils import escape

WIDTH, HEIGHT = 860, 480
MARGIN_LEFT, MARGIN_RIGHT, MARGIN_TOP, MARGIN_BOTTOM = 70, 220, 50, 50
# Colour-blind-safe (Okabe–Ito), one per place, repeated beyond eight.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#F0E442", "#000000")


def _when(iso: str) -> float:
    """An ISO date, full or partial, as a fractional year (its middle when partial)."""
    parts = [int(p) for p in iso.split("-")]
    year = parts[0]
    if len(parts) == 1:
        return year + 0.5
    month = parts[1]
    day = parts[2] if len(parts) > 2 else 15
    start = date(year, 1, 1).toordinal()
    return year + (date(year, month, min(day, 28)).toordinal() - start) / 365.25


def _ticks(low: float, high: float, count: int = 5) -> list[float]:
    if high <= low:
        return [low]
    step = 10 ** math.floor(math.log10((high - low) / count))
    for factor in (1, 2, 5, 10):
        if (high - low) / (step * factor) <= count:
            step *= factor
            break
    first = math.ceil(low / step) * step
    return [first + i * step for i in range(int((high - first) / step) + 1)]


def line_chart(points: Sequence[dict], title: str, unit: str) -> str:
    """SVG of ``points`` (dicts with ``date``, ``place``, ``value``, ``text``)."""
    if not points:
        raise ValueError("no points to draw")
    xs = [_when(p["date"]) for p in points]
    ys = [p["value"] for p in points]
    x_low, x_high = math.floor(min(xs)), math.ceil(max(xs))
    if x_high == x_low:
        x_high += 1
    pad = (max(ys) - min(ys)) * 0.1 or abs(max(ys)) * 0.05 or 1
    y_low, y_high = min(ys) - pad, max(ys) + pad
    plot_w = WIDTH - MARGIN_LEFT - MARGIN_RIGHT
    plot_h = HEIGHT - MARGIN_TOP - MARGIN_BOTTOM

    def x_at(value: float) -> float:
        return MARGIN_LEFT + (value - x_low) / (x_high - x_low) * plot_w

    def y_at(value: float) -> float:
        return MARGIN_TOP + (1 - (value - y_low) / (y_high - y_low)) * plot_h

    out = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{HEIGHT}" '
        f'viewBox="0 0 {WIDTH} {HEIGHT}" font-family="sans-serif" font-size="12">',
        f'<rect width="{WIDTH}" height="{HEIGHT}" fill="white"/>',
        f'<text x="{WIDTH / 2:.0f}" y="24" text-anchor="middle" font-size="16">{escape(title)}</text>',
    ]
    for tick in _ticks(y_low, y_high):
        y = y_at(tick)
        out.append(
            f'<line x1="{MARGIN_LEFT}" x2="{MARGIN_LEFT + plot_w}" y1="{y:.1f}" y2="{y:.1f}" stroke="#ddd"/>'
        )
        out.append(f'<text x="{MARGIN_LEFT - 6}" y="{y + 4:.1f}" text-anchor="end">{tick:g}</text>')
    for year in range(x_low, x_high + 1):
        x = x_at(year)
        out.append(
            f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{MARGIN_TOP}" y2="{MARGIN_TOP + plot_h}" stroke="#eee"/>'
        )
        out.append(f'<text x="{x:.1f}" y="{MARGIN_TOP + plot_h + 18}" text-anchor="middle">{year}</text>')
    out.append(
        f'<rect x="{MARGIN_LEFT}" y="{MARGIN_TOP}" width="{plot_w}" height="{plot_h}" fill="none" stroke="#444"/>'
    )
    out.append(
        f'<text x="18" y="{MARGIN_TOP + plot_h / 2:.0f}" text-anchor="middle" '
        f'transform="rotate(-90 18 {MARGIN_TOP + plot_h / 2:.0f})">{escape(unit)}</text>'
    )
    places = list(dict.fromkeys(p["place"] for p in points))
    for n, place in enumerate(places):
        colour = PALETTE[n % len(PALETTE)]
        mine = sorted((x, p) for x, p in zip(xs, points) if p["place"] == place)
        if len(mine) > 1:
            path = " ".join(f"{x_at(x):.1f},{y_at(p['value']):.1f}" for x, p in mine)
            out.append(f'<polyline points="{path}" fill="none" stroke="{colour}" stroke-width="2"/>')
        for x, p in mine:
            label = escape(f"{p['place']}, {p['date']}: {p['text']}")
            out.append(
                f'<circle cx="{x_at(x):.1f}" cy="{y_at(p["value"]):.1f}" r="4" fill="{colour}">'
                f"<title>{label}</title></circle>"
            )
        y = MARGIN_TOP + 10 + n * 20
        x = WIDTH - MARGIN_RIGHT + 16
        out.append(f'<rect x="{x}" y="{y - 9}" width="12" height="12" fill="{colour}"/>')
        out.append(f'<text x="{x + 18}" y="{y + 1}">{escape(place[:28])}</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"
