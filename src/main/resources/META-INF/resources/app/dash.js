// The Dash page: ask and watch the answer stream in, read the result, reopen sessions.
import { draw } from "./charts.js";
import * as format from "./format.js";

(() => {
  const $ = (selector, root = document) => root.querySelector(selector);
  const TOKEN_KEY = "dash.token";
  const state = { session: null, busy: false, online: null };

  // ---------------------------------------------------------------- HTTP

  function headers(extra = {}) {
    const token = localStorage.getItem(TOKEN_KEY);
    return token ? { ...extra, Authorization: "Bearer " + token } : extra;
  }

  async function api(path, options = {}) {
    const response = await fetch(path, { ...options, headers: headers(options.headers) });
    if (response.status === 401 || response.status === 403) {
      $("#token-button").hidden = false;
      askForToken();
      throw new Error("This service needs a valid token.");
    }
    if (!response.ok) {
      const body = await response.json().catch(() => ({}));
      throw new Error(body.detail || `HTTP ${response.status}`);
    }
    return response;
  }

  const getJson = async (path) => (await api(path)).json();

  // ---------------------------------------------------------------- status and suggestions

  async function loadHealth() {
    const pill = $("#model-status");
    try {
      const response = await fetch("/health");
      const health = await response.json();
      state.online = health.model && health.model.mode === "online";
      pill.className = "pill " + (state.online ? "online" : "offline");
      pill.textContent = state.online ? health.model.name : "Offline · validated questions only";
      pill.title = state.online ? "Model in use" : "No model is configured: Dash answers the validated questions below";
      if (!health.database || !health.database.ready) {
        pill.className = "pill down";
        pill.textContent = "Database unavailable";
      }
    } catch (e) {
      state.online = false;
      pill.className = "pill down";
      pill.textContent = "Service unreachable";
    }
    $("#questions-heading").textContent = state.online ? "Validated questions to start from"
      : "Offline: questions Dash can answer now";
    $("#welcome-text").textContent = state.online
      ? "Dash writes the SQL, runs it read-only and explains the answer."
      : "No language model is configured. Dash can still answer the questions its validated queries cover.";
  }

  async function loadQuestions() {
    const list = $("#offline-questions");
    try {
      const page = await getJson("/api/knowledge?kind=query&limit=200");
      const questions = page.data
        .filter((q) => q.origin === "file" || q.approved)
        .map((q) => q.questions[0] || q.name.replaceAll("_", " "))
        .filter(Boolean);
      list.replaceChildren(...questions.slice(0, 12).map((text) => {
        const li = document.createElement("li");
        const button = document.createElement("button");
        button.type = "button";
        button.className = "suggestion";
        button.textContent = text;
        button.addEventListener("click", () => ask(text));
        li.append(button);
        return li;
      }));
    } catch (e) {
      list.replaceChildren();
    }
  }

  // ---------------------------------------------------------------- sessions

  async function loadSessions() {
    let sessions = [];
    try {
      sessions = (await getJson("/api/sessions?limit=50")).data;
    } catch (e) {
      // shown as an empty list; the status pill tells why
    }
    $("#sessions-empty").hidden = sessions.length > 0;
    $("#sessions").replaceChildren(...sessions.map((s) => {
      const li = document.createElement("li");
      const button = document.createElement("button");
      button.type = "button";
      button.className = "session" + (s.session_id === state.session ? " current" : "");
      button.dataset.session = s.session_id;
      if (s.session_id === state.session) button.setAttribute("aria-current", "true");
      const name = document.createElement("span");
      name.className = "session-name";
      name.textContent = s.name || "Untitled";
      const when = document.createElement("span");
      when.className = "session-when muted";
      when.textContent = `${relative(s.updated_at)} · ${s.runs} ${s.runs === 1 ? "question" : "questions"}`;
      button.append(name, when);
      button.addEventListener("click", () => openSession(s.session_id));
      li.append(button);
      return li;
    }));
  }

  async function openSession(id) {
    const session = await getJson("/api/sessions/" + encodeURIComponent(id));
    state.session = id;
    $("#conversation").replaceChildren();
    for (const run of session.runs) {
      const turn = newTurn(run.question);
      complete(turn, run);
    }
    showWelcome(false);
    closeSidebar();
    await loadSessions();
    $("#question").focus();
  }

  function newSession() {
    state.session = null;
    $("#conversation").replaceChildren();
    showWelcome(true);
    loadSessions();
    $("#question").focus();
  }

  function relative(iso) {
    const seconds = (Date.now() - Date.parse(iso)) / 1000;
    const units = [["year", 31536000], ["month", 2592000], ["day", 86400], ["hour", 3600], ["minute", 60]];
    const rtf = new Intl.RelativeTimeFormat(undefined, { numeric: "auto" });
    for (const [unit, size] of units) {
      if (seconds >= size) return rtf.format(-Math.floor(seconds / size), unit);
    }
    return "just now";
  }

  // ---------------------------------------------------------------- asking

  async function ask(question) {
    question = question.trim();
    if (!question || state.busy) return;
    state.busy = true;
    $("#ask").disabled = true;
    $("#question").value = "";
    autosize();
    showWelcome(false);
    const turn = newTurn(question);
    turn.node.scrollIntoView({ behavior: "smooth", block: "start" });
    try {
      const body = JSON.stringify(state.session ? { question, session_id: state.session } : { question });
      const response = await api("/api/ask/stream", {
        method: "POST", body, headers: { "Content-Type": "application/json" },
      });
      await readEvents(response, (name, data) => onEvent(turn, name, data));
      if (!turn.done) failed(turn, "The answer stopped before it was complete.");
    } catch (e) {
      failed(turn, e.message);
    } finally {
      state.busy = false;
      $("#ask").disabled = false;
      loadSessions();
    }
  }

  /** Reads `event: Name` / `data: {json}` frames from a streamed response. */
  async function readEvents(response, handle) {
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += decoder.decode(value, { stream: true });
      let end;
      while ((end = buffer.indexOf("\n\n")) >= 0) {
        const frame = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        let name = "message";
        const data = [];
        for (const line of frame.split("\n")) {
          if (line.startsWith("event:")) name = line.slice(6).trim();
          else if (line.startsWith("data:")) data.push(line.slice(5).replace(/^ /, ""));
        }
        if (data.length) handle(name, JSON.parse(data.join("\n")));
      }
    }
  }

  function onEvent(turn, name, data) {
    switch (name) {
      case "RunStarted":
        state.session = data.session_id;
        break;
      case "ToolCallStarted":
        addStep(turn, data.tool);
        break;
      case "ToolCallCompleted":
        finishStep(turn, data.tool);
        break;
      case "RunContent":
        turn.text += data.content || "";
        renderMarkdown(turn.answer, turn.text);
        break;
      case "RunCompleted":
      case "RunError":
        complete(turn, data.response || { answer: data.content, error: { message: data.content } });
        break;
      default:
        break;
    }
  }

  // ---------------------------------------------------------------- one question and its answer

  function newTurn(question) {
    const node = $("#turn-template").content.firstElementChild.cloneNode(true);
    $(".question", node).textContent = question;
    $("#conversation").append(node);
    return { node, answer: $(".answer", node), steps: $(".steps", node), text: "", done: false, stepNodes: {} };
  }

  const TOOL_LABELS = {
    run_sql_query: "Running SQL", introspect_schema: "Reading the schema", save_validated_query: "Saving the query",
    save_learning: "Saving a learning", update_knowledge: "Updating knowledge", think: "Thinking",
    analyze: "Analysing", delegate_task_to_member: "Asking a team member",
  };

  function addStep(turn, tool) {
    const li = document.createElement("li");
    li.className = "step running";
    const label = TOOL_LABELS[tool.tool_name] || tool.tool_name;
    const who = tool.tool_name === "delegate_task_to_member" && tool.tool_args ? ` (${tool.tool_args.member_id})` : "";
    li.innerHTML = `<span class="step-icon" aria-hidden="true"></span><span class="step-name"></span><span class="step-detail muted"></span>`;
    $(".step-name", li).textContent = label + who;
    turn.steps.append(li);
    turn.stepNodes[tool.tool_call_id] = li;
  }

  function finishStep(turn, tool) {
    const li = turn.stepNodes[tool.tool_call_id];
    if (!li) return;
    li.className = "step " + (tool.tool_call_error ? "failed" : "ok");
    const seconds = tool.metrics && tool.metrics.duration !== undefined ? ` · ${tool.metrics.duration.toFixed(2)} s` : "";
    $(".step-detail", li).textContent = (tool.result ? " — " + shorten(tool.result, 90) : "") + seconds;
  }

  function complete(turn, run) {
    turn.done = true;
    turn.node.dataset.runId = run.run_id || "";
    turn.node.dataset.status = run.status || "error";
    if (!turn.steps.children.length && run.trace) {
      run.trace.tool_calls.forEach((call, i) => {
        const id = "stored_" + i;
        addStep(turn, { tool_call_id: id, tool_name: call.name, tool_args: call.args });
        finishStep(turn, { tool_call_id: id, tool_call_error: !call.ok, result: call.summary,
          metrics: { duration: call.ms / 1000 } });
      });
    }
    renderMarkdown(turn.answer, run.answer || "");
    if (run.error) turn.answer.classList.add("error");
    if (run.chart) {
      const box = $(".chart-box", turn.node);
      box.hidden = false;
      $(".chart-note", box).textContent = run.chart.note || "";
      draw($(".chart", box), run.chart);
    }
    if (run.result && run.result.columns.length) renderResult(turn, run.result, run.run_id);
    if (run.sql && run.sql.length) {
      const details = $(".sql", turn.node);
      details.hidden = false;
      $("code", details).textContent = run.sql.join(";\n\n");
      $("summary", details).textContent = run.sql.length === 1 ? "SQL" : `SQL (${run.sql.length} statements)`;
    }
    const meta = [];
    if (run.route) meta.push(run.route.replace("_", " "));
    if (run.validated_query) meta.push("validated query " + run.validated_query);
    if (run.trace) meta.push((run.trace.ms / 1000).toFixed(1) + " s");
    $(".meta", turn.node).textContent = meta.join(" · ");
  }

  function failed(turn, message) {
    turn.done = true;
    turn.node.dataset.status = "error";
    turn.answer.classList.add("error");
    turn.answer.textContent = message;
  }

  // ---------------------------------------------------------------- result table

  function renderResult(turn, result, runId) {
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
        td.textContent = format.cell(value, result.columns[i]);
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

  function compare(a, b) {
    if (a === null || a === undefined) return 1;
    if (b === null || b === undefined) return -1;
    if (typeof a === "number" && typeof b === "number") return a - b;
    return String(a).localeCompare(String(b), undefined, { numeric: true });
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

  // ---------------------------------------------------------------- markdown (a safe subset)

  function renderMarkdown(target, markdown) {
    const escape = (s) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);
    const inline = (s) => escape(s)
      .replace(/`([^`]+)`/g, "<code>$1</code>")
      .replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")
      .replace(/(^|[^*])\*([^*\s][^*]*)\*/g, "$1<em>$2</em>");
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

  function shorten(text, n) {
    const one = String(text).replace(/\s+/g, " ");
    return one.length > n ? one.slice(0, n - 1) + "…" : one;
  }

  // ---------------------------------------------------------------- layout, keyboard, token

  function showWelcome(show) {
    $("#welcome").hidden = !show;
  }

  function closeSidebar() {
    document.body.classList.remove("sidebar-open");
    $("#menu").setAttribute("aria-expanded", "false");
  }

  function autosize() {
    const area = $("#question");
    area.style.height = "auto";
    area.style.height = Math.min(area.scrollHeight + 2, 200) + "px";
    area.style.overflowY = area.scrollHeight > 200 ? "auto" : "hidden";
  }

  function askForToken() {
    const dialog = $("#token-dialog");
    if (dialog.open) return;
    $("#token-input").value = localStorage.getItem(TOKEN_KEY) || "";
    dialog.showModal();
  }

  $("#token-dialog").addEventListener("close", () => {
    const choice = $("#token-dialog").returnValue;
    if (choice === "save" && $("#token-input").value.trim()) {
      localStorage.setItem(TOKEN_KEY, $("#token-input").value.trim());
    } else if (choice === "clear") {
      localStorage.removeItem(TOKEN_KEY);
    }
    if (choice === "save" || choice === "clear") {
      loadSessions();
      loadQuestions();
    }
  });

  $("#composer").addEventListener("submit", (e) => {
    e.preventDefault();
    ask($("#question").value);
  });
  $("#question").addEventListener("keydown", (e) => {
    if (e.key === "Enter" && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      ask($("#question").value);
    }
  });
  $("#question").addEventListener("input", autosize);
  $("#new-session").addEventListener("click", newSession);
  $("#token-button").addEventListener("click", askForToken);
  $("#menu").addEventListener("click", () => {
    const open = document.body.classList.toggle("sidebar-open");
    $("#menu").setAttribute("aria-expanded", String(open));
  });
  document.addEventListener("keydown", (e) => {
    if (e.key === "Escape") closeSidebar();
  });

  if (localStorage.getItem(TOKEN_KEY)) $("#token-button").hidden = false;
  loadHealth();
  loadQuestions();
  loadSessions();
  $("#question").focus();
})();
