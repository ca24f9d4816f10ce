// The Dash page: ask and watch the answer stream in, read the result, reopen sessions.
// This entry module wires the page's controls to the modules and loads the first data.
import { ask } from "./ask.js";
import { $ } from "./dom.js";
import { loadHealth } from "./health.js";
import { autosize, closeSidebar, toggleSidebar } from "./layout.js";
import { loadQuestions } from "./questions.js";
import { loadSessions, newSession } from "./sessions.js";
import { askForToken, hasToken, keepDialogChoice, showTokenButton } from "./token.js";

$("#token-dialog").addEventListener("close", () => {
  if (keepDialogChoice()) {
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
$("#menu").addEventListener("click", toggleSidebar);
document.addEventListener("keydown", (e) => {
  if (e.key === "Escape") closeSidebar();
});

if (hasToken()) showTokenButton();
loadHealth();
loadQuestions();
loadSessions();
$("#question").focus();
