// kroniek's web page: events on a timeline and a map, territorial control by date, and documents
// with their annotations. Plain JavaScript and SVG, no libraries, no network beyond this server.
//
// The map shapes (/assets/countries.json, /assets/admin1.json, built by crates/kroniek_shapes)
// are SVG path data already projected (equirectangular, x = lon / unit, y = -lat / unit), so the
// map is one <svg> whose viewBox is the view: zoom and pan change the viewBox.
"use strict";

const PLOVER = ["AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "INVESTIGATE",
  "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "CRIME"];
const TYPE_COLOURS = { cooperation: "#2a9d8f", verbal: "#457b9d", conflict: "#e76f51", material: "#e63946" };
// Colours for controlling actors, assigned in the order actors are first seen.
const PALETTE = ["#e63946", "#457b9d", "#2a9d8f", "#f4a261", "#8338ec", "#6a994e", "#bc6c25",
  "#ff006e", "#3a86ff", "#8d99ae", "#9c6644", "#06d6a0"];
const DAY = 86400000;
const SVGNS = "http://www.w3.org/2000/svg";

const $ = id => document.getElementById(id);
const esc = s => String(s ?? "").replace(/[&<>"']/g, c => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c]));
const svgEl = (name, attrs) => {
  const el = document.createElementNS(SVGNS, name);
  for (const [k, v] of Object.entries(attrs || {})) el.setAttribute(k, v);
  return el;
};
const isoDay = ms => new Date(ms).toISOString().slice(0, 10);
const dayMs = s => Date.parse(s + "T00:00:00Z");

const state = {
  unit: 0.01,
  events: [],
  byId: new Map(),
  selected: null,
  regions: new Map(),      // ISO 3166-2 code -> [path]
  regionNames: new Map(),  // ISO 3166-2 code -> name
  countries: new Map(),    // alpha-2 -> [path]
  actorColour: new Map(),
  control: new Map(),      // region -> claim shown now
  range: null,             // [first day ms, last day ms] of the slider
  view: { x: -18000, y: -9000, w: 36000, h: 18000 },
  controlRequest: 0,
};

async function api(path) {
  const r = await fetch(path);
  let body;
  try { body = await r.json(); } catch (e) { throw new Error(`${path}: ${r.status}`); }
  if (!r.ok) throw new Error(body.error || `${path}: ${r.status}`);
  return body;
}
function status(msg) { $("status").textContent = msg || ""; }

// ---------------------------------------------------------------- map

const map = $("map");

async function loadShapes() {
  const [countries, admin1] = await Promise.all([api("/assets/countries.json"), api("/assets/admin1.json")]);
  state.unit = admin1.unit || 0.01;
  const land = document.createDocumentFragment(), borders = document.createDocumentFragment();
  for (const f of countries.features) {
    land.append(svgEl("path", { d: f.d, "data-country": f.id, "data-name": f.name }));
    const b = svgEl("path", { d: f.d, "data-country": f.id });
    borders.append(b);
    if (f.id) {
      if (!state.countries.has(f.id)) state.countries.set(f.id, []);
      state.countries.get(f.id).push(b);
    }
  }
  const provinces = document.createDocumentFragment();
  for (const f of admin1.features) {
    const p = svgEl("path", { d: f.d, "data-region": f.id, "data-country": f.country, "data-name": f.name });
    provinces.append(p);
    if (!state.regions.has(f.id)) state.regions.set(f.id, []);
    state.regions.get(f.id).push(p);
    state.regionNames.set(f.id, f.name);
  }
  $("land").append(land);
  $("admin1").append(provinces);
  $("borders").append(borders);
}

function pxPerUnit() {
  const r = map.getBoundingClientRect();
  return Math.min(r.width / state.view.w, r.height / state.view.h) || 1;
}
function setView(v) {
  const w = Math.min(Math.max(v.w, 50), 40000), h = Math.min(Math.max(v.h, 25), 20000);
  const cx = v.x + v.w / 2, cy = v.y + v.h / 2;
  state.view = { x: cx - w / 2, y: cy - h / 2, w, h };
  map.setAttribute("viewBox", `${state.view.x} ${state.view.y} ${w} ${h}`);
  const r = 4.5 / pxPerUnit();
  for (const c of $("event-points").children) c.setAttribute("r", c.classList.contains("selected") ? r * 1.5 : r);
}
function zoom(factor, cx, cy) {
  const v = state.view;
  if (cx === undefined) { cx = v.x + v.w / 2; cy = v.y + v.h / 2; }
  setView({ x: cx - (cx - v.x) * factor, y: cy - (cy - v.y) * factor, w: v.w * factor, h: v.h * factor });
}
function fit(box, pad) {
  const r = map.getBoundingClientRect();
  const aspect = (r.width || 800) / (r.height || 500);
  let { x, y, w, h } = box;
  w = Math.max(w, 200); h = Math.max(h, 200);
  const cx = box.x + box.w / 2, cy = box.y + box.h / 2;
  w *= pad; h *= pad;
  if (w / h < aspect) w = h * aspect; else h = w / aspect;
  setView({ x: cx - w / 2, y: cy - h / 2, w, h });
}
function fitEvents() {
  const pts = state.events.filter(e => e.longitude != null && e.latitude != null);
  if (!pts.length) {
    const c = $("f-country").value.trim().toUpperCase();
    const paths = state.countries.get(c);
    if (paths) return fit(unionBox(paths), 1.2);
    return fit({ x: -18000, y: -9000, w: 36000, h: 18000 }, 1);
  }
  const xs = pts.map(e => e.longitude / state.unit), ys = pts.map(e => -e.latitude / state.unit);
  const x = Math.min(...xs), y = Math.min(...ys);
  const box = { x, y, w: Math.max(...xs) - x, h: Math.max(...ys) - y };
  // Events close together: show the whole of their countries around them.
  if (box.w < 1500 && box.h < 1000) {
    const paths = [...new Set(pts.map(e => e.country))].flatMap(c => state.countries.get(c) || []);
    if (paths.length) {
      const c = unionBox(paths);
      if (c.w < 6000) return fit(c, 1.15);
    }
  }
  fit(box, 1.6);
}
function unionBox(paths) {
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const p of paths) {
    const b = p.getBBox();
    x0 = Math.min(x0, b.x); y0 = Math.min(y0, b.y); x1 = Math.max(x1, b.x + b.width); y1 = Math.max(y1, b.y + b.height);
  }
  return { x: x0, y: y0, w: x1 - x0, h: y1 - y0 };
}
function clientToMap(clientX, clientY) {
  const pt = map.createSVGPoint();
  pt.x = clientX; pt.y = clientY;
  const m = map.getScreenCTM();
  return m ? pt.matrixTransform(m.inverse()) : { x: 0, y: 0 };
}

function setupMapInteraction() {
  map.addEventListener("wheel", ev => {
    ev.preventDefault();
    const p = clientToMap(ev.clientX, ev.clientY);
    zoom(ev.deltaY < 0 ? 1 / 1.3 : 1.3, p.x, p.y);
  }, { passive: false });
  let drag = null;
  map.addEventListener("pointerdown", ev => {
    drag = { x: ev.clientX, y: ev.clientY, view: { ...state.view }, moved: false };
  });
  map.addEventListener("pointermove", ev => {
    if (drag && (drag.moved || Math.hypot(ev.clientX - drag.x, ev.clientY - drag.y) > 4)) {
      if (!drag.moved) { drag.moved = true; map.classList.add("dragging"); map.setPointerCapture(ev.pointerId); }
      const s = pxPerUnit();
      setView({ ...drag.view, x: drag.view.x - (ev.clientX - drag.x) / s, y: drag.view.y - (ev.clientY - drag.y) / s });
      return;
    }
    showTip(ev);
  });
  const end = () => { if (drag && drag.moved) setTimeout(() => { drag = null; }, 0); else drag = null; map.classList.remove("dragging"); };
  map.addEventListener("pointerup", end);
  map.addEventListener("pointercancel", end);
  map.addEventListener("pointerleave", () => { $("map-tip").hidden = true; });
  map.addEventListener("click", ev => {
    if (drag && drag.moved) return;
    const t = ev.target;
    if (t.classList.contains("event-point")) return selectEvent(t.dataset.id);
    if (t.dataset.region) showRegion(t.dataset.region);
  });
  $("zoom-in").addEventListener("click", () => zoom(1 / 1.6));
  $("zoom-out").addEventListener("click", () => zoom(1.6));
  $("zoom-world").addEventListener("click", () => fit({ x: -18000, y: -9000, w: 36000, h: 18000 }, 1));
  $("zoom-events").addEventListener("click", fitEvents);
  window.addEventListener("resize", () => setView(state.view));
}

function showTip(ev) {
  const tip = $("map-tip"), t = ev.target;
  let text = null;
  if (t.classList.contains("event-point")) {
    const e = state.byId.get(t.dataset.id);
    if (e) text = `${e.event_date || ""} ${e.type} · ${e.place_name || ""}`;
  } else if (t.dataset.region) {
    const c = state.control.get(t.dataset.region);
    text = `${t.dataset.name} (${t.dataset.region})` + (c ? ` · ${c.status} by ${c.actor_name || c.actor || "?"}` : "");
  }
  if (!text) { tip.hidden = true; return; }
  const r = $("map-panel").getBoundingClientRect();
  tip.textContent = text;
  tip.hidden = false;
  tip.style.left = `${ev.clientX - r.left + 12}px`;
  tip.style.top = `${ev.clientY - r.top + 12}px`;
}

function drawEventPoints() {
  const g = $("event-points");
  g.replaceChildren();
  for (const e of state.events) {
    if (e.longitude == null || e.latitude == null) continue;
    const c = svgEl("circle", {
      cx: (e.longitude / state.unit).toFixed(1), cy: (-e.latitude / state.unit).toFixed(1), r: 1,
      class: "event-point", "data-id": e.id,
    });
    g.append(c);
  }
  setView(state.view);
}

// ---------------------------------------------------------------- control

function actorColour(actor) {
  if (!state.actorColour.has(actor)) {
    const n = state.actorColour.size;
    state.actorColour.set(actor, n < PALETTE.length ? PALETTE[n] : `hsl(${(n * 67) % 360} 55% 50%)`);
  }
  return state.actorColour.get(actor);
}
function setupSlider() {
  let timer = null;
  const slider = $("date-slider");
  const changed = () => {
    $("control-date").textContent = sliderDate();
    drawTimelineCursor();
    clearTimeout(timer);
    timer = setTimeout(loadControl, 120);
  };
  slider.addEventListener("input", changed);
  slider.addEventListener("change", changed);
}
function sliderDate() {
  if (!state.range) return isoDay(Date.now());
  return isoDay(state.range[0] + Number($("date-slider").value) * DAY);
}
function setRange(first, last, keepDate) {
  const slider = $("date-slider");
  const before = keepDate && state.range ? sliderDate() : null;
  state.range = [first, Math.max(first, last)];
  const days = Math.round((state.range[1] - state.range[0]) / DAY);
  slider.max = String(days);
  let value = days;
  if (before) value = Math.min(days, Math.max(0, Math.round((dayMs(before) - first) / DAY)));
  slider.value = String(value);
  $("control-date").textContent = sliderDate();
}
async function loadControl() {
  const at = sliderDate();
  const request = ++state.controlRequest;
  const country = $("f-country").value.trim().toUpperCase();
  let items;
  try {
    items = (await api(`/api/control?limit=500&at=${at}` + (country ? `&region=${encodeURIComponent(country)}` : ""))).items || [];
  } catch (e) {
    status(`control: ${e.message}`);
    return;
  }
  if (request !== state.controlRequest) return;
  for (const code of state.control.keys()) {
    for (const p of state.regions.get(code) || []) {
      p.style.fill = ""; p.style.fillOpacity = ""; p.classList.remove("controlled");
      delete p.dataset.actor; delete p.dataset.status; delete p.dataset.claimRegion;
    }
  }
  state.control = new Map();
  const counts = new Map();
  // A claim on a whole country (`AF`) colours its provinces; a claim on a province overrides it.
  const wide = items.filter(c => !c.region.includes("-")), narrow = items.filter(c => c.region.includes("-"));
  for (const c of wide) {
    for (const [code, paths] of state.regions) {
      if (paths[0].dataset.country === c.region && !narrow.some(n => n.region === code)) state.control.set(code, c);
    }
  }
  for (const c of narrow) state.control.set(c.region, c);
  for (const [code, c] of state.control) {
    const actor = c.actor || c.actor_name || "unknown";
    let fill = actorColour(actor), opacity = "0.85";
    if (c.status === "contested") { fill = "url(#hatch)"; opacity = "0.7"; }
    else if (c.status === "lost") { fill = "#bbb"; opacity = "0.6"; }
    else if (c.status === "claimed") opacity = "0.5";
    for (const p of state.regions.get(code) || []) {
      p.style.fill = fill; p.style.fillOpacity = opacity; p.classList.add("controlled");
      p.dataset.actor = actor; p.dataset.status = c.status; p.dataset.claimRegion = c.region;
    }
  }
  for (const c of state.control.values()) {
    const actor = c.actor || c.actor_name || "unknown";
    if (c.status !== "lost" && c.status !== "contested") {
      const k = `${actor}\u0000${c.actor_name || actor}`;
      counts.set(k, (counts.get(k) || 0) + 1);
    }
  }
  const legend = [...counts.entries()].map(([k, n]) => {
    const [actor, name] = k.split("\u0000");
    return `<span class="legend-item" data-actor="${esc(actor)}"><span class="swatch" style="background:${actorColour(actor)}"></span>${esc(name)} (${n})</span>`;
  });
  if (items.some(c => c.status === "contested")) legend.push(`<span class="legend-item"><span class="swatch" style="background:repeating-linear-gradient(45deg,#555 0 2px,#fff 2px 5px)"></span>contested</span>`);
  if (items.some(c => c.status === "lost")) legend.push(`<span class="legend-item"><span class="swatch" style="background:#bbb"></span>lost (controller unknown)</span>`);
  if (items.some(c => c.status === "claimed")) legend.push(`<span class="legend-item">pale: claimed, not confirmed</span>`);
  $("legend").innerHTML = legend.length ? legend.join("") : `<span class="empty-legend">no control claims in force on ${esc(at)}</span>`;
  const info = $("region-info");
  if (!info.hidden && info.dataset.region) showRegion(info.dataset.region);
}
function showRegion(code) {
  const info = $("region-info"), c = state.control.get(code);
  info.dataset.region = code;
  let html = `<button type="button" class="close" aria-label="close">×</button><b>${esc(state.regionNames.get(code) || code)}</b> (${esc(code)})`;
  if (c) {
    html += `<div>${esc(c.status)} by <b>${esc(c.actor_name || c.actor || "?")}</b> ` +
      `since ${esc(c.from || c.earliest || "?")}${c.to ? ` until ${esc(c.to)}` : ""}</div>`;
    if (c.evidence) html += `<div class="sentence">“${esc(c.evidence)}”</div>`;
    html += `<div><a href="#" class="open-doc">open the document</a></div>`;
  } else {
    html += `<div>no claim in force on ${esc(sliderDate())}</div>`;
  }
  info.innerHTML = html;
  info.hidden = false;
  info.querySelector(".close").addEventListener("click", () => { info.hidden = true; });
  const link = info.querySelector(".open-doc");
  if (link && c) link.addEventListener("click", ev => {
    ev.preventDefault();
    showEvidence(c.evidence, null, `control: ${c.status} by ${c.actor_name || c.actor || "?"}, ${c.region_name || code}`);
    openDocument(c.doc_id, c.evidence_start, c.evidence_end, null);
  });
}

// ---------------------------------------------------------------- events

function quad(e) {
  const q = String(e.quad || "").toLowerCase();
  for (const k of Object.keys(TYPE_COLOURS)) if (q.includes(k)) return k;
  return "material";
}
function eventDay(e) {
  const s = e.date_earliest || e.event_date;
  const e2 = e.date_latest || s;
  if (!s || !/^\d{4}-\d{2}-\d{2}/.test(s)) return null;
  const a = dayMs(s.slice(0, 10)), b = /^\d{4}-\d{2}-\d{2}/.test(e2) ? dayMs(e2.slice(0, 10)) : a;
  return [a, Math.max(a, b)];
}
function filterQuery() {
  const p = new URLSearchParams();
  for (const [k, id] of [["actor", "f-actor"], ["type", "f-type"], ["country", "f-country"], ["from", "f-from"], ["to", "f-to"]]) {
    let v = $(id).value.trim();
    if (k === "country") v = v.toUpperCase();
    if (v) p.set(k, v);
  }
  return p;
}
async function loadEvents() {
  const p = filterQuery();
  p.set("limit", "500");
  status("loading events…");
  const events = [];
  try {
    let page = await api("/api/events?" + p);
    events.push(...(page.items || []));
    for (let i = 0; i < 3 && page.next; i++) {
      p.set("after", page.next);
      page = await api("/api/events?" + p);
      events.push(...(page.items || []));
    }
    status(page.next ? `showing the first ${events.length} events; narrow the filters to see the rest` : "");
  } catch (e) {
    status(`events: ${e.message}`);
  }
  state.events = events;
  state.byId = new Map(events.map(e => [e.id, e]));
  $("event-count").textContent = `(${events.length})`;
  renderEventList();
  drawEventPoints();
  // The slider spans the filter's dates, else the events' dates.
  const spans = events.map(eventDay).filter(Boolean);
  const from = $("f-from").value, to = $("f-to").value;
  const first = from ? dayMs(from) : spans.length ? Math.min(...spans.map(s => s[0])) : Date.now() - 365 * DAY;
  const last = to ? dayMs(to) : spans.length ? Math.max(...spans.map(s => s[1])) : Date.now();
  setRange(first, last, false);
  drawTimeline();
  fitEvents();
  await loadControl();
}
function renderEventList() {
  const list = $("event-list");
  if (!state.events.length) { list.innerHTML = `<p class="empty">No events match.</p>`; return; }
  list.innerHTML = state.events.map(e => {
    const who = [e.source_text || e.source_actor, e.target_text || e.target_actor].filter(Boolean).map(esc).join(" → ");
    const colour = TYPE_COLOURS[quad(e)];
    return `<div class="event${e.negated ? " negated" : ""}" role="listitem" tabindex="0" data-id="${esc(e.id)}" data-type="${esc(e.type)}" data-region="${esc(e.iso3166_2 || "")}">
      <div class="what"><span class="type-badge" style="background:${colour}">${esc(e.type)}</span>${who || esc(e.trigger)}</div>
      <div class="meta">${esc(e.event_date || "undated")} · ${esc(e.place_name || e.country || "no place")}${e.mode ? " · " + esc(e.mode) : ""}${e.modality && e.modality !== "asserted" ? " · " + esc(e.modality) : ""}</div></div>`;
  }).join("");
}

// ---------------------------------------------------------------- timeline

const TL = { left: 80, right: 12, top: 8, bottom: 22 };
function timelineScale() {
  const svg = $("timeline"), r = svg.getBoundingClientRect();
  const width = r.width || 600, height = r.height || 150;
  const [a, b] = state.range || [Date.now() - 365 * DAY, Date.now()];
  const span = Math.max(b - a, DAY), inner = width - TL.left - TL.right - 16;
  const x = t => TL.left + 8 + (t - a) / span * inner;
  return { width, height, a, b, x };
}
function drawTimeline() {
  const svg = $("timeline");
  svg.replaceChildren();
  const { width, height, a, b, x } = timelineScale();
  svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
  const types = PLOVER.filter(t => state.events.some(e => e.type === t));
  const lanes = Math.max(types.length, 1);
  const laneH = (height - TL.top - TL.bottom) / lanes;
  const axis = svgEl("g", { class: "axis" });
  axis.append(svgEl("line", { x1: TL.left, x2: width - TL.right, y1: height - TL.bottom, y2: height - TL.bottom }));
  for (const t of ticks(a, b, Math.max(2, Math.floor((width - TL.left) / 90)))) {
    const tx = x(t.ms);
    axis.append(svgEl("line", { x1: tx, x2: tx, y1: height - TL.bottom, y2: height - TL.bottom + 4 }));
    const label = svgEl("text", { x: tx, y: height - 6, "text-anchor": "middle" });
    label.textContent = t.label;
    axis.append(label);
  }
  svg.append(axis);
  types.forEach((t, i) => {
    const label = svgEl("text", { x: TL.left - 6, y: TL.top + laneH * (i + 0.5) + 3, "text-anchor": "end", class: "lane-label" });
    label.textContent = t;
    svg.append(label);
  });
  const g = svgEl("g", { id: "timeline-events" });
  for (const e of state.events) {
    const d = eventDay(e);
    if (!d) continue;
    const lane = types.indexOf(e.type);
    const y = TL.top + laneH * (lane + 0.5);
    const colour = TYPE_COLOURS[quad(e)];
    if (d[1] - d[0] >= DAY) g.append(svgEl("line", { x1: x(d[0]), x2: x(d[1] + DAY), y1: y, y2: y, stroke: colour, class: "tl-span" }));
    const mid = e.event_date && /^\d{4}-\d{2}-\d{2}$/.test(e.event_date) ? dayMs(e.event_date) : (d[0] + d[1]) / 2;
    g.append(svgEl("circle", { cx: x(mid), cy: y, r: 5, fill: colour, class: "tl-event" + (e.id === state.selected ? " selected" : ""), "data-id": e.id }));
  }
  svg.append(g);
  svg.append(svgEl("line", { id: "timeline-cursor", y1: TL.top - 4, y2: height - TL.bottom }));
  drawTimelineCursor();
}
function drawTimelineCursor() {
  const c = $("timeline-cursor");
  if (!c) return;
  const { x } = timelineScale();
  const t = dayMs(sliderDate());
  c.setAttribute("x1", x(t)); c.setAttribute("x2", x(t));
}
function ticks(a, b, n) {
  const out = [], span = b - a;
  const start = new Date(a);
  if (span > 3 * 365 * DAY) {
    const step = Math.max(1, Math.ceil(span / (365 * DAY) / n));
    for (let y = start.getUTCFullYear() + 1; Date.UTC(y, 0, 1) <= b; y += step) out.push({ ms: Date.UTC(y, 0, 1), label: String(y) });
  } else if (span > 60 * DAY) {
    const step = Math.max(1, Math.ceil(span / (30 * DAY) / n));
    let y = start.getUTCFullYear(), m = start.getUTCMonth() + 1;
    for (; Date.UTC(y, m, 1) <= b; m += step) out.push({ ms: Date.UTC(y, m, 1), label: isoDay(Date.UTC(y, m, 1)).slice(0, 7) });
  } else {
    const step = Math.max(1, Math.ceil(span / DAY / n));
    for (let t = Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate()); t <= b; t += step * DAY) out.push({ ms: t, label: isoDay(t).slice(5) });
  }
  return out;
}

// ---------------------------------------------------------------- selection and documents

function selectEvent(id) {
  const e = state.byId.get(id);
  if (!e) return;
  state.selected = id;
  for (const el of document.querySelectorAll(".event.selected, .event-point.selected, .tl-event.selected")) el.classList.remove("selected");
  for (const el of document.querySelectorAll(`[data-id="${CSS.escape(id)}"]`)) el.classList.add("selected");
  const item = document.querySelector(`#event-list .event[data-id="${CSS.escape(id)}"]`);
  if (item) item.scrollIntoView({ block: "nearest" });
  setView(state.view);
  const point = document.querySelector(`.event-point[data-id="${CSS.escape(id)}"]`);
  if (point) $("event-points").append(point);
  const facts = [e.type, e.mode, e.cameo && `CAMEO ${e.cameo}`, e.event_date, e.place_name,
    [e.source_text || e.source_actor, e.target_text || e.target_actor].filter(Boolean).join(" → "),
    e.negated && "negated", e.historical && "historical", e.modality, e.confidence != null && `confidence ${Number(e.confidence).toFixed(2)}`]
    .filter(Boolean).join(" · ");
  // The trigger's offsets are bytes into the document; the sentence starts at sentence_start.
  const rel = e.trigger_start != null && e.sentence_start != null
    ? [e.trigger_start - e.sentence_start, e.trigger_end - e.sentence_start] : null;
  showEvidence(e.evidence, rel, facts, e.id);
  openDocument(e.doc_id, e.sentence_start, e.sentence_end, [e.trigger_start, e.trigger_end]);
}
function showEvidence(sentence, trigger, facts, eventId) {
  const box = $("evidence");
  let html = esc(sentence || "");
  if (sentence && trigger && trigger[0] >= 0) {
    const bytes = new TextEncoder().encode(sentence), dec = new TextDecoder();
    if (trigger[1] <= bytes.length && trigger[0] < trigger[1]) {
      html = esc(dec.decode(bytes.slice(0, trigger[0]))) + `<mark>${esc(dec.decode(bytes.slice(trigger[0], trigger[1])))}</mark>` + esc(dec.decode(bytes.slice(trigger[1])));
    }
  }
  box.innerHTML = `<p class="sentence">${html}</p><div class="facts">${esc(facts || "")}</div>`;
  box.dataset.event = eventId || "";
}

async function openDocument(id, sentStart, sentEnd, trigger) {
  const view = $("document");
  view.textContent = "loading…";
  try {
    renderDocument(await api("/api/documents/" + encodeURIComponent(id)), sentStart, sentEnd, trigger);
  } catch (e) {
    view.textContent = e.message;
  }
}
// Mark entities, times, places, event triggers and the evidence sentence, by byte offsets (the
// record's contract). Spans may nest or overlap, so the text is cut at every span boundary and
// each piece carries the classes of all spans that cover it.
function renderDocument(rec, sentStart, sentEnd, selectedTrigger) {
  const bytes = new TextEncoder().encode(rec.text || ""), dec = new TextDecoder();
  const marks = [];
  for (const e of rec.entities || []) marks.push({ start: e.start, end: e.end, cls: "ent-" + e.type, title: e.type });
  for (const t of rec.timexes || []) marks.push({ start: t.start, end: t.end, cls: "timex", title: `${t.type} ${t.value || ""}` });
  for (const p of rec.places || []) marks.push({ start: p.start, end: p.end, cls: "place", title: `${p.kind || "place"} ${p.iso3166_2 || p.country || ""}` });
  for (const ev of rec.events || []) if (ev.trigger && ev.trigger.end > ev.trigger.start) marks.push({ start: ev.trigger.start, end: ev.trigger.end, cls: "trigger", title: `${ev.type}${ev.cameo ? " " + ev.cameo : ""}` });
  if (selectedTrigger && selectedTrigger[1] > selectedTrigger[0]) marks.push({ start: selectedTrigger[0], end: selectedTrigger[1], cls: "trigger", title: "trigger" });
  if (sentStart != null && sentEnd > sentStart) marks.push({ start: sentStart, end: sentEnd, cls: "evidence-sentence", title: "" });
  const valid = marks.filter(m => m.start >= 0 && m.end <= bytes.length && m.start < m.end);
  const cuts = new Set([0, bytes.length]);
  for (const m of valid) { cuts.add(m.start); cuts.add(m.end); }
  const points = [...cuts].sort((a, b) => a - b);
  let html = "";
  for (let i = 0; i + 1 < points.length; i++) {
    const [a, b] = [points[i], points[i + 1]];
    const piece = esc(dec.decode(bytes.slice(a, b)));
    const on = valid.filter(m => m.start <= a && m.end >= b);
    if (!on.length) { html += piece; continue; }
    const cls = [...new Set(on.map(m => m.cls))].join(" ");
    const title = [...new Set(on.map(m => m.title).filter(Boolean))].join(", ");
    // Split at paragraph breaks so the spans never contain the <p> boundaries.
    html += piece.split("\n\n").map(s => `<span class="${cls}" title="${esc(title)}">${s}</span>`).join("\n\n");
  }
  const paras = html.split("\n\n").map(p => `<p>${p.replace(/\n/g, "<br>")}</p>`).join("");
  const date = rec.date ? `${rec.date.value || "undated"} (${rec.date.precision})` : "undated";
  const name = rec.title || String(rec.source || rec.id).split("/").pop();
  $("document").innerHTML = `<h2>${esc(name)}</h2>
    <p class="meta">${esc(date)} · ${esc(rec.lang || "")} · ${rec.url ? `<a href="${esc(rec.url)}" rel="noreferrer">${esc(rec.url)}</a>` : esc(rec.source || "")}</p>
    <p class="legend-doc"><span class="ent-PER">person</span><span class="ent-ORG">organisation</span><span class="ent-LOC">location</span><span class="ent-MISC">other</span><span class="timex">time</span><span class="place">place</span><span class="trigger">event</span></p>${paras}`;
  $("document").dataset.id = rec.id;
  const first = $("document").querySelector(".evidence-sentence");
  if (first) first.scrollIntoView({ block: "center" });
}

// ---------------------------------------------------------------- documents tab and search

function showTab(name) {
  $("tab-events").classList.toggle("active", name === "events");
  $("tab-docs").classList.toggle("active", name === "docs");
  $("event-list").hidden = name !== "events";
  $("doc-list").hidden = name !== "docs";
}
function renderDocList(items) {
  $("doc-list").innerHTML = items.length ? items.map(d => `<div class="doc-item" role="listitem" tabindex="0" data-doc="${esc(d.id)}">
      ${esc(d.title || d.source || d.id)}<div class="meta">${esc(d.date || "undated")} ${esc(d.lang || "")}</div>
      ${d.snippet ? `<div class="meta">${esc(d.snippet)}</div>` : ""}</div>`).join("") : `<p class="empty">Nothing found.</p>`;
}
async function loadDocuments(q) {
  try {
    const page = q ? await api("/api/search?limit=100&q=" + encodeURIComponent(q)) : await api("/api/documents?limit=500");
    renderDocList(page.items || []);
  } catch (e) {
    $("doc-list").textContent = e.message;
  }
}

// ---------------------------------------------------------------- start

function setup() {
  $("f-type").insertAdjacentHTML("beforeend", PLOVER.map(t => `<option>${t}</option>`).join(""));
  $("filters").addEventListener("submit", ev => { ev.preventDefault(); showTab("events"); loadEvents(); });
  $("search").addEventListener("submit", ev => { ev.preventDefault(); showTab("docs"); loadDocuments($("q").value.trim()); });
  $("tab-events").addEventListener("click", () => showTab("events"));
  $("tab-docs").addEventListener("click", () => { showTab("docs"); if (!$("doc-list").childElementCount) loadDocuments(""); });
  const activate = (selector, fn) => {
    for (const type of ["click", "keydown"]) document.addEventListener(type, ev => {
      if (type === "keydown" && ev.key !== "Enter") return;
      const el = ev.target.closest && ev.target.closest(selector);
      if (el) fn(el);
    });
  };
  activate("#event-list .event", el => selectEvent(el.dataset.id));
  activate("#timeline .tl-event", el => selectEvent(el.dataset.id));
  activate("#doc-list .doc-item", el => {
    for (const d of document.querySelectorAll(".doc-item.selected")) d.classList.remove("selected");
    el.classList.add("selected");
    $("evidence").innerHTML = `<p class="hint">Click an event to see the sentence that reports it.</p>`;
    openDocument(el.dataset.doc, null, null, null);
  });
  // Clicking the timeline away from an event moves the control date there.
  $("timeline").addEventListener("click", ev => {
    if (ev.target.closest(".tl-event") || !state.range) return;
    const { x, a, b } = timelineScale();
    const r = $("timeline").getBoundingClientRect();
    const px = ev.clientX - r.left, x0 = x(a), x1 = x(b);
    if (px < x0 - 8 || px > x1 + 8 || x1 <= x0) return;
    const slider = $("date-slider");
    slider.value = String(Math.round((px - x0) / (x1 - x0) * Number(slider.max)));
    slider.dispatchEvent(new Event("input"));
  });
  setupMapInteraction();
  setupSlider();
  window.addEventListener("resize", () => drawTimeline());
}

async function start() {
  setup();
  document.body.dataset.ready = "loading";
  try {
    await loadShapes();
  } catch (e) {
    status(`map: ${e.message}`);
  }
  setView(state.view);
  api("/api/actors?limit=500").then(page => {
    $("actor-names").innerHTML = (page.items || []).map(a => `<option value="${esc(a.id)}">${esc(a.name)}</option>`).join("");
  }).catch(() => {});
  await loadEvents();
  document.body.dataset.ready = "yes";
}
start();
