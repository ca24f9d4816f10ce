// The API token: kept in this browser's local storage, sent as a bearer token, asked for in the token dialog.
import { $ } from "./dom.js";

const TOKEN_KEY = "dash.token";

export const hasToken = () => Boolean(localStorage.getItem(TOKEN_KEY));

/** The request headers plus Authorization when a token is stored. */
export function headers(extra = {}) {
  const token = localStorage.getItem(TOKEN_KEY);
  return token ? { ...extra, Authorization: "Bearer " + token } : extra;
}

export function showTokenButton() {
  $("#token-button").hidden = false;
}

export function askForToken() {
  const dialog = $("#token-dialog");
  if (dialog.open) return;
  $("#token-input").value = localStorage.getItem(TOKEN_KEY) || "";
  dialog.showModal();
}

/** Keeps or forgets the token as the closed dialog says; true when the person saved or forgot. */
export function keepDialogChoice() {
  const choice = $("#token-dialog").returnValue;
  if (choice === "save" && $("#token-input").value.trim()) {
    localStorage.setItem(TOKEN_KEY, $("#token-input").value.trim());
  } else if (choice === "clear") {
    localStorage.removeItem(TOKEN_KEY);
  }
  return choice === "save" || choice === "clear";
}
