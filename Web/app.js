// The clinician's page: builds a plan from the catalog, asks the server to check and draw it,
// and prints or saves it. Everything comes from this server; nothing is sent anywhere else.
"use strict";

const groups = [
  { kind: "foam-rolling", title: "Foam rolling", when: "Before or after your run" },
  { kind: "dynamic", title: "Dynamic warm-up", when: "Before your run" },
  { kind: "static-stretch", title: "Static stretching", when: "After your run, or before bed" },
  { kind: "other", title: "Other exercises", when: null },
];
const kindNames = { "foam-rolling": "Foam rolling", "dynamic": "Warm-up", "static-stretch": "Stretch", "mobility": "Mobility", "strength": "Strength" };
const doseFields = [
  { key: "duration", label: "Seconds" }, { key: "passes", label: "Passes" }, { key: "reps", label: "Reps" },
  { key: "hold", label: "Hold, s" }, { key: "sets", label: "Sets" },
];
const sides = ["each", "left", "right", "both"];

const $ = (id) => document.getElementById(id);
const state = { catalog: [], byId: new Map(), items: [], clinic: null, logo: null, nextId: 1, diagnostics: [], languages: [] };

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === "text") e.textContent = v;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children) if (c) e.append(c);
  return e;
}

/// A word without its plural ending, so "calf" finds "calves" and "hamstrings" finds "hamstring".
function stem(w) { return w.endsWith("ves") ? w.slice(0, -3) + "f" : w.length > 3 && w.endsWith("s") ? w.slice(0, -1) : w; }

function words(text) { return text.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean).map(stem); }

function groupOf(kind) { return groups.some((g) => g.kind === kind) ? kind : "other"; }
function today() { const d = new Date(); return new Date(d.getTime() - d.getTimezoneOffset() * 60000).toISOString().slice(0, 10); }

// ---- the plan ----

/// The clinic as the sheet prints it: the server's clinic file, the name as typed, the logo uploaded.
function clinicOnSheet() {
  const name = $("clinic").value.trim();
  if (!name) return null;
  const clinic = { ...(state.clinic ?? {}), name };
  if (state.logo) clinic.logo = state.logo; else delete clinic.logo;
  return clinic;
}

/// Shows the logo in use (or none) and says what happens to it.
function drawLogo(message) {
  $("logo-preview").hidden = !state.logo;
  if (state.logo) $("logo-preview").src = state.logo; else $("logo-preview").removeAttribute("src");
  $("logo-remove").hidden = !state.logo;
  $("logo-state").textContent = message ?? (state.logo && !$("clinic").value.trim() ? "Give the clinic's name to print the logo."
    : state.logo ? "The logo prints at the top right of each sheet." : "A PNG of up to 5 MB; it prints at the top right of each sheet.");
}

/// Sends the chosen PNG to the server, which checks it and scales it to print size.
async function uploadLogo(file) {
  drawLogo("Checking the logo…");
  let response;
  try { response = await fetch("/api/logo", { method: "POST", headers: { "Content-Type": "image/png" }, body: file }); }
  catch { drawLogo("The server could not be reached; try again."); return; }
  if (!response.ok) {
    const problems = await problemsOf(response);
    drawLogo(response.status === 413 ? "The logo is larger than 5 MB; save a smaller PNG." : `The logo cannot be used: ${problems[0].message}.`);
    return;
  }
  const answer = await response.json();
  state.logo = answer.logo;
  try { localStorage.setItem("routinepress.logo", state.logo); } catch { /* not remembered: it still prints */ }
  drawLogo(`Logo ready: ${answer.width} × ${answer.height} pixels, as it prints.`);
  changed();
}

/// The sections in the order of doing, each with its items in the clinician's order.
function sections() {
  return groups.map((g) => ({ group: g, items: state.items.filter((i) => groupOf(i.exercise.kind) === g.kind) }))
    .filter((s) => s.items.length > 0);
}

// ---- languages ----

/// The sheet's languages as chosen: ["es"], or ["es", "en"] for Spanish with English below.
function chosenLanguages() { return $("language").value.split("+"); }

/// The words a sheet starts with in `code` (its title and section headings), English when the server has none.
function sheetWords(code) {
  return state.languages.find((l) => l.code === code)?.sheet
    ?? { title: "Recovery routine", groups: Object.fromEntries(groups.map((g) => [g.kind, { title: g.title, when: g.when ?? undefined }])) };
}

