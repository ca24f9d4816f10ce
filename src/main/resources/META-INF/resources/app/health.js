// The status pill (model in use, offline, database or service down) and the welcome texts, from GET /health.
import { $ } from "./dom.js";

export async function loadHealth() {
  const pill = $("#model-status");
  let online;
  try {
    const response = await fetch("/health");
    const health = await response.json();
    online = health.model && health.model.mode === "online";
    pill.className = "pill " + (online ? "online" : "offline");
    pill.textContent = online ? health.model.name : "Offline · validated questions only";
    pill.title = online ? "Model in use" : "No model is configured: Dash answers the validated questions below";
    if (!health.database || !health.database.ready) {
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
