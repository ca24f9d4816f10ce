// The page's layout: the welcome screen, the sessions drawer on narrow screens, the height of the question box.
import { $ } from "./dom.js";

export function showWelcome(show) {
  $("#welcome").hidden = !show;
}

export function toggleSidebar() {
  const open = document.body.classList.toggle("sidebar-open");
  $("#menu").setAttribute("aria-expanded", String(open));
}

export function closeSidebar() {
  document.body.classList.remove("sidebar-open");
  $("#menu").setAttribute("aria-expanded", "false");
}

export function autosize() {
  const area = $("#question");
  area.style.height = "auto";
  area.style.height = Math.min(area.scrollHeight + 2, 200) + "px";
  area.style.overflowY = area.scrollHeight > 200 ? "auto" : "hidden";
}
