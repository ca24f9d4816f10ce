// Calls to the Dash API: the stored token on every request, a 401 or 403 asks for a token, other failures throw
// an Error with the server's detail.
import { askForToken, headers, showTokenButton } from "./token.js";

export async function api(path, options = {}) {
  const response = await fetch(path, { ...options, headers: headers(options.headers) });
  if (response.status === 401 || response.status === 403) {
    showTokenButton();
    askForToken();
    throw new Error("This service needs a valid token.");
  }
  if (!response.ok) {
    const body = await response.json().catch(() => ({}));
    throw new Error(body.detail || `HTTP ${response.status}`);
  }
  return response;
}

export const getJson = async (path) => (await api(path)).json();
