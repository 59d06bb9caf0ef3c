import { act } from "react";
import { createRoot } from "react-dom/client";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { useDebounced } from "./debounce";

// React's act() warns unless the environment says it is a test.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe("useDebounced", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("gives the typed value only after typing has paused", () => {
    const seen: string[] = [];
    function Probe({ text }: { text: string }) {
      seen.push(useDebounced(text, 250));
      return null;
    }
    const root = createRoot(document.createElement("div"));
    act(() => root.render(<Probe text="M" />));
    act(() => root.render(<Probe text="Mi" />));
    act(() => vi.advanceTimersByTime(200));
    act(() => root.render(<Probe text="Min" />));
    act(() => vi.advanceTimersByTime(200));
    expect(seen.at(-1)).toBe("M"); // still typing: no intermediate value got through
    act(() => vi.advanceTimersByTime(50));
    expect(seen.at(-1)).toBe("Min");
    expect(seen).not.toContain("Mi");
    act(() => root.unmount());
  });
});
