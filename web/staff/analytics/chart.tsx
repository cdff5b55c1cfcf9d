import type { ChartConfiguration } from 'chart.js';
import { useEffect, useRef } from 'preact/hooks';

/** Chart.js is fetched the first time a chart is drawn, so the workspace's first load stays small. */
let chartJs: Promise<typeof import('chart.js/auto')> | undefined;
const loadChartJs = () => (chartJs ??= import('chart.js/auto'));

/**
 * A chart drawn on a canvas; the canvas is an image named by `label`, and the figures are
 * in the data table next to it (screen readers read the table, not the drawing).
 */
export function ChartCanvas({ config, label }: { config: ChartConfiguration; label: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    let chart: { destroy(): void } | undefined;
    let gone = false;
    void loadChartJs().then(({ Chart }) => {
      if (gone || !canvas.current) return;
      chart = new Chart(canvas.current, { ...config, options: { animation: false, maintainAspectRatio: false, ...config.options } });
    });
    return () => {
      gone = true;
      chart?.destroy();
    };
  }, [JSON.stringify(config.data), JSON.stringify(config.options)]);
  return (
    <div class="canvas">
      <canvas ref={canvas} role="img" aria-label={label} />
    </div>
  );
}
