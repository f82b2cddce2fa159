// What an action just did (or why it could not), shown next to the button that caused it, with
// a dismiss button. The notice is kept as a message key and parameters, not as a sentence, so
// it is translated at render time and follows a language switch; an error is kept as the error.
// On appearing it scrolls itself into view: a card's buttons can sit below the fold of a 320 px
// pane, and a notice at the top of the pane was then never seen.
import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { useEffect, useRef } from "react";
import { noticeText, type Notice } from "../services/notice";
import { useI18n } from "../state/i18n-context";

export function ActionNotice(props: { notice: Notice; onDismiss: () => void }) {
  const { notice, onDismiss } = props;
  const i18n = useI18n();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // jsdom has no scrollIntoView; "nearest" scrolls only when the notice is out of view.
    ref.current?.scrollIntoView?.({ block: "nearest" });
  }, [notice]);
  const intent = notice.intent ?? ("error" in notice.message ? "error" : "success");
  return (
    <MessageBar
      ref={ref}
      layout="multiline"
      intent={intent}
      data-testid="sanaq-notice"
      data-at={notice.at}
      // An error is announced at once; a confirmation politely.
      role={intent === "error" ? "alert" : "status"}
    >
      <MessageBarBody>{noticeText(notice, i18n)}</MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button
            appearance="transparent"
            size="small"
            icon={<DismissRegular />}
            aria-label={i18n.t("notice.dismiss")}
            title={i18n.t("notice.dismiss")}
            onClick={onDismiss}
          />
        }
      />
    </MessageBar>
  );
}