/// Fills the language menus: each language alone, then each pair (the patient's first, a carer's below).
function drawLanguages() {
  const one = state.languages.map((l) => el("option", { value: l.code, text: l.name }));
  const pairs = state.languages.flatMap((a) => state.languages.filter((b) => b.code !== a.code)
    .map((b) => el("option", { value: `${a.code}+${b.code}`, text: `${a.name}, with ${b.name} below` })));
  $("language").replaceChildren(...[el("optgroup", { label: "One language" }, ...one), pairs.length ? el("optgroup", { label: "Two languages" }, ...pairs) : null].filter(Boolean));
  $("race-language").replaceChildren(...state.languages.filter((l) => l.raceWeek).map((l) => el("option", { value: l.code, text: l.name })));
}

/// Chooses the language a plan names, adding it to the menu if the server did not list it (its check then says why).
function chooseLanguage(p) {
  const value = Array.isArray(p.languages) ? p.languages.join("+") : (p.language ?? "en");
  if (![...$("language").options].some((o) => o.value === value)) $("language").append(el("option", { value, text: value }));
  $("language").value = value;
}

/// A new language keeps the clinician's title, unless it is still a language's default.
function languageChanged() {
  const title = $("title").value.trim();
  if (!title || state.languages.some((l) => l.sheet.title === title) || title === "Recovery routine") $("title").value = sheetWords(chosenLanguages()[0]).title;
  changed();
}

function plan() {
  const [first, second] = chosenLanguages();
  const words = sheetWords(first);
  const p = { kind: "take-home", title: $("title").value.trim() || words.title, paper: $("paper").value };
  if (second) p.languages = [first, second]; else p.language = first;
  if ($("date").value) p.date = $("date").value;
  const clinic = clinicOnSheet();
  if (clinic) p.clinic = clinic;
  if ($("patient").value.trim()) p.patient = { name: $("patient").value.trim() };
  if ($("clinician").value.trim()) p.clinician = { name: $("clinician").value.trim() };
  if ($("intro").value.trim()) p.intro = $("intro").value.trim();
  p.sections = sections().map((s) => {
    const heading = words.groups[s.group.kind];
    const section = { title: heading.title };
    if (heading.when) section.when = heading.when;
    section.items = s.items.map((i) => {
      const item = { exercise: i.exercise.id };
      for (const [k, v] of Object.entries(i.dose)) if (v !== "" && v !== null && v !== undefined) item[k] = k === "side" ? v : Number(v);
      if (i.cue.trim()) item.cue = i.cue.trim();
      return item;
    });
    return section;
  });
  const weeks = Number($("tracker").value);
  if (weeks > 0) p.tracker = { weeks };
  if ($("notes").value.trim()) p.notes = $("notes").value.trim();
  return p;
}

function addItem(exercise, dose, cue) {
  state.items.push({ uid: state.nextId++, exercise, dose: dose ?? { ...exercise.dose }, cue: cue ?? "" });
  drawSheet(); drawCatalog(); changed();
}

function move(uid, by) {
  const item = state.items.find((i) => i.uid === uid);
  const same = state.items.filter((i) => groupOf(i.exercise.kind) === groupOf(item.exercise.kind));
  const at = same.indexOf(item), to = at + by;
  if (to < 0 || to >= same.length) return;
  const a = state.items.indexOf(item), b = state.items.indexOf(same[to]);
  [state.items[a], state.items[b]] = [state.items[b], state.items[a]];
  drawSheet(); changed();
  document.querySelector(`[data-uid="${uid}"] .${by < 0 ? "up" : "down"}`)?.focus();
}

function remove(uid) {
  state.items = state.items.filter((i) => i.uid !== uid);
  drawSheet(); drawCatalog(); changed();
  $("search").focus();
}

// ---- drawing the page ----

