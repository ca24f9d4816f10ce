// Where each figure of an answer came from: every number the service traced (run.numbers) is wrapped in the rendered
// answer, and hovering, focusing or tapping it shows its query (validated name or ad-hoc SQL), row and column, or how
// it was derived. Figures that match no query result are marked unverified.

export function markNumbers(target, numbers) {
  if (!numbers || !numbers.length) return;
  const walker = document.createTreeWalker(target, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement.closest("code, pre, .figure") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  let node = walker.nextNode();
  for (const number of numbers) {
    // Figures come in the text's order: look from the last one on; one not found is skipped, not the rest.
    const start = node;
    while (node && node.data.indexOf(number.text) < 0) node = walker.nextNode();
    if (!node) {
      node = start;
      if (start) walker.currentNode = start;
      continue;
    }
    const figure = node.splitText(node.data.indexOf(number.text));
    const rest = figure.splitText(number.text.length);
    figure.replaceWith(wrap(number));
    node = rest;
    walker.currentNode = rest;
  }
}

function wrap(number) {
  const span = document.createElement("span");
  span.className = "figure " + (number.verified ? "verified" : "unverified");
  span.tabIndex = 0;
  span.textContent = number.text;
  const pop = document.createElement("span");
  pop.className = "figure-source";
  pop.setAttribute("role", "tooltip");
  const line = (text, cls) => {
    const el = document.createElement(cls === "source-sql" ? "code" : "span");
    el.className = cls;
    el.textContent = text;
    pop.append(el);
  };
  if (!number.verified) {
    line("Unverified: matches no query result of this run", "warning");
  } else {
    line(number.query ? "Validated query " + number.query : number.sql ? "Ad-hoc SQL" : "From the question", "name");
    const where = [];
    if (number.row !== null && number.row !== undefined) where.push("row " + (number.row + 1));
    if (number.column) where.push("column " + number.column);
    if (where.length) line(where.join(", "), "where");
    if (number.derivation) line(number.derivation, "derivation");
    if (number.sql) line(number.sql, "source-sql");
  }
  span.append(pop);
  return span;
}
