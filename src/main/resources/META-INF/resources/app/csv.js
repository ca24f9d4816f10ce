// The result as CSV: the "Copy CSV" and "Download CSV" buttons of a result table.
import { $ } from "./dom.js";

export function csvButtons(box, result, runId) {
  const csv = () => toCsv(result);
  $(".copy-csv", box).addEventListener("click", async (e) => {
    await copy(csv());
    flash(e.target, "Copied");
  });
  $(".download-csv", box).addEventListener("click", () => {
    const link = document.createElement("a");
    link.href = URL.createObjectURL(new Blob([csv()], { type: "text/csv" }));
    link.download = `dash-${(runId || "result").slice(0, 8)}.csv`;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  });
}

function toCsv(result) {
  const quote = (v) => {
    if (v === null || v === undefined) return "";
    const text = Array.isArray(v) ? v.join(", ") : String(v);
    return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return [result.columns.map((c) => quote(c.name)), ...result.rows.map((r) => r.map(quote))]
    .map((line) => line.join(",")).join("\r\n") + "\r\n";
}

async function copy(text) {
  try {
    await navigator.clipboard.writeText(text);
  } catch (e) {
    const area = document.createElement("textarea");
    area.value = text;
    document.body.append(area);
    area.select();
    document.execCommand("copy");
    area.remove();
  }
}

function flash(button, text) {
  const before = button.textContent;
  button.textContent = text;
  setTimeout(() => { button.textContent = before; }, 1200);
}
