// One question and its answer on the page: the question, the tool steps, then the finished answer with its chart,
// result table, SQL and meta line (streamed live, or from a stored run when a session is reopened).
import { draw } from "./charts.js";
import { $ } from "./dom.js";
import { renderMarkdown } from "./markdown.js";
import { markNumbers } from "./numbers.js";
import { renderResult } from "./table.js";

export function newTurn(question) {
  const node = $("#turn-template").content.firstElementChild.cloneNode(true);
  $(".question", node).textContent = question;
  $("#conversation").append(node);
  return { node, answer: $(".answer", node), steps: $(".steps", node), text: "", done: false, stepNodes: {} };
}

// Each tool's step while it runs, and once it has finished.
const TOOL_LABELS = {
  run_sql_query: ["Running SQL", "Ran SQL"], introspect_schema: ["Reading the schema", "Read the schema"],
  save_validated_query: ["Saving the query", "Saved the query"], save_learning: ["Saving a learning", "Saved a learning"],
  update_knowledge: ["Updating knowledge", "Updated knowledge"], think: ["Thinking", "Thought"],
  analyze: ["Analysing", "Analysed"], delegate_task_to_member: ["Asking a team member", "Asked a team member"],
};

function stepLabel(tool, done) {
  const labels = TOOL_LABELS[tool.tool_name];
  const label = labels ? labels[done ? 1 : 0] : tool.tool_name;
  const who = tool.tool_name === "delegate_task_to_member" && tool.tool_args ? ` (${tool.tool_args.member_id})` : "";
  return label + who;
}

export function addStep(turn, tool) {
  const li = document.createElement("li");
  li.className = "step running";
  li.innerHTML = `<span class="step-icon" aria-hidden="true"></span><span class="step-name"></span><span class="step-detail muted"></span>`;
  $(".step-name", li).textContent = stepLabel(tool, false);
  turn.steps.append(li);
  turn.stepNodes[tool.tool_call_id] = { li, tool };
}

export function finishStep(turn, tool) {
  const step = turn.stepNodes[tool.tool_call_id];
  if (!step) return;
  const li = step.li;
  $(".step-name", li).textContent = stepLabel(step.tool, true);
  li.className = "step " + (tool.tool_call_error ? "failed" : "ok");
  const seconds = tool.metrics && tool.metrics.duration !== undefined ? ` · ${tool.metrics.duration.toFixed(2)} s` : "";
  $(".step-detail", li).textContent = (tool.result ? " — " + shorten(tool.result, 90) : "") + seconds;
}

export function complete(turn, run) {
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
  // A stored run still in progress (reopened while it runs elsewhere) has no answer yet.
  const waiting = run.status === "running" ? "_Still being answered: reopen the session in a moment._" : "";
  renderMarkdown(turn.answer, run.answer || waiting);
  markNumbers(turn.answer, run.numbers);
  if (run.error) turn.answer.classList.add("error");
  if (run.chart) {
    const box = $(".chart-box", turn.node);
    box.hidden = false;
    $(".chart-note", box).textContent = run.chart.note || "";
    draw($(".chart", box), run.chart);
  }
  if (run.result && run.result.columns.length) renderResult(turn, run.result, run.run_id);
  if (run.sql && run.sql.length) {
    const details = $("details.sql", turn.node);
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

export function failed(turn, message) {
  turn.done = true;
  turn.node.dataset.status = "error";
  turn.answer.classList.add("error");
  turn.answer.textContent = message;
}

function shorten(text, n) {
  const one = String(text).replace(/\s+/g, " ");
  return one.length > n ? one.slice(0, n - 1) + "…" : one;
}
