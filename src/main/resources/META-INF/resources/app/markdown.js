// The answer's markdown as HTML: a safe subset (paragraphs, lists, headings, code, tables, bold, italics);
// everything else is escaped.

export function renderMarkdown(target, markdown) {
  const escape = (s) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
  const inline = (s) => escape(s)
    .replace(/`([^`]+)`/g, "<code>$1</code>")
    .replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")
    .replace(/(^|[^*])\*([^*\s][^*]*)\*/g, "$1<em>$2</em>")
    .replace(/(^|\s)_(?=\S)(.+?)_(?=$|[\s.,;:!?])/g, "$1<em>$2</em>");
  const html = [];
  let list = null;
  let code = null;
  let table = null;
  const closeList = () => { if (list) { html.push(`</${list}>`); list = null; } };
  const cells = (line) => line.trim().replace(/^\|/, "").replace(/\|$/, "").split("|").map((c) => c.trim());
  const closeTable = () => {
    if (!table) return;
    const [head, ...body] = table.filter((row) => !row.every((c) => /^:?-{2,}:?$/.test(c)));
    html.push('<div class="table-wrap"><table class="result-table"><thead><tr>'
      + head.map((c) => `<th class="md">${inline(c)}</th>`).join("") + "</tr></thead><tbody>"
      + body.map((row) => "<tr>" + row.map((c) => `<td>${inline(c)}</td>`).join("") + "</tr>").join("")
      + "</tbody></table></div>");
    table = null;
  };
  for (const line of markdown.split("\n")) {
    if (code === null && /^\s*\|.*\|\s*$/.test(line)) {
      closeList();
      (table = table || []).push(cells(line));
      continue;
    }
    closeTable();
    if (line.startsWith("```")) {
      if (code === null) { closeList(); code = []; } else { html.push(`<pre><code>${escape(code.join("\n"))}</code></pre>`); code = null; }
      continue;
    }
    if (code !== null) { code.push(line); continue; }
    const bullet = line.match(/^\s*[-*•]\s+(.*)/);
    const numbered = line.match(/^\s*\d+[.)]\s+(.*)/);
    const heading = line.match(/^(#{1,4})\s+(.*)/);
    if (bullet || numbered) {
      const kind = bullet ? "ul" : "ol";
      if (list !== kind) { closeList(); html.push(`<${kind}>`); list = kind; }
      html.push(`<li>${inline((bullet || numbered)[1])}</li>`);
    } else if (heading) {
      closeList();
      html.push(`<h4>${inline(heading[2])}</h4>`);
    } else if (line.trim()) {
      closeList();
      html.push(`<p>${inline(line)}</p>`);
    } else {
      closeList();
    }
  }
  closeList();
  closeTable();
  if (code !== null) html.push(`<pre><code>${escape(code.join("\n"))}</code></pre>`);
  target.innerHTML = html.join("");
}
