// What jsdom lacks and Fluent UI uses: ResizeObserver (MessageBar reflow), scrollIntoView.
class NoResizeObserver {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

if (typeof globalThis.ResizeObserver === "undefined") {
  globalThis.ResizeObserver = NoResizeObserver as unknown as typeof ResizeObserver;
}
