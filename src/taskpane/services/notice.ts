// A notice of what an action did, as data: where it belongs, and its message as a catalog key
// with parameters (or the error), translated only when shown (ActionNotice), so a language
// switch re-translates it. No React here: the first bundle (Pane) imports it.
import type { MessageKey, MessageParams } from "../../i18n/index";
import type { I18n } from "../state/i18n-context";

/** Where the report button's notices belong (a conflict's notices belong at its id). */
export const EXPORT = "export";

export interface Notice {
  /** Where the notice belongs: a conflict's id, or EXPORT for the report button. */
  at: string;
  message: { key: MessageKey; params?: MessageParams } | { error: unknown };
  intent?: "info" | "success" | "error";
}

export function noticeText(notice: Notice, i18n: I18n): string {
  const { message } = notice;
  return "error" in message ? i18n.failed(message.error) : i18n.t(message.key, message.params);
}
