/* The network page: actors as nodes, meetings as weighted edges, drawn by cytoscape from the JSON in
   <script type="application/json" id="graph-data"> ({nodes: [{id, label, url, weight, country}],
   edges: [{source, target, weight}]}). Selecting a node (click, tap or Enter on the focused canvas
   after Tab) opens the actor's page; the same links are listed as a table below for keyboards and
   screen readers. */
(function () {
  "use strict";

  var container = document.querySelector("[data-graph]");
  if (!container || typeof cytoscape === "undefined") return;
  var source = document.getElementById(container.getAttribute("data-graph"));
  if (!source) return;
  var data = JSON.parse(source.textContent);

  var maxWeight = 1, maxEdge = 1;
  data.nodes.forEach(function (n) { maxWeight = Math.max(maxWeight, n.weight); });
  data.edges.forEach(function (e) { maxEdge = Math.max(maxEdge, e.weight); });

  var elements = data.nodes.map(function (n) {
    return { data: { id: "a" + n.id, label: n.label + (n.country ? " (" + n.country + ")" : ""), url: n.url,
                     size: 14 + 30 * Math.sqrt(n.weight / maxWeight) } };
  }).concat(data.edges.map(function (e, i) {
    return { data: { id: "e" + i, source: "a" + e.source, target: "a" + e.target, weight: e.weight,
                     width: 1 + 7 * (e.weight / maxEdge) } };
  }));

  var cy = cytoscape({
    container: container,
    elements: elements,
    wheelSensitivity: 0.3,
    maxZoom: 1.6,
    minZoom: 0.1,
    style: [
      { selector: "node", style: {
          "background-color": "#123a63", width: "data(size)", height: "data(size)", label: "data(label)",
          "font-size": 11, color: "#1b1f24", "text-valign": "bottom", "text-margin-y": 3,
          "text-background-color": "#ffffff", "text-background-opacity": 0.8, "text-background-padding": 1 } },
      { selector: "node:active, node.hover", style: { "background-color": "#c2410c" } },
      { selector: "edge", style: { width: "data(width)", "line-color": "#8a97a3", "curve-style": "haystack",
                                   opacity: 0.8 } }
    ],
    layout: { name: "cose", animate: false, nodeRepulsion: function () { return 9000; }, idealEdgeLength: function () { return 90; },
              padding: 20, randomize: false }
  });

  cy.on("tap", "node", function (event) { window.location.href = event.target.data("url"); });
  cy.on("mouseover", "node", function (event) { event.target.addClass("hover"); container.style.cursor = "pointer"; });
  cy.on("mouseout", "node", function (event) { event.target.removeClass("hover"); container.style.cursor = ""; });
  container.setAttribute("data-drawn", "true");
})();
