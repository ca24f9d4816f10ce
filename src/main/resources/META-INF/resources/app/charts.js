// Draws the server's chart spec with ECharts (the same spec the PNG renderer draws).
import * as format from "./format.js";

const PALETTE = ["#4f46e5", "#0ea5e9", "#10b981", "#f59e0b", "#ef4444", "#8b5cf6", "#14b8a6", "#ec4899",
  "#84cc16", "#64748b", "#f97316", "#06b6d4", "#94a3b8"];
const dark = window.matchMedia("(prefers-color-scheme: dark)");
const drawn = new Set();

function colours() {
  return dark.matches ? { text: "#e5e7eb", muted: "#9ca3af", grid: "#374151" }
    : { text: "#1f2937", muted: "#6b7280", grid: "#e5e7eb" };
}

const MONTH_START = /^\d{4}-\d{2}(-01)?$/;

/** Month starts read as "Jan 2024"; other dates stay as they are. */
function dateLabels(labels) {
  if (!labels.length || !labels.every((l) => MONTH_START.test(l))) return labels;
  return labels.map((l) => format.date(l.slice(0, 7)));
}

function option(spec) {
  const c = colours();
  const fmt = (v) => format.number(v, spec.unit);
  const axisValue = {
    type: "value", axisLabel: { color: c.muted, formatter: (v) => format.compact(v, spec.unit) },
    splitLine: { lineStyle: { color: c.grid } },
  };
  const axisCategory = {
    type: "category", data: spec.kind === "line" ? dateLabels(spec.labels) : spec.labels, axisLabel: { color: c.muted, hideOverlap: true },
    axisLine: { lineStyle: { color: c.grid } }, axisTick: { show: false },
  };
  const base = {
    color: PALETTE, backgroundColor: "transparent", textStyle: { color: c.text },
    title: { text: spec.title, left: "center", textStyle: { color: c.text, fontSize: 15, fontWeight: 600 } },
    tooltip: { trigger: spec.kind === "pie" ? "item" : "axis", valueFormatter: fmt },
    grid: { left: 12, right: spec.kind === "line" ? 40 : 24, top: spec.series.length > 1 ? 64 : 44, bottom: 12, containLabel: true },
    animationDuration: 400,
  };
  if (spec.series.length > 1 || spec.kind === "pie") {
    base.legend = { top: spec.kind === "pie" ? "bottom" : 28, type: "scroll", textStyle: { color: c.muted } };
  }
  switch (spec.kind) {
    case "line":
      return { ...base, xAxis: { ...axisCategory, boundaryGap: false }, yAxis: { ...axisValue, scale: true },
        series: spec.series.map((s) => ({ name: s.name, type: "line", data: s.values, connectNulls: false,
          showSymbol: spec.labels.length <= 24, symbolSize: 6, lineStyle: { width: 2.5 } })) };
    case "bar":
    case "stacked_bar": {
      const categories = spec.horizontal ? { ...axisCategory, inverse: true } : axisCategory;
      const series = spec.series.map((s) => ({ name: s.name, type: "bar", data: s.values, barMaxWidth: 48,
        stack: spec.kind === "stacked_bar" ? "total" : undefined,
        itemStyle: { borderRadius: spec.kind === "bar" ? (spec.horizontal ? [0, 4, 4, 0] : [4, 4, 0, 0]) : 0 } }));
      // Value axes include zero (ECharts' default without scale): bars never start off zero.
      return spec.horizontal ? { ...base, xAxis: axisValue, yAxis: categories, series }
        : { ...base, xAxis: categories, yAxis: axisValue, series };
    }
    case "pie":
      return { ...base, series: [{ name: spec.series[0].name, type: "pie", radius: ["42%", "68%"], top: 24,
        itemStyle: { borderColor: dark.matches ? "#111827" : "#fff", borderWidth: 2 },
        label: { color: c.text, formatter: (p) => `${p.name}\n${fmt(p.value)} (${p.percent.toFixed(0)}%)` },
        data: spec.labels.map((name, i) => ({ name, value: spec.series[0].values[i] })) }] };
    default:
      return null;
  }
}

function figure(box, spec) {
  const f = spec.figure;
  box.classList.add("figure");
  box.innerHTML = "";
  const label = document.createElement("div");
  label.className = "figure-label";
  label.textContent = f.label;
  const value = document.createElement("div");
  value.className = "figure-value";
  value.textContent = f.value === null ? "–" : format.number(f.value, spec.unit);
  box.append(label, value);
  if (f.change !== null && f.change !== undefined) {
    const change = document.createElement("div");
    const up = f.change >= 0;
    change.className = "figure-change " + (up ? "up" : "down");
    const pct = f.change_pct === null ? "" : ` (${up ? "+" : ""}${(f.change_pct * 100).toFixed(1)}%)`;
    change.textContent = `${up ? "▲ +" : "▼ "}${format.number(f.change, spec.unit)}${pct} vs ${format.number(f.previous, spec.unit)}`;
    box.append(change);
  }
}

export function draw(box, spec) {
  box.setAttribute("role", "img");
  box.setAttribute("aria-label", spec.title || "Chart");
  if (spec.kind === "figure") {
    figure(box, spec);
    return;
  }
  if (!window.echarts) {
    box.textContent = "Charts are unavailable (ECharts did not load).";
    return;
  }
  const chart = echarts.init(box, null, { renderer: "canvas" });
  chart.setOption(option(spec));
  box._spec = spec;
  box._chart = chart;
  drawn.add(box);
}

window.addEventListener("resize", () => drawn.forEach((b) => b.isConnected ? b._chart.resize() : drawn.delete(b)));
dark.addEventListener("change", () => drawn.forEach((b) => b.isConnected && b._chart.setOption(option(b._spec), true)));

