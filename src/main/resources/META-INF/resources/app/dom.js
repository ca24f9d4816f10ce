// The one DOM helper every module uses: the first element matching a selector.
export const $ = (selector, root = document) => root.querySelector(selector);
