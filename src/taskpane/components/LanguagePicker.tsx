// Switches the pane's language (kk, ru, en); each option is shown in its own language.
import { Dropdown, Field, Option } from "@fluentui/react-components";
import { languageNames, uiLanguages, type UiLanguage } from "../../i18n/index";
import { useI18n } from "../state/i18n-context";

export function LanguagePicker({ onChange }: { onChange: (language: UiLanguage) => void }) {
  const { language, t } = useI18n();
  return (
    <Field label={t("app.language")}>
      <Dropdown
        value={languageNames[language]}
        selectedOptions={[language]}
        onOptionSelect={(_e, data) => {
          const next = uiLanguages.find((l) => l === data.optionValue);
          if (next) onChange(next);
        }}
      >
        {uiLanguages.map((l) => (
          <Option key={l} value={l} lang={l}>
            {languageNames[l]}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
