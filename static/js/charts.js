/* Meetings-per-month bar charts. Each <div data-chart="monthly" data-series="ID"> is drawn from the JSON
   in <script type="application/json" id="ID"> (Django's json_script): [{"month": "2021-04", "count": 3}].
   The page shows the same numbers as a table, so nothing is lost without JavaScript. */
(function () {
  "use strict";

  function monthStart(month) {
    var parts = month.split("-");
    return Date.UTC(Number(parts[0]), Number(parts[1]) - 1, 1) / 1000;
  }

  function draw(el) {
    var source = document.getElementById(el.getAttribute("data-series"));
    if (!source || typeof uPlot === "undefined") return;
    var rows = JSON.parse(source.textContent);
    if (!rows.length) return;
    var xs = rows.map(function (r) { return monthStart(r.month); });
    var ys = rows.map(function (r) { return r.count; });
    var style = getComputedStyle(document.documentElement);
    var bar = style.getPropertyValue("--accent").trim() || "#123a63";
    var width = function () { return Math.max(el.clientWidth, 240); };
    var chart = new uPlot({
      width: width(),
      height: 180,
      legend: { show: false },
      cursor: { y: false, points: { show: false } },
      scales: { x: { time: true }, y: { range: function (u, min, max) { return [0, Math.max(max, 1)]; } } },
      axes: [
        { stroke: "#4a5560", grid: { show: false } },
        { stroke: "#4a5560", grid: { stroke: "#e3e7ea" }, incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000],
          values: function (u, vals) { return vals.map(function (v) { return String(Math.round(v)); }); } }
      ],
      series: [
        {},
        { label: "Meetings", fill: bar, stroke: bar, width: 0,
          paths: uPlot.paths.bars({ size: [0.8, 40], align: 0 }), points: { show: false } }
      ]
    }, [xs, ys], el);
    el.setAttribute("data-drawn", "true");
    var pending;
    window.addEventListener("resize", function () {
      clearTimeout(pending);
      pending = setTimeout(function () { chart.setSize({ width: width(), height: 180 }); }, 150);
    });
  }

  document.querySelectorAll('[data-chart="monthly"]').forEach(draw);
})();