function drawCatalog() {
  const asked = words($("search").value);
  const kind = $("kind").value, muscle = $("muscle").value;
  const list = $("catalog-list");
  list.replaceChildren();
  const shown = state.catalog.filter((e) =>
    asked.every((w) => e.words.some((x) => x.startsWith(w))) &&
    (!kind || e.kind === kind) && (!muscle || e.muscles.includes(muscle) || e.secondary.includes(muscle)));
  // Exercises named by the words come before those that only work the muscle.
  const named = (e) => asked.every((w) => e.nameWords.some((x) => x.startsWith(w))) ? 0 : 1;
  shown.sort((a, b) => named(a) - named(b));
  for (const e of shown) {
    const count = state.items.filter((i) => i.exercise.id === e.id).length;
    const li = el("li", { tabindex: "0", role: "button", "aria-label": `Add ${e.name}`, "data-id": e.id,
      onclick: () => addItem(e), onkeydown: (ev) => { if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); addItem(e); } } },
      e.picture ? el("img", { src: e.picture, alt: "" }) : null,
      el("span", {}, el("span", { class: "name", text: e.name }), el("span", { class: "kind", text: `${kindNames[e.kind] ?? "Exercise"} · ${e.muscles.join(", ")}` })),
      count ? el("span", { class: "added", text: count === 1 ? "added" : `added ×${count}` }) : null);
    list.append(li);
  }
  if (!shown.length) list.append(el("li", { class: "empty", text: "No exercise matches." }));
}

function itemNotes(s, j) {
  return state.diagnostics.filter((d) => d.itemKey === `${s}/${j}`);
}

function drawSheet() {
  const box = $("groups");
  box.replaceChildren();
  $("count").textContent = state.items.length ? `(${state.items.length})` : "";
  if (!state.items.length) { box.append(el("p", { class: "empty", text: "Nothing yet: add exercises from the catalog." })); return; }
  sections().forEach((s, si) => {
    const ul = el("ul", { class: "items", "aria-label": s.group.title });
    s.items.forEach((i, j) => ul.append(drawItem(i, si, j, s.items.length)));
    box.append(el("div", { class: "group" }, el("h3", { text: s.group.title }), ul));
  });
}

function drawItem(i, si, j, count) {
  const name = i.exercise.name;
  const li = el("li", { class: "item", "data-uid": String(i.uid), draggable: "true" });
  li.addEventListener("dragstart", (ev) => { li.classList.add("dragging"); ev.dataTransfer.setData("text/plain", String(i.uid)); ev.dataTransfer.effectAllowed = "move"; });
  li.addEventListener("dragend", () => li.classList.remove("dragging"));
  li.addEventListener("dragover", (ev) => ev.preventDefault());
  li.addEventListener("drop", (ev) => {
    ev.preventDefault();
    const from = state.items.find((x) => x.uid === Number(ev.dataTransfer.getData("text/plain")));
    if (!from || from === i || groupOf(from.exercise.kind) !== groupOf(i.exercise.kind)) return;
    state.items.splice(state.items.indexOf(from), 1);
    state.items.splice(state.items.indexOf(i), 0, from);
    drawSheet(); changed();
  });
  const dose = el("div", { class: "dose" });
  for (const f of doseFields) {
    if (!(f.key in i.exercise.dose) && !(f.key in i.dose)) continue;
    const id = `dose-${i.uid}-${f.key}`;
    dose.append(el("label", { for: id }, f.label,
      el("input", { id, type: "number", min: "1", max: "999", value: i.dose[f.key] ?? "", "aria-label": `${f.label} for ${name}`,
        oninput: (ev) => { i.dose[f.key] = ev.target.value; changed(); } })));
  }
  if ("side" in i.exercise.dose || "side" in i.dose) {
    const id = `side-${i.uid}`;
    const select = el("select", { id, "aria-label": `Side for ${name}`, onchange: (ev) => { i.dose.side = ev.target.value; changed(); } },
      ...sides.map((s) => el("option", { value: s, text: s, selected: i.dose.side === s })));
    dose.append(el("label", { for: id }, "Side", select));
  }
  const cueId = `cue-${i.uid}`;
  li.append(
    i.exercise.picture ? el("img", { src: i.exercise.picture, alt: "" }) : el("span"),
    el("span", { class: "name", text: name }),
    el("span", { class: "tools" },
      el("button", { class: "up", "aria-label": `Move ${name} up`, disabled: j === 0, onclick: () => move(i.uid, -1), text: "↑" }),
      el("button", { class: "down", "aria-label": `Move ${name} down`, disabled: j === count - 1, onclick: () => move(i.uid, 1), text: "↓" }),
      el("button", { class: "remove", "aria-label": `Remove ${name}`, onclick: () => remove(i.uid), text: "✕" })),
    dose,
    el("div", { class: "cue" }, el("label", { for: cueId, class: "visually-hidden", text: `Cue for ${name}` }),
      el("input", { id: cueId, value: i.cue, placeholder: i.exercise.cue ?? "Your own cue (optional)", oninput: (ev) => { i.cue = ev.target.value; changed(); } })));
  for (const d of itemNotes(si, j)) li.append(el("p", { class: `note ${d.severity}`, text: d.message + (d.hint ? ` (${d.hint})` : "") }));
  return li;
}

