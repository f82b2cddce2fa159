// Switches the pane's language (kk, ru, en); each option is shown in its own language.
// A native <select> drawn like Fluent's Select, over its theme variables: it is in the first
// screen, where Fluent's Dropdown (listbox, positioning, portal) or Select would add to the
// first bundle what the browser already has.
import { Label } from "@fluentui/react-components";
import { useId } from "react";
import { languageNames, uiLanguages, type UiLanguage } from "../../i18n/index";
import { useI18n } from "../state/i18n-context";

const css = `
.sanaq-language { display: grid; gap: var(--spacingVerticalXXS); }
.sanaq-language select {
  min-height: 32px; min-width: 8em; box-sizing: border-box;
  padding: 0 var(--spacingHorizontalS); border-radius: var(--borderRadiusMedium);
  border: var(--strokeWidthThin) solid var(--colorNeutralStroke1);
  border-bottom-color: var(--colorNeutralStrokeAccessible);
  background-color: var(--colorNeutralBackground1); color: var(--colorNeutralForeground1);
  font-family: var(--fontFamilyBase); font-size: var(--fontSizeBase300);
  line-height: var(--lineHeightBase300); cursor: pointer;
}
.sanaq-language select:hover { border-color: var(--colorNeutralStroke1Hover); }
.sanaq-language select:focus-visible {
  outline: var(--strokeWidthThick) solid var(--colorStrokeFocus2); outline-offset: 1px;
}
`;

export function LanguagePicker({ onChange }: { onChange: (language: UiLanguage) => void }) {
  const { language, t } = useI18n();
  const id = useId();
  return (
    <div className="sanaq-language">
      {/* React 19 hoists this once into <head>; the page's CSP allows inline styles. */}
      <style href="sanaq-language-picker" precedence="default">
        {css}
      </style>
      <Label htmlFor={id}>{t("app.language")}</Label>
      <select
        id={id}
        value={language}
        onChange={(event) => {
          const next = uiLanguages.find((l) => l === event.target.value);
          if (next) onChange(next);
        }}
      >
        {uiLanguages.map((l) => (
          <option key={l} value={l} lang={l}>
            {languageNames[l]}
          </option>
        ))}
      </select>
    </div>
  );
}
