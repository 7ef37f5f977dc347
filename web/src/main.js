// tally's browser script: the dashboard's map and chart, drawn from the JSON API.
// Bundled with Leaflet and Chart.js by scripts/build_assets into tally/serve/static/tally.js.
import L from "leaflet";
import {
  Chart,
  CategoryScale,
  Filler,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from "chart.js";

Chart.register(CategoryScale, Filler, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip);

const STATUS_COLOURS = {
  reported: "#b35806",
  corroborated: "#d7301f",
  confirmed: "#7f0000",
  contested: "#807dba",
  discounted: "#969696",
};

function text(value) {
  const span = document.createElement("span");
  span.textContent = value == null ? "" : String(value);
  return span.innerHTML;
}

async function getJSON(url) {
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

async function drawMap(element) {
  const query = element.dataset.query;
  const params = new URLSearchParams(query);
  const outcome = params.get("outcome") || "killed";
  const map = L.map(element, { zoomSnap: 0.25, attributionControl: true });
  map.attributionControl.setPrefix("Leaflet");
  map.fitBounds([[32.3, 35.6], [37.35, 42.4]]);
  const outlines = await getJSON("/static/syria-governorates.geojson");
  const chosen = params.get("governorate");
  L.geoJSON(outlines, {
    attribution: "Outlines: Natural Earth; OCHA (approximate)",
    style: (feature) => ({
      color: "#555",
      weight: 1,
      fillColor: feature.properties.name === chosen ? "#fde0c5" : "#f4f1ea",
      fillOpacity: 1,
    }),
    onEachFeature: (feature, layer) => {
      layer.bindTooltip(`${feature.properties.name} · ${feature.properties.name_ar}`, { sticky: true });
      layer.on("click", () => {
        params.set("governorate", feature.properties.name);
        window.location.search = params.toString();
      });
    },
  }).addTo(map);

  params.set("of", outcome);
  params.set("limit", element.dataset.limit || "500");
  const points = await getJSON(`/api/map?${params.toString()}`);
  for (const point of points.items) {
    const marker = L.circleMarker([point.lat, point.lon], {
      radius: 3 + 2.5 * Math.sqrt(point.best || 0),
      color: STATUS_COLOURS[point.status] || "#b35806",
      weight: 1,
      fillOpacity: 0.55,
      className: "incident-marker",
    });
    const range = point.low !== point.best || point.high !== point.best ? ` (${point.low}–${point.high})` : "";
    marker.bindPopup(
      `<a href="/incidents/${point.id}"><strong>Incident ${point.id}</strong></a><br>` +
        `${text(point.place || "place unknown")}, ${text(point.date || "undated")}<br>` +
        `${text(outcome.replace("_", " "))}: ${point.best ?? 0}${range}<br><small>${text(point.title)}</small>`,
    );
    marker.addTo(map);
  }
  const shown = points.items.length;
  const note = document.getElementById("map-note");
  if (note) {
    const total = document.getElementById("total")?.textContent || "";
    note.textContent = `${shown} incidents on the map` + (total ? ` (of ${total} matching; those without a known place are left off)` : "");
  }
  element.dataset.ready = "true";
}

async function drawChart(canvas) {
  const params = new URLSearchParams(canvas.dataset.query);
  const outcome = params.get("outcome") || "killed";
  params.set("by", "month");
  params.set("of", outcome);
  const data = await getJSON(`/api/aggregates?${params.toString()}`);
  const rows = data.items.filter((r) => r.key !== "undated");
  const heading = canvas.closest("section")?.querySelector("h2");
  if (heading) heading.textContent = `${outcome.replace("_", " ")} per month`.replace(/^./, (c) => c.toUpperCase());
  new Chart(canvas, {
    type: "line",
    data: {
      labels: rows.map((r) => r.key),
      datasets: [
        { label: "high", data: rows.map((r) => r.high), borderWidth: 0, pointRadius: 0, fill: false },
        { label: "range (low–high)", data: rows.map((r) => r.low), borderWidth: 0, pointRadius: 0, fill: "-1", backgroundColor: "rgba(215,48,31,0.18)" },
        { label: "best estimate", data: rows.map((r) => r.best), borderColor: "#b30000", backgroundColor: "#b30000", tension: 0.2 },
      ],
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      scales: { y: { beginAtZero: true, title: { display: true, text: "people" } } },
      plugins: { legend: { labels: { filter: (item) => item.text !== "high" } } },
    },
  });
  canvas.dataset.ready = "true";
}

function report(element, error) {
  element.dataset.ready = "error";
  const note = document.createElement("p");
  note.className = "warning";
  note.textContent = `Could not draw this: ${error.message}`;
  element.after(note);
}

document.addEventListener("DOMContentLoaded", () => {
  const map = document.getElementById("map");
  if (map) drawMap(map).catch((e) => report(map, e));
  const chart = document.getElementById("chart");
  if (chart) drawChart(chart).catch((e) => report(chart, e));
  const all = document.getElementById("all");
  if (all) {
    all.addEventListener("change", () => {
      for (const box of document.querySelectorAll('#bulk input[name="ids"]')) box.checked = all.checked;
    });
  }
});
