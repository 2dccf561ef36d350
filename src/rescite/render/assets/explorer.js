/* rescite explorer page: graph view, search, filters and a side panel.  No network. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("rescite-data").textContent);
  var $ = function (id) { return document.getElementById(id); };
  var fold = function (s) {
    return (s || "").normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  };
  var kindShape = { resolution: "round-rectangle", decision: "rectangle", document: "tag",
    treaty: "hexagon", publication: "ellipse", unresolved: "diamond" };
  var fnStyle = { builds_on: ["solid", "#1c4587"], acknowledges: ["dashed", "#666666"],
    acts: ["solid", "#b45f06"], "": ["dotted", "#999999"] };
  var elements = [];
  data.nodes.forEach(function (n) {
    elements.push({ group: "nodes", data: {
      id: n.id, label: n.id, kind: n.kind || "document", body: n.body || "",
      year: n.date ? parseInt(n.date.slice(0, 4), 10) : null, colour: n.colour,
      shape: kindShape[n.kind] || "round-rectangle", size: 18 + Math.min(30, 4 * (n.cited_by || 0)) },
      classes: (n.id === data.focus ? "focus " : "") + (n.in_corpus ? "own" : "external") });
  });
  data.edges.forEach(function (e, i) {
    var f = e.function || "";
    elements.push({ group: "edges", data: { id: "e" + i, source: e.source, target: e.target,
      fn: f, functions: e.functions || [], line: (fnStyle[f] || fnStyle[""])[0],
      colour: (fnStyle[f] || fnStyle[""])[1], width: f === "acts" ? 3 : 1.5 } });
  });
  var big = data.nodes.length > 800;
  var cy = cytoscape({
    container: $("cy"), elements: elements,
    style: [
      { selector: "node", style: { "background-color": "data(colour)", shape: "data(shape)",
        width: "data(size)", height: "data(size)", label: big ? "" : "data(label)", "font-size": 10, "min-zoomed-font-size": 6,
        "text-valign": "bottom", "border-width": 1, "border-color": "#555" } },
      { selector: "node.external", style: { "border-style": "dashed" } },
      { selector: "node.own", style: { "border-width": 2 } },
      { selector: "node:selected", style: { "border-color": "#000", "border-width": 4 } },
      { selector: "node.match", style: { "border-color": "#ff9900", "border-width": 4 } },
      { selector: "node.focus", style: { "border-color": "#cc0000", "border-width": 4 } },
      { selector: "edge", style: { "curve-style": big ? "haystack" : "bezier", "target-arrow-shape": "triangle",
        "arrow-scale": 0.7, "line-style": "data(line)", "line-color": "data(colour)",
        "target-arrow-color": "data(colour)", width: "data(width)", opacity: 0.8 } },
      { selector: ".hidden", style: { display: "none" } }
    ],
    // cose (force-directed) reads best but costs seconds beyond a few hundred texts
    layout: data.nodes.length > 300
      ? { name: "concentric", concentric: function (n) { return n.indegree(); },
          levelWidth: function () { return 2; }, minNodeSpacing: 4, animate: false }
      : { name: data.focus ? "breadthfirst" : "cose", animate: false, directed: true,
          roots: data.focus ? "[id = " + JSON.stringify(data.focus) + "]" : undefined }
  });

  // ---- filters
  function fillSelect(id, values) {
    var sel = $(id);
    values.forEach(function (v) {
      var o = document.createElement("option"); o.value = v; o.textContent = v; sel.appendChild(o);
    });
  }
  var uniq = function (xs) { return Array.from(new Set(xs.filter(function (x) { return x; }))).sort(); };
  fillSelect("f-body", uniq(data.nodes.map(function (n) { return n.body; })));
  fillSelect("f-kind", uniq(data.nodes.map(function (n) { return n.kind; })));
  fillSelect("f-function", uniq([].concat.apply([], data.edges.map(function (e) { return e.functions || []; }))));
  function applyFilters() {
    var body = $("f-body").value, kind = $("f-kind").value, fn = $("f-function").value;
    var since = parseInt($("f-since").value, 10), until = parseInt($("f-until").value, 10);
    cy.batch(function () {
      cy.nodes().forEach(function (n) {
        var d = n.data(), ok = (!body || d.body === body) && (!kind || d.kind === kind);
        if (!isNaN(since)) ok = ok && d.year !== null && d.year >= since;
        if (!isNaN(until)) ok = ok && d.year !== null && d.year <= until;
        n.toggleClass("hidden", !ok);
      });
      cy.edges().forEach(function (e) {
        e.toggleClass("hidden", !!fn && e.data("functions").indexOf(fn) < 0);
      });
    });
    $("count").textContent = cy.nodes().not(".hidden").length + " of " + cy.nodes().length + " texts";
  }
  ["f-body", "f-kind", "f-function", "f-since", "f-until"].forEach(function (id) {
    $(id).addEventListener("change", applyFilters); $(id).addEventListener("input", applyFilters);
  });
  applyFilters();

  // ---- side panel
  var byId = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; });
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = text;
    if (cls) e.className = cls;
    return e;
  }
  function show(id) {
    var n = byId[id], panel = $("panel");
    if (!n) return;
    panel.textContent = "";
    panel.appendChild(el("h2", n.id));
    if (n.title) panel.appendChild(el("p", n.title, "title"));
    var facts = el("dl");
    [["kind", n.kind], ["body", n.body], ["date", n.date], ["in corpus", n.in_corpus ? "yes" : "no"],
     ["cited by", n.cited_by + " document(s)"], ["cites", n.cites + " text(s)"]].forEach(function (f) {
      if (f[1] === null || f[1] === undefined || f[1] === "") return;
      facts.appendChild(el("dt", f[0])); facts.appendChild(el("dd", String(f[1])));
    });
    panel.appendChild(facts);
    if (n.link) {
      var a = el("a", "read the text"); a.href = n.link; a.target = "_blank"; a.rel = "noopener";
      a.id = "panel-link"; panel.appendChild(a);
    }
    var ms = data.mentions[id] || [];
    panel.appendChild(el("h3", "Cited in " + ms.length + " paragraph(s)"));
    var list = el("ol", null, "mentions");
    list.id = "mentions";
    ms.forEach(function (m) {
      var li = el("li");
      var where = [m.citing, m.section, m.paragraph && ("para. " + m.paragraph)].filter(Boolean).join(", ");
      var head = el("div", where, "where");
      head.appendChild(el("span", " " + [m.verb, m.function].filter(Boolean).join(" · "), "verb"));
      li.appendChild(head);
      if (m.context) li.appendChild(el("div", m.context, "context"));
      list.appendChild(li);
    });
    panel.appendChild(list);
    var out = cy.getElementById(id).outgoers("node");
    if (out.length) {
      panel.appendChild(el("h3", "Cites"));
      var ul = el("ul");
      out.forEach(function (o) {
        var li = el("li"), b = el("button", o.id(), "jump");
        b.addEventListener("click", function () { select(o.id()); });
        li.appendChild(b); ul.appendChild(li);
      });
      panel.appendChild(ul);
    }
  }
  function select(id) {
    var n = cy.getElementById(id);
    if (!n || n.empty()) return;
    cy.nodes().unselect(); n.select(); cy.animate({ center: { eles: n } }, { duration: 200 });
    show(id);
  }
  cy.on("tap", "node", function (evt) { show(evt.target.id()); });

  // ---- search: by number ("64/293"), id, title or words of the citing paragraphs
  function search(q) {
    var f = fold(q).trim();
    if (!f) return [];
    var words = f.split(/\s+/);
    var scored = [];
    data.nodes.forEach(function (n) {
      var id = fold(n.id), title = fold(n.title), score = 0;
      if (id === f || id.endsWith("/" + f) || id.indexOf("/" + f + "(") >= 0) score = 100;
      else if (id.indexOf(f) >= 0) score = 50;
      else if (words.every(function (w) { return title.indexOf(w) >= 0; })) score = 30;
      else {
        var ctx = (data.mentions[n.id] || []).map(function (m) { return fold(m.context); }).join(" ");
        if (words.every(function (w) { return ctx.indexOf(w) >= 0; })) score = 10;
      }
      if (score) scored.push([score + Math.min(9, n.cited_by || 0), n.id]);
    });
    scored.sort(function (a, b) { return b[0] - a[0] || (a[1] < b[1] ? -1 : 1); });
    return scored.map(function (s) { return s[1]; });
  }
  function runSearch() {
    var hits = search($("search").value), box = $("results");
    box.textContent = "";
    cy.nodes().removeClass("match");
    hits.slice(0, 50).forEach(function (id) {
      cy.getElementById(id).addClass("match");
      var b = el("button", id + (byId[id].title ? " — " + byId[id].title : ""), "hit");
      b.addEventListener("click", function () { select(id); });
      box.appendChild(b);
    });
    if ($("search").value && !hits.length) box.appendChild(el("span", "nothing found", "none"));
    if (hits.length === 1) select(hits[0]);
  }
  $("search").addEventListener("input", runSearch);
  window.rescite = { cy: cy, search: search, select: select, nodeCount: function () { return cy.nodes().length; } };
  if (data.focus) select(data.focus);
  document.body.setAttribute("data-ready", "1");
})();
