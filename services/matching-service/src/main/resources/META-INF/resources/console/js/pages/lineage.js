// Where an outcome travelled (through alliances, along the supply chain, to late members), who
// adopted it and the value created, as a tree with the totals.
import { api } from '../api.js';
import { el, field } from '../dom.js';
import { t, formatNumber, formatDate } from '../i18n.js';
import { regionLabel, provinceColour } from '../regions.js';
import { draw } from '../charts.js';

function picker(main, current) {
  const input = el('input', { type: 'text', size: '36', value: current || '', autocomplete: 'off' });
  const form = el('form', { class: 'filters', role: 'search' }, field('o-id', t('lineage.pick'), input),
    el('button', { type: 'submit', class: 'primary' }, t('lineage.open')));
  form.addEventListener('submit', e => { e.preventDefault(); location.hash = `#/outcomes/${input.value.trim()}`; });
  main.append(form);
}

function tree(lineage) {
  const adopted = new Map(lineage.adoptions.items.map(a => [a.studio.id, a]));
  const leaf = r => {
    const a = adopted.get(r.studio.id);
    return { name: a ? `${r.studio.name} ✔ ${formatNumber(a.economicValueRmb, 0)}` : r.studio.name,
      itemStyle: { color: provinceColour(r.studio.regionCode), borderColor: a ? '#116329' : undefined, borderWidth: a ? 3 : 1 },
      symbolSize: a ? 14 : 9 };
  };
  const groups = new Map();
  const add = (key, label, r) => {
    if (!groups.has(key)) groups.set(key, { name: label, children: [] });
    groups.get(key).children.push(leaf(r));
  };
  for (const r of lineage.recipients.items) {
    for (const p of r.paths) {
      if (p.via === 'ALLIANCE') add(`a-${p.allianceId}`, `${t('lineage.byAlliance')}：${p.allianceName}`, r);
      else add(`c-${p.hops}`, t('lineage.byChain', p.hops), r);
    }
  }
  return { name: lineage.outcome.title, itemStyle: { color: provinceColour(lineage.outcome.regionCode) }, children: [...groups.values()] };
}

export async function render({ main, id }) {
  main.append(el('h1', {}, t('lineage.title')));
  picker(main, id);
  if (!id) {
    main.append(el('p', { class: 'muted' }, t('lineage.help')));
    return;
  }
  const lineage = await api(`/outcomes/${id}/lineage`, { query: { page: 0, size: 200 } });
  const o = lineage.outcome;
  const tot = lineage.totals;
  main.append(
    el('h2', {}, o.title),
    el('p', {}, `${o.originStudio?.name || ''} · ${regionLabel(o.regionCode)} · ${formatDate(o.publishedAt)}`),
    el('p', { class: 'muted' }, o.summary || ''),
    el('h2', {}, t('lineage.totals')),
    el('div', { class: 'totals', id: 'totals' },
      [['lineage.recipients', tot.recipients, 0], ['lineage.regions', tot.regions, 0], ['lineage.adoptions', tot.adoptions, 0],
        ['lineage.origin', tot.originValueRmb, 2], ['lineage.adopted', tot.adoptedValueRmb, 2], ['lineage.total', tot.totalValueRmb, 2]]
        .map(([k, v, d]) => el('div', {}, el('span', {}, t(k)), el('strong', {}, v === null || v === undefined ? '—' : formatNumber(v, d))))));
  const chart = el('div', { class: 'chart tall', id: 'lineage-tree' });
  main.append(el('h2', {}, t('lineage.tree')), chart);
  if (lineage.adoptions.items.length > 0) {
    main.append(el('h2', {}, t('lineage.adoptionsList')), el('table', { id: 'adoptions' },
      el('thead', {}, el('tr', {}, ['alliance.studio', 'alliance.region', 'lineage.value', 'lineage.adoptedOn', 'lineage.note'].map(k => el('th', { scope: 'col' }, t(k))))),
      el('tbody', {}, lineage.adoptions.items.map(a => el('tr', {}, el('td', {}, a.studio.name), el('td', {}, regionLabel(a.studio.regionCode)),
        el('td', { class: 'num' }, formatNumber(a.economicValueRmb)), el('td', {}, a.adoptedOn), el('td', {}, a.note || ''))))));
  }
  const root = tree(lineage);
  await draw(chart, {
    tooltip: { trigger: 'item' },
    series: [{ type: 'tree', data: [root], top: '5%', left: '18%', bottom: '5%', right: '28%', symbolSize: 10, initialTreeDepth: -1,
      label: { position: 'left', verticalAlign: 'middle', align: 'right' },
      leaves: { label: { position: 'right', verticalAlign: 'middle', align: 'left' } }, expandAndCollapse: true }]
  }, `${o.title}: ${root.children.map(g => `${g.name} (${g.children.map(c => c.name).join('、')})`).join('；')}`);
}
