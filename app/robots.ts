import type { MetadataRoute } from "next";

// robots.txt: crawlers read the log's newest page, the incident pages (in both languages), the
// methodology, the API's documentation and the feed; not the desk, not the API, and not the log
// with a query — every filter combination, search and page of the log is a distinct address, and
// a crawler walking them all is the load the per-address limit exists for
// (server/public/rate-limit.ts). The log's filter and paging links also say rel="nofollow"
// (app/(public)/_components/public-log.tsx, timeline.tsx). docs/public-reads.md.
export default function robots(): MetadataRoute.Robots {
  return {
    rules: [
      {
        userAgent: "*",
        allow: ["/", "/incidents/", "/*?lang=ar$", "/*?lang=en$", "/methodology", "/api-docs", "/feed.xml"],
        disallow: ["/*?", "/desk", "/api/", "/log", "/login", "/logout", "/password", "/signout", "/lang"],
      },
    ],
  };
}
