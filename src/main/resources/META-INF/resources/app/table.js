// The result table under an answer: a header per column (click to sort), the rows formatted by unit, CSV buttons.
import { csvButtons } from "./csv.js";
import { $ } from "./dom.js";
import { cell } from "./format.js";

export function renderResult(turn, result, runId) {
  const box = $(".result", turn.node);
  box.hidden = false;
  const rows = result.rows.slice();
  $(".row-count", box).textContent = `${result.row_count} ${result.row_count === 1 ? "row" : "rows"}`
    + (result.truncated ? " (first rows only)" : "");
  const table = $(".result-table", box);
  const numeric = result.columns.map((_, i) => rows.some((r) => typeof r[i] === "number"));
  const head = document.createElement("thead");
  const tr = document.createElement("tr");
  result.columns.forEach((column, i) => {
    const th = document.createElement("th");
    th.scope = "col";
    th.setAttribute("aria-sort", "none");
    if (numeric[i]) th.className = "num";
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = column.name;
    button.title = "Sort by " + column.name;
    button.addEventListener("click", () => sortBy(i, th));
    th.append(button);
    tr.append(th);
  });
  head.append(tr);
  const body = document.createElement("tbody");
  table.replaceChildren(head, body);
  const fill = () => body.replaceChildren(...rows.map((row) => {
    const r = document.createElement("tr");
    row.forEach((value, i) => {
      const td = document.createElement("td");
      if (numeric[i]) td.className = "num";
      td.textContent = cell(value, result.columns[i]);
      r.append(td);
    });
    return r;
  }));
  function sortBy(i, th) {
    const ascending = th.getAttribute("aria-sort") !== "ascending";
    head.querySelectorAll("th").forEach((h) => h.setAttribute("aria-sort", "none"));
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    rows.sort((a, b) => compare(a[i], b[i]) * (ascending ? 1 : -1));
    fill();
  }
  fill();
  csvButtons(box, result, runId);
}

function compare(a, b) {
  if (a === null || a === undefined) return 1;
  if (b === null || b === undefined) return -1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  return String(a).localeCompare(String(b), undefined, { numeric: true });
}
