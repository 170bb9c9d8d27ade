// Charts for every screen: lines over time or over a budget (uPlot, from its WebJar) and horizontal bars of
// amounts (plain HTML, so screen readers read the figures). A chart names itself with an aria-label that the
// caller keeps up to date with the figures it shows.
import uPlot from '/webjars/uplot/dist/uPlot.esm.js';
import {h} from './dom.js';
import {fmt} from './i18n.js';

const COLOURS = ['#1f5f8b', '#c0392b', '#2e7d32', '#8e44ad'];

/**
 * A line chart that grows point by point. series: [{label, scale ('left' or 'right'), format(value), axisFormat, stepped}]; x is a
 * number (seconds, or money for a budget curve) with its own format. Returns {element, push(x, ...ys), set(rows),
 * describe(text), destroy()}.
 */
export function lineChart({label, xLabel, xFormat = value => fmt.number(value), series, height = 220}) {
  const element = h('div', {class: 'chart', role: 'img', 'aria-label': label});
  const data = [[], ...series.map(() => [])];
  let plot = null;
  const scales = new Set(series.map(serie => serie.scale ?? 'left'));

  function options(width) {
    return {
      width,
      height,
      legend: {show: true, live: false},
      cursor: {drag: {x: false, y: false}},
      scales: {x: {time: false}},
      axes: [
        {label: xLabel, values: (u, values) => values.map(xFormat)},
        // One axis per scale, in the colour of its first series: the legend below names them.
        ...[...scales].map(scale => {
          const index = series.findIndex(serie => (serie.scale ?? 'left') === scale);
          const colour = COLOURS[index % COLOURS.length];
          return {scale, side: scale === 'left' ? 3 : 1, size: 80, stroke: colour, ticks: {stroke: colour},
            grid: {show: scale === 'left'},
            values: (u, values) => values.map(series[index].axisFormat ?? series[index].format ?? fmt.number)};
        }),
      ],
      series: [
        {label: xLabel, value: (u, value) => value === null ? '—' : xFormat(value)},
        ...series.map((serie, index) => ({
          label: serie.label,
          scale: serie.scale ?? 'left',
          stroke: COLOURS[index % COLOURS.length],
          width: 2,
          // A best score only changes when a better plan is found: draw it as steps.
          paths: serie.stepped ? uPlot.paths.stepped({align: 1}) : undefined,
          value: (u, value) => value === null ? '—' : (serie.format ?? fmt.number)(value),
        })),
      ],
    };
  }

  // The chart is drawn once the element has a width (it is built before it is attached) and redrawn on resize.
  const observer = new ResizeObserver(entries => {
    const width = Math.floor(entries[0].contentRect.width);
    if (width <= 0) {
      return;
    }
    if (plot === null) {
      plot = new uPlot(options(width), data, element);
    } else if (Math.abs(plot.width - width) > 1) {
      plot.setSize({width, height});
    }
  });
  observer.observe(element);

  return {
    element,
    push(x, ...ys) {
      data[0].push(x);
      ys.forEach((y, index) => data[index + 1].push(y));
      plot?.setData(data);
    },
    set(rows) {
      data.forEach(column => { column.length = 0; });
      rows.forEach(([x, ...ys]) => {
        data[0].push(x);
        ys.forEach((y, index) => data[index + 1].push(y));
      });
      plot?.setData(data);
    },
    points() {
      return data[0].length;
    },
    describe(text) {
      element.setAttribute('aria-label', text);
    },
    destroy() {
      observer.disconnect();
      plot?.destroy();
    },
  };
}

/**
 * Horizontal bars, one per row: rows [{label, value, max, extra, state}] where the bar fills value/max and
 * `state` ('over', 'left', …) colours it. Each row reads as "label: text" for screen readers.
 */
export function bars(rows, {format = value => fmt.number(value), caption} = {}) {
  const top = Math.max(1, ...rows.map(row => Math.max(row.max ?? 0, row.value ?? 0)));
  return h('figure', {class: 'bars'},
    caption ? h('figcaption', {}, caption) : null,
    h('ul', {}, rows.map(row => {
      const scale = row.max ?? top;
      const fraction = scale > 0 ? Math.min(1, Math.max(0, row.value / scale)) : 0;
      return h('li', {class: `bar-row ${row.state ?? ''}`},
        h('span', {class: 'bar-label'}, row.label),
        h('span', {class: 'bar-track', 'aria-hidden': 'true', style: {width: `${100 * scale / top}%`}},
          h('span', {class: 'bar-fill', style: {width: `${100 * fraction}%`}})),
        h('span', {class: 'bar-value'}, row.text ?? format(row.value)));
    })));
}
