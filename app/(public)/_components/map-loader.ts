// The entry of public/map/loader.js (scripts/build-map.mjs), the one script the public log loads
// (map-section.tsx, under the page's CSP nonce): on the first press of «show map», it adds the
// map's styles and module (map-main.ts), which draws the map. A failed load lets the reader retry.
const button = document.getElementById("show-map") as HTMLButtonElement | null;
const box = document.getElementById("incident-map");
let tries = 0;
if (button && box) {
  button.addEventListener("click", () => {
    button.disabled = true;
    box.dataset.state = "loading";
    box.classList.remove("hidden");
    if (!document.getElementById("map-css")) {
      const link = document.createElement("link");
      link.id = "map-css";
      link.rel = "stylesheet";
      link.href = "/map/map.css";
      document.head.appendChild(link);
    }
    const script = document.createElement("script");
    script.type = "module";
    // A module runs once per address: a retry asks for it under another.
    script.src = `/map/map.js${tries++ ? `?retry=${tries}` : ""}`;
    script.onerror = () => {
      box.dataset.state = "failed";
      button.disabled = false;
    };
    document.head.appendChild(script);
  });
}
