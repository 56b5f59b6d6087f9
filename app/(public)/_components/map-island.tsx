"use client";
// The only script of the log page: a button that loads the map (Leaflet, clustering, the
// shipped country outlines) when the reader asks for it.
import { useRef, useState } from "react";

export type MapTexts = { showMap: string; exact: string; approximate: string; incidents: string };

export function MapIsland({ query, locale, lang, texts, tileUrl }: { query: string; locale: "ar" | "en"; lang: "ar" | "en" | null; texts: MapTexts; tileUrl: string }) {
  const box = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<"idle" | "loading" | "shown" | "failed">("idle");
  // The box's classes change only from idle to loading, before Leaflet adds its own to it.
  async function show() {
    setState("loading");
    try {
      const { drawMap } = await import("./map-view");
      await drawMap(box.current!, { query, locale, lang, texts, tileUrl });
      setState("shown");
    } catch {
      setState("failed");
    }
  }
  return (
    <div className="mt-2">
      {state !== "shown" && (
        <button type="button" onClick={show} disabled={state === "loading"} className="rounded border border-teal-800 px-3 py-1.5 text-teal-900" aria-controls="incident-map">
          {texts.showMap}
        </button>
      )}
      <div id="incident-map" ref={box} data-testid="map" data-state={state} className={state === "idle" ? "hidden" : "mt-2 h-96 w-full rounded border border-stone-200 bg-stone-100"} dir="ltr" />
    </div>
  );
}
