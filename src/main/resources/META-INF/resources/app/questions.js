// The validated questions on the welcome screen (GET /api/knowledge?kind=query); clicking one asks it.
import { getJson } from "./api.js";
import { ask } from "./ask.js";
import { $ } from "./dom.js";

export async function loadQuestions() {
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
