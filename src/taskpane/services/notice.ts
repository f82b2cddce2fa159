// A notice of what an action did, as data: where it belongs, and its message as a catalog key
// with parameters (or the error), translated only when shown (ActionNotice), so a language
// switch re-translates it. No React here: the first bundle (Pane) imports it.
import type { MessageKey } from "../../i18n/index";
import type { I18n } from "../state/i18n-context";

/** Where the report button's notices belong (a conflict's notices belong at its id). */
export const EXPORT = "export";

/** A parameter: text or a number as is, or another message translated (lower-cased on request). */
export type NoticeParam = string | number | { key: MessageKey; lowerCase?: boolean };

export interface Notice {
  /** Where the notice belongs: a conflict's id, or "export" for the report button. */
  at: string;
  message: { key: MessageKey; params?: Record<string, NoticeParam> } | { error: unknown };
  intent?: "info" | "success" | "error";
}

export function noticeText(notice: Notice, i18n: I18n): string {
  const { message } = notice;
  if ("error" in message) return i18n.failed(message.error);
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(message.params ?? {})) {
    if (typeof value !== "object") params[name] = value;
    else {
      const text = i18n.t(value.key);
      params[name] = value.lowerCase ? text.toLocaleLowerCase(i18n.locale) : text;
    }
  }
  return i18n.t(message.key, params);
}
