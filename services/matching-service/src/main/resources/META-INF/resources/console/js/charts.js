// Apache ECharts (the org.webjars.npm:echarts jar, served by this service under /webjars/), loaded on
// the first page that draws, so the match board stays light. SVG rendering: text stays text, for
// screen magnifiers, screenshots and the browser test.
import { language } from './i18n.js';

const ECHARTS = '/webjars/echarts/5.3.1/dist/echarts.min.js';   // the version in matching-service's pom.xml
let loading;

function library() {
  if (!loading) {
    loading = new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = ECHARTS;
      script.onload = () => resolve(window.echarts);
      script.onerror = () => reject(new Error(`cannot load ${ECHARTS}`));
      document.head.append(script);
    });
  }
  return loading;
}

const live = new Set();
window.addEventListener('resize', () => live.forEach(c => c.resize()));
window.addEventListener('hashchange', () => { live.forEach(c => c.dispose()); live.clear(); });

/** Draws option into container; label describes the drawing for assistive technology. */
export async function draw(container, option, label) {
  const echarts = await library();
  container.setAttribute('role', 'img');
  container.setAttribute('aria-label', label);
  const chart = echarts.init(container, null, { renderer: 'svg', locale: language() === 'en' ? 'EN' : 'ZH' });
  chart.setOption({ animation: false, textStyle: { fontFamily: getComputedStyle(document.documentElement).fontFamily }, ...option });
  live.add(chart);
  return chart;
}
