// The timeline, network and map views. Each draws from the JSON endpoints and records on its container
// how many items it drew (data-drawn), so that a test or a curious user can check it.
"use strict";
(function (P) {
  const MAX_NODES = 150;

  function dateOf(iso) {
    const m = /^(-?\d{1,4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso || "");
    if (!m) return null;
    const d = new Date(Date.UTC(2000, m[2] ? +m[2] - 1 : 0, m[3] ? +m[3] : 1));
    d.setUTCFullYear(+m[1]);
    return d;
  }

  function showDetail(box, parts) {
    box.replaceChildren(...parts);
  }

  P.timeline = async function (container) {
    const events = await P.json("/api/timeline");
    const items = [];
    events.forEach((e, i) => {
      const start = dateOf(e.date);
      if (!start) return;
      const source = e.citations.length ? e.citations[0].document : "";
      const label = e.date_text + ": " + (e.label || e.event);  // kind and who; the sentence on click
      items.push({id: i, start: start, content: P.esc(label.length > 70 ? label.slice(0, 69) + "…" : label),
                  title: P.esc(e.event), event: e, source: source});
    });
    const fill = (id, values) => {
      const select = document.getElementById(id);
      [...new Set(values)].filter(Boolean).sort().forEach(v => select.append(P.el("option", {value: v}, v)));
      return select;
    };
    const person = fill("f-person", items.flatMap(it => it.event.participants || []));
    const kind = fill("f-kind", items.map(it => it.event.kind));
    const source = fill("f-source", items.map(it => it.source));
    const data = new vis.DataSet(items);
    const view = new vis.DataView(data, {filter: it =>
      (!person.value || (it.event.participants || []).includes(person.value)) &&
      (!kind.value || it.event.kind === kind.value) && (!source.value || it.source === source.value)});
    const timeline = new vis.Timeline(container, view, {stack: true, maxHeight: 600, zoomKey: "ctrlKey",
                                                        showTooltips: true, margin: {item: 2}});
    const shown = document.getElementById("shown");
    const refresh = () => {
      view.refresh();
      shown.textContent = view.length + " of " + items.length + " events";
      container.dataset.events = String(view.length);
      // open on where most events lie, not on the odd far-off date
      const times = view.get().map(it => it.start.getTime()).sort((a, b) => a - b);
      if (times.length) {
        const lo = times[Math.floor(times.length * 0.02)], hi = times[Math.ceil(times.length * 0.98) - 1];
        const pad = Math.max((hi - lo) * 0.05, 86400000 * 30);
        timeline.setWindow(lo - pad, hi + pad, {animation: false});
      }
    };
    [person, kind, source].forEach(s => s.addEventListener("change", refresh));
    timeline.on("select", props => {
      const it = data.get(props.items[0]);
      if (!it) return;
      const e = it.event;
      showDetail(document.getElementById("detail"), [P.el("h3", {}, e.date_text + " (" + e.date + ")"),
        P.el("p", {}, e.event), ...e.citations.map(c => P.el("blockquote", {}, c.quote, " — ", P.citeLink(c)))]);
    });
    refresh();
    timeline.on("changed", () => {
      container.dataset.drawn = String(container.querySelectorAll(".vis-item-content").length);
    });
    P.view = timeline;
  };

  function graph(container, elements, layout) {
    const cy = cytoscape({container: container, elements: elements, layout: layout, wheelSensitivity: 0.3,
      style: [
        {selector: "node", style: {"label": "data(label)", "width": "data(size)", "height": "data(size)",
          "font-size": 9, "background-color": "#4a6fa5", "color": "#222", "text-valign": "bottom"}},
        {selector: "node.center", style: {"background-color": "#b5523b"}},
        {selector: "edge", style: {"width": "data(width)", "line-color": "#bbb", "curve-style": "haystack", "opacity": 0.6}},
        {selector: "edge.stated", style: {"line-color": "#b5523b", "opacity": 0.9}},
      ]});
    cy.on("tap", "node", ev => { window.location.href = "/entity/" + encodeURIComponent(ev.target.id()); });
    container.dataset.drawn = String(cy.nodes().length);
    container.dataset.edges = String(cy.edges().length);
    return cy;
  }

  P.network = async function (container) {
    const net = await P.json("/api/network");
    const nodes = net.nodes.slice().sort((a, b) => b.mentions - a.mentions).slice(0, MAX_NODES);
    const kept = new Set(nodes.map(n => n.id));
    const elements = nodes.map(n => ({data: {id: String(n.id), label: n.name, size: 8 + 3 * Math.sqrt(n.mentions)}}));
    net.edges.filter(e => kept.has(e.source) && kept.has(e.target)).forEach(e => elements.push({
      data: {id: e.source + "-" + e.target, source: String(e.source), target: String(e.target),
             width: 0.5 + Math.log2(1 + e.weight), weight: e.weight, relations: e.relations},
      classes: e.relations.length ? "stated" : ""}));
    const cy = graph(container, elements, {name: "cose", animate: false, numIter: 400, nodeRepulsion: () => 9000});
    const detail = document.getElementById("detail");
    cy.on("mouseover", "edge", ev => showDetail(detail, [P.el("p", {},
      ev.target.source().data("label") + " — " + ev.target.target().data("label") + ": named together in " +
      ev.target.data("weight") + " sentences"),
      ...ev.target.data("relations").map(r => P.el("p", {class: "relation"}, r))]));
    cy.on("mouseover", "node", ev => showDetail(detail, [P.el("p", {}, ev.target.data("label"))]));
    container.dataset.total = String(net.nodes.length);
    P.view = cy;
  };

  P.egoNetwork = function (container, profile) {
    const elements = [{data: {id: String(profile.id), label: profile.name, size: 24}, classes: "center"}];
    profile.people_near.forEach(n => {
      elements.push({data: {id: String(n.id), label: n.name, size: 8 + 2 * Math.sqrt(n.shared_sentences)}});
      elements.push({data: {id: profile.id + "-" + n.id, source: String(profile.id), target: String(n.id),
                            width: 0.5 + Math.log2(1 + n.shared_sentences)}});
    });
    return graph(container, elements, {name: "concentric", animate: false,
      concentric: node => node.hasClass("center") ? 2 : 1, levelWidth: () => 1});
  };

  function popup(f) {
    const p = f.properties;
    const parts = [P.el("b", {}, p.name), P.el("br"), p.mentions + " mentions"];
    if (p.first_event) parts.push(P.el("br"), "events " + p.first_event + (p.last_event !== p.first_event ? " – " + p.last_event : ""));
    parts.push(P.el("br"), P.el("a", {href: "/entity/" + encodeURIComponent(f.id)}, "what happened here"));
    return P.el("div", {}, ...parts);
  }

  P.placeMap = async function (container, onlyIds) {
    const map = L.map(container, {worldCopyJump: true, attributionControl: true}).setView([45, 20], 3);
    map.attributionControl.addAttribution("Country outlines: Natural Earth");
    const [world, places] = await Promise.all([P.json("/static/vendor/world-atlas/countries-110m.json"),
                                               P.json("/api/places")]);
    L.geoJSON(topojson.feature(world, world.objects.countries),
              {style: {color: "#999", weight: 0.6, fillColor: "#f2efe6", fillOpacity: 1}, interactive: false}).addTo(map);
    const shown = places.features.filter(f => !onlyIds || onlyIds.has(f.id));
    const markers = shown.map(f => L.circleMarker([f.geometry.coordinates[1], f.geometry.coordinates[0]],
      {radius: 3 + 1.5 * Math.sqrt(f.properties.mentions), color: "#b5523b", weight: 1, fillOpacity: 0.6})
      .bindPopup(popup(f)).addTo(map));
    if (markers.length) map.fitBounds(L.featureGroup(markers).getBounds().pad(0.2), {maxZoom: 6});
    container.dataset.drawn = String(markers.length);
    P.view = map;
  };
})(window.prosopograph);
