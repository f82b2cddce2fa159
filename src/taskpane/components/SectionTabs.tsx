// The pane's section tabs, drawn like Fluent's small TabList: a tablist of buttons, one tab stop
// (the selected tab), arrow keys / Home / End move between tabs, Enter or Space opens one.
// Fluent's TabList would bring tabster (its focus manager, about 14 KB gzip) into the first
// bundle for this alone; the styles are Fluent's, over its theme variables.
import { useRef, type KeyboardEvent, type ReactNode } from "react";

const css = `
.sanaq-tablist { display: flex; flex-wrap: wrap; }
.sanaq-tab {
  position: relative; display: inline-flex; align-items: center; cursor: pointer;
  border: none; border-radius: var(--borderRadiusMedium); background: transparent;
  padding: var(--spacingVerticalSNudge) var(--spacingHorizontalSNudge);
  font-family: var(--fontFamilyBase); font-size: var(--fontSizeBase300);
  line-height: var(--lineHeightBase300); font-weight: var(--fontWeightRegular);
  color: var(--colorNeutralForeground2);
}
.sanaq-tab:hover { color: var(--colorNeutralForeground2Hover); }
.sanaq-tab:active { color: var(--colorNeutralForeground2Pressed); }
.sanaq-tab[aria-selected="true"] { color: var(--colorNeutralForeground1); font-weight: var(--fontWeightSemibold); }
.sanaq-tab::after {
  content: ""; position: absolute; left: var(--spacingHorizontalSNudge);
  right: var(--spacingHorizontalSNudge); bottom: 0; height: var(--strokeWidthThick);
  border-radius: var(--borderRadiusCircular); background: transparent;
}
.sanaq-tab:hover::after { background: var(--colorNeutralStroke1Hover); }
.sanaq-tab[aria-selected="true"]::after { background: var(--colorCompoundBrandStroke); }
.sanaq-tab:focus { outline: none; }
.sanaq-tab:focus-visible {
  outline: var(--strokeWidthThick) solid var(--colorStrokeFocus2);
  outline-offset: calc(-1 * var(--strokeWidthThick));
}
/* The bold width is reserved, so selecting a tab does not move the others. */
.sanaq-tab-label { display: inline-grid; }
.sanaq-tab-label::after {
  content: attr(data-label); font-weight: var(--fontWeightSemibold);
  visibility: hidden; height: 0; overflow: hidden;
}
`;

export interface SectionTabsProps<K extends string> {
  keys: readonly K[];
  selected: K;
  onSelect: (key: K) => void;
  label: (key: K) => string;
  /** Extra text after a tab's label, e.g. a count. */
  suffix?: (key: K) => ReactNode;
}

const moves: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowDown: (i, n) => (i + 1) % n,
  ArrowLeft: (i, n) => (i - 1 + n) % n,
  ArrowUp: (i, n) => (i - 1 + n) % n,
  Home: () => 0,
  End: (_i, n) => n - 1,
};

export function SectionTabs<K extends string>(props: SectionTabsProps<K>) {
  const { keys, selected, onSelect, label, suffix } = props;
  const buttons = useRef<(HTMLButtonElement | null)[]>([]);
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>, index: number): void => {
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    buttons.current[move(index, keys.length)]?.focus();
  };
  return (
    <div role="tablist" className="sanaq-tablist" aria-orientation="horizontal">
      {/* React 19 hoists this once into <head>; the page's CSP allows inline styles. */}
      <style href="sanaq-section-tabs" precedence="default">
        {css}
      </style>
      {keys.map((key, index) => {
        const text = `${label(key)}${String(suffix?.(key) ?? "")}`;
        return (
          <button
            key={key}
            ref={(el) => {
              buttons.current[index] = el;
            }}
            type="button"
            role="tab"
            className="sanaq-tab"
            aria-selected={key === selected}
            tabIndex={key === selected ? 0 : -1}
            onClick={() => onSelect(key)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            <span className="sanaq-tab-label" data-label={text}>
              {text}
            </span>
          </button>
        );
      })}
    </div>
  );
}
