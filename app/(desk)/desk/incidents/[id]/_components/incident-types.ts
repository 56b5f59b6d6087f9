// The shapes the desk incident page's panels share: what getDeskIncident returns, and the
// page's locale and messages.
import type { Messages } from "@/lib/i18n";
import type { getDeskIncident } from "@/server/incidents/queries";
import type { VerbResult } from "@/server/verb";

export type DeskIncident = NonNullable<VerbResult<typeof getDeskIncident>>;
export type DeskReport = DeskIncident["reports"][number];
export type PanelProps = { m: Messages; locale: "ar" | "en"; found: DeskIncident };
