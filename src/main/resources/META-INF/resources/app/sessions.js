// Sessions: the current one, the sidebar list (GET /api/sessions), reopening one with its answers
// (GET /api/sessions/{id}) and starting a new one.
import { getJson } from "./api.js";
import { $ } from "./dom.js";
import { closeSidebar, showWelcome } from "./layout.js";
import { complete, newTurn } from "./turn.js";

let current = null;

/** The session new questions continue, or null for a new one. */
export const currentSession = () => current;

export function setCurrentSession(id) {
  current = id;
}

export async function loadSessions() {
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
    button.className = "session" + (s.session_id === current ? " current" : "");
    button.dataset.session = s.session_id;
    if (s.session_id === current) button.setAttribute("aria-current", "true");
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

export async function openSession(id) {
  const session = await getJson("/api/sessions/" + encodeURIComponent(id));
  current = id;
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

export function newSession() {
  current = null;
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
