// Runs first in taskpane.html, before Office.js and the pane's bundle, and is plain ES5 so that
// every webview parses it: Office 2019 and older show add-ins in Internet Explorer 11 (Trident)
// or the old Edge (EdgeHTML), where the ES2022 bundle cannot even be parsed and the pane would
// stay blank. There it shows a short message in Kazakh, Russian and English instead, and marks
// the page so the bundle, if it runs at all, renders nothing over it.
// The check: ES2022 built-ins (Object.hasOwn, Array.prototype.at) stand for the ES2022 syntax
// the bundle is compiled to (a syntax check would need eval, which the page's CSP forbids).
// Supported: Excel 2021 or later on Windows, Microsoft 365, Excel on the web, Excel for Mac
// (README, docs/architecture.md). Tests: tests/foundation/unsupported-host.e2e.test.ts.
(function () {
  "use strict";
  var modern =
    typeof Object.hasOwn === "function" &&
    typeof Array.prototype.at === "function" &&
    typeof Promise === "function" &&
    typeof fetch === "function";
  if (modern) return;

  var messages = [
    {
      lang: "kk",
      title: "Sanaq Office-тің бұл нұсқасында жұмыс істемейді",
      body:
        "Windows жүйесіндегі Excel 2021 немесе одан жаңасы, Microsoft 365, " +
        "интернеттегі Excel немесе Mac-қа арналған Excel қажет.",
    },
    {
      lang: "ru",
      title: "Sanaq не работает в этой версии Office",
      body:
        "Нужен Excel 2021 или новее для Windows, Microsoft 365, " +
        "Excel в Интернете или Excel для Mac.",
    },
    {
      lang: "en",
      title: "Sanaq does not run in this version of Office",
      body:
        "It needs Excel 2021 or later on Windows, Microsoft 365, " +
        "Excel on the web or Excel for Mac.",
    },
  ];

  document.documentElement.setAttribute("data-sanaq-unsupported", "");

  function show() {
    var root = document.getElementById("root") || document.body;
    var box = document.createElement("div");
    box.setAttribute("data-testid", "sanaq-unsupported");
    box.setAttribute("role", "alert");
    box.style.fontFamily = "'Segoe UI', sans-serif";
    box.style.padding = "16px";
    for (var i = 0; i < messages.length; i++) {
      var section = document.createElement("p");
      section.setAttribute("lang", messages[i].lang);
      var title = document.createElement("strong");
      title.appendChild(document.createTextNode(messages[i].title + ". "));
      section.appendChild(title);
      section.appendChild(document.createTextNode(messages[i].body));
      box.appendChild(section);
    }
    root.appendChild(box);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", show);
  } else {
    show();
  }
})();
