// Helpers shared by the workbench's pages. Source text is only ever put into the page as text:
// through textContent, or through esc() where a library insists on taking HTML.
"use strict";
window.prosopograph = window.prosopograph || {};
(function (P) {
  P.esc = function (s) {
    return String(s == null ? "" : s).replace(/[&<>"']/g, c => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;"}[c]));
  };
  P.el = function (tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === "href") node.setAttribute("href", v); else if (k === "class") node.className = v; else node.setAttribute(k, v);
    }
    for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(String(c == null ? "" : c)));
    return node;
  };
  P.json = async function (url) {
    const r = await fetch(url);
    if (!r.ok) throw new Error(url + ": " + r.status);
    return r.json();
  };
  P.citeLink = function (c) {
    const where = [c.document, c.chapter, c.page && "p. " + c.page].filter(Boolean).join(", ");
    return P.el("a", {class: "cite", href: "/source/" + encodeURIComponent(c.document_id) + "?start=" + c.start + "&end=" + c.end + "#cited"}, where);
  };
})(window.prosopograph);
