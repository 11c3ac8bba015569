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

// Type-ahead for role titles: an input with `data-occupations="ID"` asks
// /api/v1/occupations for the ESCO occupations its title names and lists them under it;
// picking one writes the occupation's URI into the hidden input ID (the title stays as
// typed) and says what it is filed under. Typing again clears the choice, and the server
// files the title itself. Without the script the form still works: the server files it.
(function () {
  document.querySelectorAll("input[data-occupations]").forEach(function (input) {
    const chosen = document.getElementById(input.dataset.occupations);
    const list = document.getElementById(input.id + "-suggestions");
    const filed = document.getElementById(input.id + "-filed");
    if (!chosen || !list) return;
    let timer = null;
    let latest = 0;

    function close() {
      list.hidden = true;
      list.replaceChildren();
    }

    async function suggest() {
      const q = input.value.trim();
      if (q.length < 2) { close(); return; }
      const mine = ++latest;
      const response = await fetch("/api/v1/occupations?limit=5&q=" + encodeURIComponent(q), {
        credentials: "same-origin",
        headers: { "Accept": "application/json" },
      });
      if (!response.ok || mine !== latest) return;
      const body = await response.json();
      list.replaceChildren();
      body.results.forEach(function (r) {
        const item = document.createElement("li");
        const pick = document.createElement("button");
        pick.type = "button";
        pick.className = "suggestion";
        pick.dataset.uri = r.uri;
        pick.textContent = r.label + " · ISCO " + r.isco_code + " · " + Math.round(r.confidence * 100) + " %";
        pick.title = "matched '" + r.matched_label + "' (" + r.language + ")";
        pick.addEventListener("click", function () {
          chosen.value = r.uri;
          if (filed) filed.textContent = "Filed under " + r.label + " (ESCO, ISCO " + r.isco_code + "), confirmed by you.";
          close();
        });
        item.appendChild(pick);
        list.appendChild(item);
      });
      list.hidden = body.results.length === 0;
    }

    input.addEventListener("input", function () {
      chosen.value = "";
      clearTimeout(timer);
      timer = setTimeout(suggest, 200);
    });
    input.addEventListener("keydown", function (event) {
      if (event.key === "Escape") close();
    });
  });
})();
