// Numbers as the server's formatting helper writes them, by the column's unit; plain formatting when there is none.
const cache = new Map();
const formatter = (key, options) => {
  if (!cache.has(key)) cache.set(key, new Intl.NumberFormat(undefined, options));
  return cache.get(key);
};

export function number(value, unit) {
  if (value === null || value === undefined || value === "") return "";
  const n = typeof value === "number" ? value : Number(value);
  if (typeof value !== "number" && (typeof value !== "string" || !/^-?\d+(\.\d+)?$/.test(value))) return String(value);
  switch (unit) {
    case "currency":
      return formatter("currency", { style: "currency", currency: "USD", minimumFractionDigits: 2,
        maximumFractionDigits: 2 }).format(n);
    case "percent":
      return formatter("percent", { maximumFractionDigits: 1 }).format(n) + "%";
    case "count":
      return formatter("count", { maximumFractionDigits: 0 }).format(n);
    default:
      return formatter("number", { maximumFractionDigits: 2 }).format(n);
  }
}

/** A short axis label: 12.3k, 4.5M. */
export function compact(value, unit) {
  if (unit === "percent") return number(value, unit);
  const text = formatter("compact", { notation: "compact", maximumFractionDigits: 1 }).format(value);
  return unit === "currency" ? "$" + text : text;
}

const MONTH = new Intl.DateTimeFormat(undefined, { month: "short", year: "numeric", timeZone: "UTC" });
const DAY = new Intl.DateTimeFormat(undefined, { month: "short", day: "numeric", year: "numeric", timeZone: "UTC" });

/** 2024-03 as "Mar 2024", 2024-03-05 as "Mar 5, 2024"; anything else as it is. */
export function date(text) {
  if (/^\d{4}-\d{2}$/.test(text)) return MONTH.format(new Date(text + "-01T00:00:00Z"));
  if (/^\d{4}-\d{2}-\d{2}(T00:00(:00)?)?$/.test(text)) return DAY.format(new Date(text.slice(0, 10) + "T00:00:00Z"));
  return text;
}

export function cell(value, column) {
  if (value === null || value === undefined) return "–";
  if (column.unit === "date" && typeof value === "string") return date(value);
  if (Array.isArray(value)) return value.join(", ");
  if (typeof value === "number") {
    return column.unit === "date" || column.unit === "text" ? String(value) : number(value, column.unit);
  }
  if (typeof value === "boolean") return value ? "yes" : "no";
  return String(value);
}
