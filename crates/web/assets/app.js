// Interim's page script: small and optional. Every page works without it; with it, the ranked
// matches re-rank as the filters change, without reloading the page. While a re-rank is
// waiting or under way the filter form carries `data-pending`; the results carry the query
// they answer in `data-query`, so people and tests can tell a settled list from a moving one.
"use strict";

(function () {
  const form = document.getElementById("match-filters");
  if (!form) return;
  const results = document.getElementById(form.dataset.results);
  let timer = null;
  let inFlight = null;
  let latest = 0;

  async function rerank() {
    const params = new URLSearchParams(new FormData(form));
    const query = params.toString();
    const pageUrl = form.action + "?" + query;
    params.set("part", "results");
    if (inFlight) inFlight.abort();
    inFlight = new AbortController();
    const mine = ++latest;
    form.dataset.pending = "1";
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
      const html = await response.text();
      if (mine !== latest) return;
      results.innerHTML = html;
      results.dataset.query = query;
      history.replaceState(null, "", pageUrl);
    } catch (e) {
      if (e.name !== "AbortError") form.submit();
    } finally {
      if (mine === latest) {
        results.classList.remove("loading");
        if (timer === null) delete form.dataset.pending;
      }
    }
  }

  function soon(delay) {
    clearTimeout(timer);
    form.dataset.pending = "1";
    timer = setTimeout(function () {
      timer = null;
      rerank();
    }, delay);
  }

  form.addEventListener("change", function () { soon(50); });
  form.addEventListener("input", function (event) {
    if (event.target.type === "number" || event.target.name === "why") soon(350);
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    clearTimeout(timer);
    timer = null;
    rerank();
  });
})();
