// The status pill (model in use, offline, database or service down) and the welcome texts, from GET /health. In prd
// /health names the model and the database only to a token with config:read; without one the pill says up or down.
import { $ } from "./dom.js";
import { headers } from "./token.js";

export async function loadHealth() {
  const pill = $("#model-status");
  let online;
  try {
    const response = await fetch("/health", { headers: headers() });
    const health = await response.json();
    online = health.model && health.model.mode === "online";
    pill.className = "pill " + (online ? "online" : "offline");
    pill.textContent = online ? health.model.name : "Offline · validated questions only";
    pill.title = online ? "Model in use" : "No model is configured: Dash answers the validated questions below";
    if (!health.model && health.status === "ok") {
      online = true;
      pill.className = "pill online";
      pill.textContent = "Dash is up";
      pill.title = "The model in use is shown to tokens with config:read";
    }
    if (health.status !== "ok" || (health.database && !health.database.ready)) {
      pill.className = "pill down";
      pill.textContent = "Database unavailable";
    }
  } catch (e) {
    online = false;
    pill.className = "pill down";
    pill.textContent = "Service unreachable";
  }
  $("#questions-heading").textContent = online ? "Validated questions to start from"
    : "Offline: questions Dash can answer now";
  $("#welcome-text").textContent = online
    ? "Dash writes the SQL, runs it read-only and explains the answer."
    : "No language model is configured. Dash can still answer the questions its validated queries cover.";
}
