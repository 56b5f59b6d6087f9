// The entry of public/map/map.js (scripts/build-map.mjs): draws the map into #incident-map with
// the options its data attributes carry (map-section.tsx), once the «show map» button loaded it.
import { drawMap, type MapTexts } from "./map-view";

const box = document.getElementById("incident-map");
if (box) {
  const d = box.dataset;
  const texts = JSON.parse(d.texts ?? "{}") as MapTexts;
  const locale = d.locale === "en" ? "en" : "ar";
  const lang = d.lang === "ar" || d.lang === "en" ? d.lang : null;
  drawMap(box, { query: d.query ?? "", locale, lang, texts, tileUrl: d.tileUrl ?? "" })
    .then(() => {
      box.dataset.state = "shown";
      document.getElementById("show-map")?.remove();
    })
    .catch(() => {
      box.dataset.state = "failed";
      const button = document.getElementById("show-map") as HTMLButtonElement | null;
      if (button) button.disabled = false;
    });
}
