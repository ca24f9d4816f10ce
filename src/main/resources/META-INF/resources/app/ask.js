// Asking a question: POST /api/ask/stream, and each streamed event drawn into the question's turn as it arrives.
import { api } from "./api.js";
import { offerChoices } from "./choices.js";
import { $ } from "./dom.js";
import { autosize, showWelcome } from "./layout.js";
import { renderMarkdown } from "./markdown.js";
import { currentSession, loadSessions, setCurrentSession } from "./sessions.js";
import { readEvents } from "./stream.js";
import { addStep, complete, failed, finishStep, newTurn } from "./turn.js";

let busy = false;

export async function ask(question) {
  question = question.trim();
  if (!question || busy) return;
  busy = true;
  $("#ask").disabled = true;
  $("#question").value = "";
  autosize();
  showWelcome(false);
  const turn = newTurn(question);
  turn.node.scrollIntoView({ behavior: "smooth", block: "start" });
  try {
    const session = currentSession();
    const body = JSON.stringify(session ? { question, session_id: session } : { question });
    const response = await api("/api/ask/stream", {
      method: "POST", body, headers: { "Content-Type": "application/json" },
    });
    await readEvents(response, (name, data) => onEvent(turn, name, data));
    if (!turn.done) failed(turn, "The answer stopped before it was complete.");
  } catch (e) {
    failed(turn, e.message);
  } finally {
    busy = false;
    $("#ask").disabled = false;
    loadSessions();
  }
}

function onEvent(turn, name, data) {
  switch (name) {
    case "RunStarted":
      setCurrentSession(data.session_id);
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
      if (data.response) offerChoices(turn, data.response.clarification, ask);
      break;
    default:
      break;
  }
}
