// Browse pages: a table's rows are loaded from <table>.json and shown a page at a time, so a
// table of any size stays a small page. Text filter and facets combine; the address keeps the
// filter, facets, sort and page (?q=...&phase=phase1&page=2), so a view can be shared. Each row
// opens to show every field; its id links to the record's own page. The visible (filtered)
// rows download as CSV. No library, nothing loaded from another host.
(function () {
  "use strict";

  function slug(id) { return String(id).replace(/[^A-Za-z0-9._-]+/g, "-"); }

  function el(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (key) {
      if (key === "text") { node.textContent = attributes[key]; } else { node.setAttribute(key, attributes[key]); }
    });
    (children || []).forEach(function (child) { node.appendChild(child); });
    return node;
  }

  function setup(box, data) {
    var columns = data.columns, col = {};
    columns.forEach(function (name, i) { col[name] = i; });
    var rows = data.rows;
    var text = rows.map(function (row) { return row.map(function (v) { return v === null ? "" : String(v); }).join(" ").toLowerCase(); });
    var params = new URLSearchParams(window.location.search);
    var state = { q: params.get("q") || "", page: parseInt(params.get("page") || "1", 10) || 1, sort: params.get("sort") || "", facets: {} };
    data.facets.forEach(function (f) { if (params.get(f) !== null) { state.facets[f] = params.get(f); } });

    function display(field, value) {
      var table = data.references[field];
      if (table && data.names[table] && data.names[table][value] !== undefined) { return data.names[table][value]; }
      return value;
    }
    function cellNode(field, value) {
      if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) { return document.createTextNode(""); }
      if (Array.isArray(value)) {
        var span = el("span");
        value.forEach(function (v, i) { if (i) { span.appendChild(document.createTextNode(", ")); } span.appendChild(cellNode(field, v)); });
        return span;
      }
      var table = data.references[field];
      if (field === "id") { table = data.table; }
      if (table) { return el("a", { href: "../../records/" + table + "/" + slug(value) + "/", text: String(display(field, value)), title: String(value) }); }
      if (data.resolvers[field]) { return el("a", { href: data.resolvers[field].replace("{}", encodeURIComponent(value)), text: String(value) }); }
      if (field === "document_id" && String(value).indexOf("doi:") === 0) { return el("a", { href: "https://doi.org/" + String(value).slice(4), text: String(value) }); }
      return document.createTextNode(typeof value === "number" ? String(value) : value);
    }
    function facetValue(row, f) { var v = row[col[f]]; return v === null ? "(empty)" : String(v); }

    function matches(i, except) {
      var words = state.q.toLowerCase().split(/\s+/).filter(Boolean);
      for (var w = 0; w < words.length; w++) { if (text[i].indexOf(words[w]) === -1) { return false; } }
      for (var f in state.facets) {
        if (f !== except && facetValue(rows[i], f) !== state.facets[f]) { return false; }
      }
      return true;
    }

    // controls
    var filter = el("input", { type: "search", "class": "mscexo-filter", placeholder: "Filter " + rows.length + " rows…", "aria-label": "Filter rows" });
    filter.value = state.q;
    var facetBox = el("div", { "class": "mscexo-facets" });
    var selects = {};
    data.facets.forEach(function (f) {
      var select = el("select", { "class": "mscexo-facet", "data-facet": f, id: "facet-" + f });
      selects[f] = select;
      facetBox.appendChild(el("label", { "for": "facet-" + f }, [document.createTextNode(f + " "), select]));
      select.addEventListener("change", function () {
        if (select.value === "") { delete state.facets[f]; } else { state.facets[f] = select.value; }
        state.page = 1; render();
      });
    });
    var count = el("p", { "class": "mscexo-count", "aria-live": "polite" });
    var download = el("button", { type: "button", "class": "mscexo-download md-button", text: "Download visible rows (CSV)" });
    var pager = el("nav", { "class": "mscexo-pager", "aria-label": "Pages" });
    var head = el("tr");
    head.appendChild(el("th", { scope: "col" }, [el("span", { "class": "mscexo-sr", text: "details" })]));
    data.compact.forEach(function (name) {
      var th = el("th", { scope: "col", role: "button", tabindex: "0", title: "Sort by " + name, text: name });
      function sort() { state.sort = state.sort === name ? "-" + name : name; render(); }
      th.addEventListener("click", sort);
      th.addEventListener("keydown", function (e) { if (e.key === "Enter") { sort(); } });
      head.appendChild(th);
    });
    var body = el("tbody");
    var table = el("table", { "class": "mscexo-table" }, [el("thead", {}, [head]), body]);
    box.textContent = "";
    [filter, facetBox, count, el("div", { "class": "mscexo-scroll" }, [table]), pager, download].forEach(function (n) { box.appendChild(n); });

    var visible = [];
    function render() {
      visible = [];
      for (var i = 0; i < rows.length; i++) { if (matches(i)) { visible.push(i); } }
      if (state.sort) {
        var key = col[state.sort.replace(/^-/, "")], down = state.sort.charAt(0) === "-";
        visible.sort(function (a, b) {
          var x = rows[a][key], y = rows[b][key];
          var order = (typeof x === "number" && typeof y === "number") ? x - y : String(x === null ? "" : x).localeCompare(String(y === null ? "" : y));
          return down ? -order : order;
        });
      }
      // facet counts: each facet counted under the text filter and the other facets
      data.facets.forEach(function (f) {
        var counts = {};
        for (var i = 0; i < rows.length; i++) { if (matches(i, f)) { var v = facetValue(rows[i], f); counts[v] = (counts[v] || 0) + 1; } }
        var select = selects[f];
        select.textContent = "";
        select.appendChild(el("option", { value: "", text: "all" }));
        Object.keys(counts).sort().forEach(function (v) {
          var option = el("option", { value: v, text: display(f, v) + " (" + counts[v] + ")" });
          if (state.facets[f] === v) { option.selected = true; }
          select.appendChild(option);
        });
      });
      var pages = Math.max(1, Math.ceil(visible.length / data.page_size));
      state.page = Math.min(Math.max(1, state.page), pages);
      var start = (state.page - 1) * data.page_size, shown = visible.slice(start, start + data.page_size);
      body.textContent = "";
      shown.forEach(function (i) {
        var row = rows[i];
        var toggle = el("button", { type: "button", "class": "mscexo-toggle", "aria-expanded": "false", "aria-label": "Show every field of " + row[col.id], text: "▸" });
        var tr = el("tr", { id: String(row[col.id]) }, [el("td", {}, [toggle])]);
        data.compact.forEach(function (name) { tr.appendChild(el("td", {}, [cellNode(name, row[col[name]])])); });
        body.appendChild(tr);
        toggle.addEventListener("click", function () {
          var open = toggle.getAttribute("aria-expanded") === "true";
          toggle.setAttribute("aria-expanded", String(!open));
          toggle.textContent = open ? "▸" : "▾";
          if (open) { tr.nextSibling.remove(); return; }
          var list = el("dl", { "class": "mscexo-details" });
          columns.forEach(function (name, c) {
            var v = row[c];
            if (v === null || (Array.isArray(v) && !v.length)) { return; }
            list.appendChild(el("dt", { text: name }));
            list.appendChild(el("dd", {}, [name === "evidence" ? el("q", { text: v }) : cellNode(name, v)]));
          });
          tr.parentNode.insertBefore(el("tr", { "class": "mscexo-detail-row" }, [el("td", { colspan: String(data.compact.length + 1) }, [list])]), tr.nextSibling);
        });
      });
      count.textContent = visible.length
        ? "Showing " + (start + 1) + "–" + (start + shown.length) + " of " + visible.length + " matching rows (" + rows.length + " in all)"
        : "No rows match (" + rows.length + " in all)";
      pager.textContent = "";
      if (pages > 1) {
        var previous = el("button", { type: "button", text: "‹ previous" }), next = el("button", { type: "button", text: "next ›" });
        previous.disabled = state.page === 1; next.disabled = state.page === pages;
        previous.addEventListener("click", function () { state.page -= 1; render(); });
        next.addEventListener("click", function () { state.page += 1; render(); });
        [previous, el("span", { text: " page " + state.page + " of " + pages + " " }), next].forEach(function (n) { pager.appendChild(n); });
      }
      var query = new URLSearchParams();
      if (state.q) { query.set("q", state.q); }
      Object.keys(state.facets).forEach(function (f) { query.set(f, state.facets[f]); });
      if (state.sort) { query.set("sort", state.sort); }
      if (state.page > 1) { query.set("page", String(state.page)); }
      var search = query.toString();
      history.replaceState(null, "", window.location.pathname + (search ? "?" + search : "") + window.location.hash);
    }

    filter.addEventListener("input", function () { state.q = filter.value; state.page = 1; render(); });
    download.addEventListener("click", function () {
      function quote(v) {
        if (v === null || v === undefined) { return ""; }
        var s = Array.isArray(v) ? v.join("|") : String(v);
        return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s;
      }
      var lines = [columns.map(quote).join(",")];
      visible.forEach(function (i) { lines.push(rows[i].map(quote).join(",")); });
      var blob = new Blob([lines.join("\r\n") + "\r\n"], { type: "text/csv" });
      var a = el("a", { href: URL.createObjectURL(blob), download: data.table + "-filtered.csv" });
      document.body.appendChild(a); a.click(); a.remove();
    });
    render();
    box.setAttribute("data-ready", "true");
  }

  document.querySelectorAll(".mscexo-browse[data-src]").forEach(function (box) {
    fetch(box.getAttribute("data-src"))
      .then(function (response) { if (!response.ok) { throw new Error(response.status); } return response.json(); })
      .then(function (data) { setup(box, data); })
      .catch(function (error) { box.textContent = "Could not load the rows (" + error + ")."; });
  });
})();
