// Browse pages: sort a table by clicking a header, filter its rows by typing.
document.querySelectorAll(".mscexo-browse").forEach(function (box) {
  var table = box.querySelector("table");
  var body = table.tBodies[0];
  var rows = Array.prototype.slice.call(body.rows);
  var filter = box.querySelector(".mscexo-filter");
  var count = box.querySelector(".mscexo-count");
  function show() {
    var words = filter.value.toLowerCase().split(/\s+/).filter(Boolean);
    var shown = 0;
    rows.forEach(function (row) {
      var text = row.textContent.toLowerCase();
      var keep = words.every(function (w) { return text.indexOf(w) !== -1; });
      row.hidden = !keep;
      if (keep) { shown += 1; }
    });
    count.textContent = "Showing " + shown + " of " + rows.length + " rows";
  }
  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, column) {
    th.setAttribute("role", "button");
    th.title = "Sort by " + th.textContent;
    th.addEventListener("click", function () {
      var up = th.getAttribute("aria-sort") !== "ascending";
      Array.prototype.forEach.call(table.tHead.rows[0].cells, function (h) { h.removeAttribute("aria-sort"); });
      th.setAttribute("aria-sort", up ? "ascending" : "descending");
      rows.sort(function (a, b) {
        var x = a.cells[column].textContent, y = b.cells[column].textContent;
        var nx = parseFloat(x), ny = parseFloat(y);
        var order = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y);
        return up ? order : -order;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
  filter.addEventListener("input", show);
  var query = new URLSearchParams(window.location.search).get("q");
  if (query) { filter.value = query; }
  show();
});
