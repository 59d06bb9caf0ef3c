// The parts of ECharts the dashboard draws with, registered once; imported lazily (Chart.tsx) so the main
// bundle does not carry the library. SVG: the numbers on the bars are text in the page (readable, testable).
import { BarChart } from "echarts/charts";
import { GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import { init, use } from "echarts/core";
import { SVGRenderer } from "echarts/renderers";

use([BarChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export { init };
