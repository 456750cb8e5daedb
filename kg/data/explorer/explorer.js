// kg explorer: run SPARQL against /sparql, show results, search entities.
// Data from the graph is only ever put into the page with textContent.
(function () {
  "use strict";
  var examples = JSON.parse(document.getElementById("kg-examples").textContent);
  var select = document.getElementById("examples");
  var editor = document.getElementById("query");
  var statusEl = document.getElementById("status");
  var results = document.getElementById("results");
  var ACCEPT = "application/sparql-results+json, text/turtle;q=0.9";
  var PREFIXES = [
    ["kgr:", "https://w3id.org/kg-vn/resource/"], ["kgo:", "https://w3id.org/kg-vn/ontology#"],
    ["rdf:", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"], ["rdfs:", "http://www.w3.org/2000/01/rdf-schema#"],
    ["skos:", "http://www.w3.org/2004/02/skos/core#"], ["prov:", "http://www.w3.org/ns/prov#"],
    ["schema:", "https://schema.org/"], ["dcterms:", "http://purl.org/dc/terms/"],
    ["xsd:", "http://www.w3.org/2001/XMLSchema#"]
  ];

  function setStatus(text, isError) {
    statusEl.textContent = text;
    statusEl.className = isError ? "error" : "";
  }

  function shorten(iri) {
    for (var i = 0; i < PREFIXES.length; i++) {
      var ns = PREFIXES[i][1];
      if (iri.indexOf(ns) === 0 && iri.length > ns.length) return PREFIXES[i][0] + iri.slice(ns.length);
    }
    return iri;
  }

  function el(tag, text) {
    var node = document.createElement(tag);
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function entityLink(iri, text) {
    var a = el("a", text);
    a.href = "/entity?iri=" + encodeURIComponent(iri);
    return a;
  }

  function cell(term) {
    var td = el("td");
    if (!term) return td;
    if (term.type === "uri") {
      if (iriIsLocal(term.value)) td.appendChild(entityLink(term.value, shorten(term.value)));
      else td.textContent = shorten(term.value);
    } else if (term.type === "bnode") {
      td.textContent = "_:" + term.value;
    } else {
      td.textContent = typeof term.value === "string" ? term.value : JSON.stringify(term.value);
      var tag = term["xml:lang"] ? "@" + term["xml:lang"] : (term.datatype ? shorten(term.datatype) : "");
      if (tag) td.appendChild(el("span", tag)).className = "lang";
    }
    return td;
  }

  function iriIsLocal(iri) {
    return iri.indexOf("https://w3id.org/kg-vn/resource/") === 0;
  }

  function showJson(doc, truncated) {
    results.textContent = "";
    if (typeof doc.boolean === "boolean") {
      results.appendChild(el("pre", String(doc.boolean)));
      setStatus("ASK: " + doc.boolean);
      return;
    }
    var vars = doc.head.vars || [];
    var rows = doc.results.bindings || [];
    var table = el("table");
    var head = el("tr");
    vars.forEach(function (v) { head.appendChild(el("th", "?" + v)); });
    table.appendChild(head);
    rows.forEach(function (b) {
      var tr = el("tr");
      vars.forEach(function (v) { tr.appendChild(cell(b[v])); });
      table.appendChild(tr);
    });
    results.appendChild(table);
    setStatus(rows.length + " row" + (rows.length === 1 ? "" : "s") +
      (truncated ? " (truncated: the server caps results)" : ""));
  }

  function post(accept) {
    return fetch("/sparql", {
      method: "POST",
      headers: { "Content-Type": "application/sparql-query", "Accept": accept },
      body: editor.value
    });
  }

  function run() {
    setStatus("running…");
    var t0 = Date.now();
    post(ACCEPT).then(function (resp) {
      var ctype = resp.headers.get("Content-Type") || "";
      var truncated = resp.headers.get("X-KG-Truncated") === "true";
      return resp.text().then(function (text) {
        if (!resp.ok) { results.textContent = ""; setStatus(resp.status + ": " + text, true); return; }
        if (ctype.indexOf("json") >= 0) showJson(JSON.parse(text), truncated);
        else {
          results.textContent = "";
          results.appendChild(el("pre", text));
          setStatus("graph result (" + ctype.split(";")[0] + ")" + (truncated ? ", truncated" : ""));
        }
        statusEl.textContent += " · " + (Date.now() - t0) + " ms";
      });
    }).catch(function (err) { setStatus("request failed: " + err, true); });
  }

  function download() {
    setStatus("preparing download…");
    post("text/csv, text/turtle;q=0.9").then(function (resp) {
      return resp.blob().then(function (blob) {
        if (!resp.ok) { return blob.text().then(function (t) { setStatus(resp.status + ": " + t, true); }); }
        var csv = (resp.headers.get("Content-Type") || "").indexOf("text/csv") === 0;
        var a = document.createElement("a");
        a.href = URL.createObjectURL(blob);
        a.download = csv ? "results.csv" : "results.ttl";
        document.body.appendChild(a);
        a.click();
        setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
        setStatus("downloaded " + a.download);
      });
    }).catch(function (err) { setStatus("request failed: " + err, true); });
  }

  if (examples.length) editor.value = examples[0].text;
  select.addEventListener("change", function () { editor.value = examples[+select.value].text; });
  document.getElementById("run").addEventListener("click", run);
  document.getElementById("download").addEventListener("click", download);
  editor.addEventListener("keydown", function (e) {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); run(); }
  });

  var search = document.getElementById("search");
  var list = document.getElementById("search-results");
  var pending = null;
  search.addEventListener("input", function () {
    clearTimeout(pending);
    pending = setTimeout(function () {
      var q = search.value.trim();
      list.textContent = "";
      if (!q) return;
      fetch("/api/search?q=" + encodeURIComponent(q)).then(function (r) { return r.json(); }).then(function (doc) {
        if (search.value.trim() !== q) return;
        list.textContent = "";
        if (!doc.results.length) { list.appendChild(el("li", "no entity matches")); return; }
        doc.results.forEach(function (hit) {
          var li = el("li");
          li.appendChild(entityLink(hit.iri, hit.label));
          li.appendChild(el("span", hit.type)).className = "type";
          if (hit.matched !== hit.label) li.appendChild(el("small", " (" + hit.matched + ")"));
          list.appendChild(li);
        });
      }).catch(function (err) { list.textContent = ""; list.appendChild(el("li", "search failed: " + err)); });
    }, 150);
  });
})();
