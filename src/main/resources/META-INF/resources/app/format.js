// Numbers as the server's formatting helper writes them, by the column's unit; plain formatting when there is none.
"use strict";
window.DashFormat = (() => {
  const cache = new Map();
  const formatter = (key, options) => {
    if (!cache.has(key)) cache.set(key, new Intl.NumberFormat(undefined, options));
    return cache.get(key);
  };

  function number(value, unit) {
    if (value === null || value === undefined || value === "") return "";
    const n = typeof value === "number" ? value : Number(value);
    if (typeof value !== "number" && (typeof value !== "string" || !/^-?\d+(\.\d+)?$/.test(value))) return String(value);
    switch (unit) {
      case "currency":
        return formatter("currency" + (Math.abs(n) >= 1000), {
          style: "currency", currency: "USD", maximumFractionDigits: Math.abs(n) >= 1000 ? 0 : 2,
        }).format(n);
      case "percent":
        return formatter("percent", { maximumFractionDigits: 1 }).format(n) + "%";
      case "count":
        return formatter("count", { maximumFractionDigits: 0 }).format(n);
      default:
        return formatter("number", { maximumFractionDigits: 2 }).format(n);
    }
  }

  /** A short axis label: 12.3k, 4.5M. */
  function compact(value, unit) {
    if (unit === "percent") return number(value, unit);
    const text = formatter("compact", { notation: "compact", maximumFractionDigits: 1 }).format(value);
    return unit === "currency" ? "$" + text : text;
  }

  function cell(value, column) {
    if (value === null || value === undefined) return "";
    if (Array.isArray(value)) return value.join(", ");
    if (typeof value === "number") return number(value, column.unit);
    if (typeof value === "boolean") return value ? "yes" : "no";
    return String(value);
  }

  return { number, compact, cell };
})();