/// Shows the server's diagnostics: on the take-home tab beside their item when they name one on
/// the page (`beside`), else in the list under the buttons.
function showDiagnostics(list, box, beside = box.id === "problems") {
  const line = (d) => el("p", { class: `note ${d.severity}`, text: `${d.path}: ${d.message}` + (d.hint ? ` (${d.hint})` : "") });
  if (!beside) { box.replaceChildren(...list.map(line)); return; }
  state.diagnostics = list.map((d) => {
    const m = /^sections\[(\d+)\]\.items\[(\d+)\]/.exec(d.path ?? "");
    return { ...d, itemKey: m ? `${m[1]}/${m[2]}` : null };
  });
  // Redraw the item notes without losing the field being typed in.
  for (const li of document.querySelectorAll(".item")) li.querySelectorAll(".note").forEach((n) => n.remove());
  sections().forEach((s, si) => s.items.forEach((i, j) => {
    const li = document.querySelector(`[data-uid="${i.uid}"]`);
    for (const d of itemNotes(si, j)) li?.append(el("p", { class: `note ${d.severity}`, text: d.message + (d.hint ? ` (${d.hint})` : "") }));
  }));
  box.replaceChildren(...state.diagnostics.filter((d) => !d.itemKey).map(line));
}

// ---- talking to the server ----

async function post(path, body) {
  return fetch(path, { method: "POST", headers: { "Content-Type": "application/json" }, body: typeof body === "string" ? body : JSON.stringify(body) });
}

async function problemsOf(response) {
  try { const j = await response.json(); return j.diagnostics?.length ? j.diagnostics : [{ path: "$", severity: "error", message: j.error ?? `error ${response.status}` }]; }
  catch { return [{ path: "$", severity: "error", message: `the server answered ${response.status}` }]; }
}

/// Draws every page of the plan as PNG into `box`; stale answers are dropped.
function previewer(box, stateLabel) {
  let generation = 0;
  return async function (body) {
    const mine = ++generation;
    stateLabel.textContent = "updating…";
    const first = await post("/api/render?format=png&dpi=72&page=1", body);
    if (mine !== generation) return;
    if (!first.ok) { stateLabel.textContent = "not drawn: see the problems"; return problemsOf(first); }
    const count = Number(first.headers.get("X-Page-Count") ?? "1");
    const blobs = [await first.blob()];
    for (let p = 2; p <= count; p++) {
      const r = await post(`/api/render?format=png&dpi=72&page=${p}`, body);
      if (mine !== generation || !r.ok) return;
      blobs.push(await r.blob());
    }
    for (const img of box.querySelectorAll("img")) URL.revokeObjectURL(img.src);
    box.replaceChildren(...blobs.map((b, k) => el("img", { src: URL.createObjectURL(b), alt: `Page ${k + 1} of ${count}` })));
    stateLabel.textContent = `${count} page${count === 1 ? "" : "s"}`;
    return [];
  };
}

const previewTakeHome = previewer($("pages"), $("preview-state"));
let timer = null;
let refreshes = 0; // a refresh whose plan has since been replaced drops its answer
function changed() {
  clearTimeout(timer);
  timer = setTimeout(refresh, 250);
}

/// Forgets a refresh that is waiting or in flight: its answer no longer belongs to the page.
function dropRefresh() {
  clearTimeout(timer);
  refreshes++;
}

async function refresh() {
  localStorage.setItem("routinepress.clinician", $("clinician").value);
  localStorage.setItem("routinepress.clinic", $("clinic").value);
  if (!state.items.length) {
    $("pages").replaceChildren(); $("preview-state").textContent = "add an exercise to see the sheet";
    showDiagnostics([], $("problems"));
    return;
  }
  const mine = ++refreshes;
  const body = JSON.stringify(plan());
  const [check] = await Promise.all([post("/api/validate", body), previewTakeHome(body)]);
  if (mine !== refreshes) return;
  if (check.ok) showDiagnostics((await check.json()).diagnostics, $("problems"));
  else showDiagnostics(await problemsOf(check), $("problems"));
}

