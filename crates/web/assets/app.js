// Interim's page script: small and optional. Every page works without it; with it, the ranked
// matches re-rank as the filters change, without reloading the page.
"use strict";

(function () {
  const form = document.getElementById("match-filters");
  if (!form) return;
  const results = document.getElementById(form.dataset.results);
  let timer = null;
  let inFlight = null;

  function query() {
    const params = new URLSearchParams(new FormData(form));
    return params;
  }

  async function rerank() {
    const params = query();
    const pageUrl = form.action + "?" + params.toString();
    params.set("part", "results");
    if (inFlight) inFlight.abort();
    inFlight = new AbortController();
    results.classList.add("loading");
    try {
      const response = await fetch(form.action + "?" + params.toString(), {
        signal: inFlight.signal,
        credentials: "same-origin",
        headers: { "Accept": "text/html" },
      });
      if (response.redirected || response.status === 401) {
        window.location = pageUrl;
        return;
      }
      results.innerHTML = await response.text();
      history.replaceState(null, "", pageUrl);
    } catch (e) {
      if (e.name !== "AbortError") form.submit();
    } finally {
      results.classList.remove("loading");
    }
  }

  function soon(delay) {
    clearTimeout(timer);
    timer = setTimeout(rerank, delay);
  }

  form.addEventListener("change", function () { soon(50); });
  form.addEventListener("input", function (event) {
    if (event.target.type === "number" || event.target.name === "why") soon(350);
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    clearTimeout(timer);
    rerank();
  });
})();
