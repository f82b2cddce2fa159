// The sections behind the Conflicts, Sources and Add-a-source tabs, each its own chunk
// (webpack import()): the first screen (Load) does not wait for their code or for the Fluent
// components only they use (Dropdown, Tooltip, Textarea, Checkbox, Badge...). While a chunk
// downloads, the section shows an indeterminate progress bar (the one Load already uses).
import { Field, ProgressBar } from "@fluentui/react-components";
import { lazy, Suspense, type ReactNode } from "react";
import { useI18n } from "../state/i18n-context";

const conflicts = () => import(/* webpackChunkName: "conflicts" */ "./ConflictList");
const sources = () => import(/* webpackChunkName: "sources" */ "./SourcesPanel");
const addSource = () => import(/* webpackChunkName: "add-source" */ "./AddSourcePanel");

export const ConflictList = lazy(() => conflicts().then((m) => ({ default: m.ConflictList })));
export const SourcesPanel = lazy(() => sources().then((m) => ({ default: m.SourcesPanel })));
export const AddSourcePanel = lazy(() => addSource().then((m) => ({ default: m.AddSourcePanel })));

/**
 * Fetches the sections' chunks ahead of a click, once the first load is over (so they do not
 * compete with it); a tab opened later then shows at once. Failures show when the tab opens.
 */
export function preloadSections(): void {
  for (const load of [conflicts, sources, addSource]) load().catch(() => undefined);
}

/** The progress a planner sees while a section's code (or the pane's own) is on its way. */
export function SectionLoading() {
  const { t } = useI18n();
  return (
    <Field label={t("app.loadingSection")} data-testid="sanaq-section-loading">
      <ProgressBar />
    </Field>
  );
}

export function LazySection({ children }: { children: ReactNode }) {
  return <Suspense fallback={<SectionLoading />}>{children}</Suspense>;
}