function fileName(p, ext) {
  const who = (p.patient?.name ?? p.runner?.name ?? "plan").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "plan";
  return `${who}${p.date ? "-" + p.date : ""}.${ext}`;
}

async function pdf(body, box) {
  const r = await post("/api/render?format=pdf", body);
  if (!r.ok) { showDiagnostics(await problemsOf(r), box); return null; }
  return URL.createObjectURL(await r.blob());
}

function download(url, name) {
  const a = el("a", { href: url, download: name });
  document.body.append(a); a.click(); a.remove();
}

async function printPDF(body, box) {
  const url = await pdf(body, box);
  if (!url) return;
  const frame = $("print-frame");
  frame.onload = () => { try { frame.contentWindow.print(); } catch { window.open(url); } };
  frame.src = url;
}

// ---- opening a saved plan ----

async function openPlan(file) {
  dropRefresh();
  const text = await file.text();
  let p;
  try { p = JSON.parse(text); } catch (e) { showDiagnostics([{ path: file.name, severity: "error", message: `not JSON: ${e.message}` }], $("problems"), false); return; }
  const check = await post("/api/validate", text);
  const result = check.ok ? await check.json() : { diagnostics: await problemsOf(check) };
  const errors = result.diagnostics.filter((d) => d.severity === "error");
  if (errors.length) { showDiagnostics(errors.map((d) => ({ ...d, path: `${file.name}: ${d.path}` })), $("problems"), false); return; }
  if (p.kind === "race-week") { selectTab("race-week"); $("race-plan").value = JSON.stringify(p, null, 2); raceChanged(); return; }
  $("title").value = p.title ?? ""; $("paper").value = p.paper ?? "letter"; $("date").value = p.date ?? today();
  chooseLanguage(p);
  $("patient").value = p.patient?.name ?? ""; if (p.clinician?.name) $("clinician").value = p.clinician.name;
  if (p.clinic?.name) $("clinic").value = p.clinic.name;
  // The opened plan's logo, or none: never the one remembered from another plan.
  state.logo = typeof p.clinic?.logo === "string" && p.clinic.logo.startsWith("data:image/png;base64,") ? p.clinic.logo : null;
  drawLogo();
  $("intro").value = p.intro ?? ""; $("notes").value = p.notes ?? ""; $("tracker").value = p.tracker?.weeks ?? 0;
  state.items = [];
  for (const s of p.sections ?? []) for (const it of s.items ?? []) {
    const e = state.byId.get(it.exercise);
    if (!e) continue;
    const dose = {};
    for (const k of [...doseFields.map((f) => f.key), "side"]) if (k in it) dose[k] = it[k];
    state.items.push({ uid: state.nextId++, exercise: e, dose: Object.keys(dose).length ? dose : { ...e.dose }, cue: it.cue ?? "" });
  }
  drawSheet(); drawCatalog(); changed();
}

// ---- the race-week tab ----

const previewRace = previewer($("race-pages"), $("race-preview-state"));
let raceTimer = null;
function raceChanged() { clearTimeout(raceTimer); raceTimer = setTimeout(refreshRace, 250); }
async function refreshRace() {
  const body = $("race-plan").value;
  if (!body.trim()) return;
  const problems = await previewRace(body);
  if (problems) showDiagnostics(problems, $("race-problems"));
}

async function makeRaceWeek() {
  const ask = { race: { date: $("race-date").value, distance: $("race-distance").value }, days: Number($("race-days").value), paper: $("race-paper").value,
    language: $("race-language").value || "en" };
  if ($("race-name").value.trim()) ask.race.name = $("race-name").value.trim();
  if ($("runner").value.trim()) ask.runner = $("runner").value.trim();
  const clinic = clinicOnSheet();
  if (clinic) ask.clinicName = clinic.name;
  const r = await post("/api/race-week", ask);
  if (!r.ok) { showDiagnostics(await problemsOf(r), $("race-problems")); return; }
  const week = await r.json();
  if (clinic && week.clinic) week.clinic = { ...clinic, ...week.clinic, logo: clinic.logo };
  if (week.clinic && !week.clinic.logo) delete week.clinic.logo;
  $("race-plan").value = JSON.stringify(week, null, 2);
  showDiagnostics([], $("race-problems"));
  refreshRace();
}

