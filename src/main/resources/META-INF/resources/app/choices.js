// A clarifying question's options as buttons under its answer: a click sends the option's label as the next
// message of the session, which picks that meaning (once picked, the buttons are done).
import { $ } from "./dom.js";

export function offerChoices(turn, clarification, send) {
  const box = $(".choices", turn.node);
  if (!clarification || !clarification.options) return;
  box.replaceChildren(...clarification.options.map((option) => {
    const button = document.createElement("button");
    button.type = "button";
    button.className = "suggestion choice";
    button.dataset.option = option.id;
    button.textContent = option.label;
    button.addEventListener("click", () => {
      box.querySelectorAll("button").forEach((b) => { b.disabled = true; });
      send(option.label);
    });
    return button;
  }));
  box.hidden = false;
}
