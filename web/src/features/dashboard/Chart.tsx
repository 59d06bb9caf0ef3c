import { Skeleton } from "antd";
import { useEffect, useRef, useState } from "react";
import type { ChartSpec } from "./charts";

type Core = typeof import("./echartsCore");
let core: Promise<Core> | null = null;
const loadCore = () => (core ??= import("./echartsCore"));

/** One chart: the spec's option drawn by ECharts (loaded on first use); a click on a bar calls onPick
 * with the bar's series and category index. */
export function Chart({ spec, height = 280, onPick, testId }: {
  spec: ChartSpec;
  height?: number;
  onPick?: (series: number, index: number) => void;
  testId?: string;
}) {
  const el = useRef<HTMLDivElement>(null);
  const [ready, setReady] = useState(false);
  const pick = useRef(onPick);
  pick.current = onPick;
  useEffect(() => {
    let disposed = false;
    let chart: ReturnType<Core["init"]> | null = null;
    const resize = () => chart?.resize();
    void loadCore().then(({ init }) => {
      if (disposed || !el.current) return;
      chart = init(el.current, undefined, { renderer: "svg" });
      chart.setOption(spec.option);
      chart.on("click", (p) => pick.current?.(p.seriesIndex ?? 0, p.dataIndex ?? 0));
      window.addEventListener("resize", resize);
      setReady(true);
    });
    return () => {
      disposed = true;
      window.removeEventListener("resize", resize);
      chart?.dispose();
    };
  }, [spec]);
  return (
    <div style={{ position: "relative", height }} data-testid={testId} data-ready={ready ? "1" : undefined}>
      {!ready && <Skeleton active style={{ position: "absolute", inset: 0 }} />}
      <div ref={el} style={{ height, cursor: onPick ? "pointer" : undefined }} />
    </div>
  );
}