function selectTab(name) {
  for (const t of ["take-home", "race-week"]) {
    const on = t === name;
    $(`tab-${t}`).setAttribute("aria-selected", String(on));
    $(`tab-${t}`).tabIndex = on ? 0 : -1;
    $(`panel-${t}`).hidden = !on;
  }
}

// ---- start ----

async function start() {
  $("date").value = today();
  const inTwoWeeks = new Date(Date.now() + 14 * 86400000);
  $("race-date").value = inTwoWeeks.toISOString().slice(0, 10);
  $("clinician").value = localStorage.getItem("routinepress.clinician") ?? "";
  const [catalog, clinic, languages] = await Promise.all(["/api/catalog", "/api/clinic", "/api/languages"].map((u) => fetch(u).then((r) => r.json())));
  state.catalog = catalog.exercises; state.clinic = clinic.clinic; state.languages = languages.languages;
  drawLanguages();
  for (const e of state.catalog) {
    state.byId.set(e.id, e);
    e.nameWords = words(e.name);
    e.words = [e.name, e.id, ...e.muscles, kindNames[e.kind] ?? ""].join(" ").toLowerCase().split(/[^a-z0-9]+/).filter(Boolean).map(stem);
  }
  if (state.clinic?.name) $("clinic-name").textContent = state.clinic.name;
  $("clinic").value = state.clinic?.name ?? localStorage.getItem("routinepress.clinic") ?? "";
  state.logo = localStorage.getItem("routinepress.logo");
  drawLogo();
  $("logo").addEventListener("change", (ev) => { if (ev.target.files[0]) uploadLogo(ev.target.files[0]); ev.target.value = ""; });
  $("logo-remove").addEventListener("click", () => { state.logo = null; localStorage.removeItem("routinepress.logo"); drawLogo("Logo removed."); changed(); $("logo").focus(); });
  const muscles = [...new Set(state.catalog.flatMap((e) => e.muscles))].sort();
  $("muscle").append(...muscles.map((m) => el("option", { value: m, text: m })));
  for (const id of ["search", "kind", "muscle"]) $(id).addEventListener("input", drawCatalog);
  for (const id of ["patient", "date", "clinician", "clinic", "title", "paper", "intro", "tracker", "notes"]) $(id).addEventListener("input", changed);
  $("clinic").addEventListener("input", () => drawLogo());
  $("language").addEventListener("change", languageChanged);
  $("print").addEventListener("click", () => printPDF(JSON.stringify(plan()), $("problems")));
  $("download").addEventListener("click", async () => { const p = plan(), url = await pdf(JSON.stringify(p), $("problems")); if (url) download(url, fileName(p, "pdf")); });
  $("save").addEventListener("click", () => { const p = plan(); download(URL.createObjectURL(new Blob([JSON.stringify(p, null, 2) + "\n"], { type: "application/json" })), fileName(p, "json")); });
  $("open").addEventListener("change", (ev) => { if (ev.target.files[0]) openPlan(ev.target.files[0]); ev.target.value = ""; });
  $("race-make").addEventListener("click", makeRaceWeek);
  $("race-plan").addEventListener("input", raceChanged);
  $("race-print").addEventListener("click", () => printPDF($("race-plan").value, $("race-problems")));
  $("race-download").addEventListener("click", async () => { let p = {}; try { p = JSON.parse($("race-plan").value); } catch {} const url = await pdf($("race-plan").value, $("race-problems")); if (url) download(url, fileName(p, "pdf")); });
  $("race-save").addEventListener("click", () => { let p = {}; try { p = JSON.parse($("race-plan").value); } catch {} download(URL.createObjectURL(new Blob([$("race-plan").value], { type: "application/json" })), fileName(p, "json")); });
  for (const t of ["take-home", "race-week"]) {
    $(`tab-${t}`).addEventListener("click", () => selectTab(t));
    $(`tab-${t}`).addEventListener("keydown", (ev) => {
      if (ev.key === "ArrowRight" || ev.key === "ArrowLeft") { const other = t === "take-home" ? "race-week" : "take-home"; selectTab(other); $(`tab-${other}`).focus(); }
    });
  }
  drawCatalog(); drawSheet(); refresh();
}

start();
