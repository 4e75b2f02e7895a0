/* Dossier search: filters the lists on search.html as you type, using the prebuilt search-index.js.
   Without JavaScript the page still lists every person, article, event and figure. */
(function () {
  "use strict";
  var index = window.dossierSearchIndex;
  var form = document.querySelector("[data-search-form]");
  if (!index || !form) { return; }
  var input = form.querySelector("input");
  var status = document.getElementById("search-status");
  var sections = Array.prototype.slice.call(document.querySelectorAll(".search section"));

  function fold(text) {
    return String(text || "").normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  var items = Array.prototype.map.call(document.querySelectorAll("[data-entry]"), function (item) {
    var entry = index.entries[Number(item.getAttribute("data-entry"))] || {};
    return { element: item, text: fold([entry.title, entry.detail, entry.text].join(" ")) };
  });

  function apply() {
    var words = fold(input.value).split(/\s+/).filter(Boolean);
    var shown = 0;
    items.forEach(function (item) {
      var match = words.every(function (word) { return item.text.indexOf(word) !== -1; });
      item.element.hidden = !match;
      if (match) { shown += 1; }
    });
    sections.forEach(function (section) {
      var visible = section.querySelectorAll("[data-entry]:not([hidden])").length;
      section.querySelector("[data-count]").textContent = String(visible);
      section.querySelector("[data-empty]").hidden = visible > 0;
    });
    status.textContent = words.length
      ? shown + " of " + items.length + " entries match \u201c" + input.value.trim() + "\u201d."
      : "All " + items.length + " entries are listed below.";
    try {
      var url = new URL(window.location.href);
      if (words.length) { url.searchParams.set("q", input.value.trim()); } else { url.searchParams.delete("q"); }
      window.history.replaceState(null, "", url.toString());
    } catch (error) { /* file:// pages may refuse; the filter still works */ }
  }

  form.hidden = false;
  form.addEventListener("submit", function (event) { event.preventDefault(); apply(); });
  input.addEventListener("input", apply);
  var query = new URLSearchParams(window.location.search).get("q");
  if (query) {
    input.value = query;
    var header = document.getElementById("site-search-query");
    if (header) { header.value = query; }
  }
  apply();
})();
