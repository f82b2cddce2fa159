// Switches the pane's language (kk, ru, en); each option is shown in its own language.
// A native <select> (Fluent's Select): it is in the first screen, and Fluent's Dropdown would
// bring its listbox, positioning and portal code into the first bundle.
import { Field, Select } from "@fluentui/react-components";
import { languageNames, uiLanguages, type UiLanguage } from "../../i18n/index";
import { useI18n } from "../state/i18n-context";

export function LanguagePicker({ onChange }: { onChange: (language: UiLanguage) => void }) {
  const { language, t } = useI18n();
  return (
    <Field label={t("app.language")}>
      <Select
        value={language}
        onChange={(_e, data) => {
          const next = uiLanguages.find((l) => l === data.value);
          if (next) onChange(next);
        }}
      >
        {uiLanguages.map((l) => (
          <option key={l} value={l} lang={l}>
            {languageNames[l]}
          </option>
        ))}
      </Select>
    </Field>
  );
}
