// The match board: matches across regions, best first, filtered and paged, with counts per status.
import { api } from '../api.js';
import { el, field } from '../dom.js';
import { t, age, formatNumber } from '../i18n.js';
import { PROVINCES, regionLabel } from '../regions.js';
import { SECTIONS, sectionName } from '../industries.js';

const STATUSES = ['PROPOSED', 'ACCEPTED', 'DECLINED', 'WITHDRAWN'];
const FILTERS = ['region', 'industry', 'minScore', 'maxScore', 'need'];
const SIZE = 20;

function hashWith(params) {
  const q = new URLSearchParams([...params].filter(([, v]) => v));
  return `#/matches${q.toString() ? '?' + q : ''}`;
}

function filterForm(params) {
  const region = el('select', {}, el('option', { value: '' }, t('board.anyRegion')),
    Object.keys(PROVINCES).map(p => el('option', { value: `${p}0000` }, regionLabel(`${p}0000`))));
  const current = params.get('region') || '';
  if (current && !region.querySelector(`option[value="${current}"]`)) region.append(el('option', { value: current }, current));
  region.value = current;
  // a section letter from the list, or a two-digit division typed in (e.g. 44)
  const industry = el('input', { type: 'text', list: 'f-industry-list', size: '8', value: params.get('industry') || '',
    pattern: '[A-T]|[0-9]{2}', autocomplete: 'off' });
  const sections = el('datalist', { id: 'f-industry-list' }, SECTIONS.map(s => el('option', { value: s }, `${s} ${sectionName(s)}`)));
  const minScore = el('input', { type: 'number', step: '0.01', min: '0', inputmode: 'decimal', value: params.get('minScore') || '' });
  const maxScore = el('input', { type: 'number', step: '0.01', min: '0', inputmode: 'decimal', value: params.get('maxScore') || '' });
  const need = el('input', { type: 'text', size: '36', value: params.get('need') || '', autocomplete: 'off' });
  const form = el('form', { class: 'filters', role: 'search', 'aria-label': t('board.title') },
    field('f-region', t('board.region'), region),
    field('f-industry', t('board.industry'), industry), sections,
    field('f-min', t('board.minScore'), minScore),
    field('f-max', t('board.maxScore'), maxScore),
    field('f-need', t('board.need'), need),
    el('button', { type: 'submit', class: 'primary' }, t('board.apply')),
    el('button', { type: 'button', class: 'secondary', onclick: () => { location.hash = '#/matches'; } }, t('board.reset')));
  form.addEventListener('submit', e => {
    e.preventDefault();
    const next = new URLSearchParams({ region: region.value, industry: industry.value, minScore: minScore.value,
      maxScore: maxScore.value, need: need.value.trim(), status: params.get('status') || '' });
    location.hash = hashWith(next);
  });
  return form;
}

function row(m) {
  return el('tr', {},
    el('td', {}, el('a', { href: `#/matches/${m.id}` }, m.need.title)),
    el('td', {}, el('a', { href: `#/studios/${m.studio.id}/feed`, title: t('feed.title') }, m.studio.name),
      el('div', { class: 'muted' }, t(`tier.${m.studio.tier}`))),
    el('td', {}, regionLabel(m.need.regionCode), ' → ', regionLabel(m.studio.regionCode)),
    el('td', { class: 'num' }, formatNumber(m.score, 3)),
    el('td', {}, el('time', { datetime: m.createdAt }, age(m.createdAt))),
    el('td', {}, el('span', { class: `status ${m.status}` }, t(`status.${m.status}`))));
}

export async function render({ main, params }) {
  const filters = Object.fromEntries(FILTERS.map(f => [f, params.get(f)]));
  const status = params.get('status') || '';
  const page = Math.max(0, Number(params.get('page') || 0));
  main.append(el('h1', {}, t('board.title')), filterForm(params));
  const tabs = el('nav', { class: 'tabs', 'aria-label': t('board.status') });
  main.append(tabs);
  const region = el('div', {});
  main.append(region);

  // the page of matches first, alone on the server; the counts (four small queries) follow it
  const found = await api('/matches', { query: { ...filters, status, page, size: SIZE } });
  const counts = Promise.all(STATUSES.map(s => api('/matches', { query: { ...filters, status: s, page: 0, size: 1 } })
    .then(r => [s, r.total])));
  if (found.items.length === 0) {
    region.append(el('p', { class: 'muted' }, t('board.empty')));
  } else {
    region.append(el('table', { id: 'board' },
      el('caption', { class: 'visually-hidden' }, t('board.caption')),
      el('thead', {}, el('tr', {}, ['board.need.col', 'board.studio.col', 'board.regions.col', 'board.score.col', 'board.age.col', 'board.status.col']
        .map(k => el('th', { scope: 'col' }, t(k))))),
      el('tbody', {}, found.items.map(row))));
  }
  const pages = Math.max(1, Math.ceil(found.total / SIZE));
  const goto = p => { const next = new URLSearchParams(params); next.set('page', p); location.hash = hashWith(next); };
  region.append(el('div', { class: 'pager' },
    el('button', { type: 'button', class: 'secondary', disabled: page <= 0, onclick: () => goto(page - 1) }, t('board.prev')),
    el('span', { 'aria-live': 'polite' }, t('board.page', page + 1, pages, found.total)),
    el('button', { type: 'button', class: 'secondary', disabled: page + 1 >= pages, onclick: () => goto(page + 1) }, t('board.next'))));
  // the board's first meaningful paint: the rows are in the document (the browser test reads this mark)
  requestAnimationFrame(() => performance.mark('board-rendered'));

  const byStatus = Object.fromEntries(await counts);
  const all = STATUSES.reduce((n, s) => n + byStatus[s], 0);
  const tab = (value, label, n) => {
    const next = new URLSearchParams(params);
    next.set('status', value);
    next.delete('page');
    return el('a', { href: hashWith(next), 'aria-current': status === value ? 'true' : 'false', 'data-status': value || 'ALL' },
      label, el('span', { class: 'count' }, n));
  };
  tabs.append(tab('', t('board.all'), all), ...STATUSES.map(s => tab(s, t(`status.${s}`), byStatus[s])));
}
