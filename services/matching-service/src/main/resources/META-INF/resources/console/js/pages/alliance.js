// One alliance: its members as a network (studios grouped by enterprise, enterprises joined by their
// supply links, colour by province) and, for coordinators, adding and removing members.
import { api } from '../api.js';
import { el, field, showFieldErrors } from '../dom.js';
import { t, formatDate } from '../i18n.js';
import { regionLabel, provinceName, provinceColour } from '../regions.js';
import { draw } from '../charts.js';

function network(a) {
  const provinces = [...new Set(a.members.map(m => String(m.studio.regionCode || '').slice(0, 2)))];
  const categories = provinces.map(p => ({ name: provinceName(`${p}0000`), itemStyle: { color: provinceColour(`${p}0000`) } }));
  const category = code => provinces.indexOf(String(code || '').slice(0, 2));
  const enterprises = new Map();
  a.members.forEach(m => {
    if (m.enterpriseId && !enterprises.has(m.enterpriseId)) enterprises.set(m.enterpriseId, { name: m.enterpriseName, region: m.studio.regionCode });
  });
  const nodes = [
    ...[...enterprises].map(([id, e]) => ({ id: `e-${id}`, name: e.name, category: category(e.region), symbol: 'roundRect',
      symbolSize: [28, 20], label: { show: true, fontWeight: 'bold', position: 'top' } })),
    ...a.members.map(m => ({ id: `s-${m.studio.id}`, name: m.studio.name, category: category(m.studio.regionCode), symbolSize: 16,
      label: { show: true, position: 'right' } }))
  ];
  const links = [
    ...a.members.filter(m => m.enterpriseId).map(m => ({ source: `s-${m.studio.id}`, target: `e-${m.enterpriseId}`, lineStyle: { type: 'dashed' } })),
    ...(a.supplyLinks || []).map(l => ({ source: `e-${l.upstreamEnterpriseId}`, target: `e-${l.downstreamEnterpriseId}`,
      value: l.product, lineStyle: { width: 3 }, label: { show: true, formatter: l.product, fontSize: 13, backgroundColor: '#fff', padding: 2 } }))
  ];
  return { categories, nodes, links };
}

function memberRows(a, coordinator, reload) {
  return a.members.map(m => {
    const cells = [el('td', {}, el('a', { href: `#/studios/${m.studio.id}/feed`, title: t('feed.title') }, m.studio.name)), el('td', {}, m.enterpriseName || ''), el('td', {}, regionLabel(m.studio.regionCode)),
      el('td', {}, formatDate(m.joinedAt)), el('td', {}, m.viaMatchId ? el('a', { href: `#/matches/${m.viaMatchId}` }, '↗') : '')];
    if (coordinator) {
      const reason = el('input', { type: 'text', required: true, maxlength: '2000' });
      const form = el('form', { class: 'inline' }, field(`r-${m.studio.id}`, t('alliance.removeReason'), reason),
        el('button', { type: 'submit', class: 'secondary' }, t('alliance.removeSubmit')));
      form.addEventListener('submit', async e => {
        e.preventDefault();
        try {
          await api(`/alliances/${a.id}/members/${m.studio.id}`, { method: 'DELETE', query: { reason: reason.value } });
          reload();
        } catch (err) {
          if (!showFieldErrors(form, err, { reason: `r-${m.studio.id}` })) form.querySelector(`#r-${m.studio.id}-error`).textContent = err.message;
        }
      });
      cells.push(el('td', {}, el('details', {}, el('summary', {}, t('alliance.remove')), form)));
    }
    return el('tr', {}, cells);
  });
}

function addForm(a, reload) {
  const studioId = el('input', { type: 'text', size: '36', autocomplete: 'off' });
  const fromMatch = el('input', { type: 'text', size: '36', autocomplete: 'off' });
  const status = el('p', { role: 'status' });
  const form = el('form', { class: 'form', id: 'add-member', 'aria-labelledby': 'add-h' }, el('h2', { id: 'add-h' }, t('alliance.add')),
    field('m-studio', t('alliance.studioId'), studioId), field('m-match', t('alliance.orMatch'), fromMatch),
    el('div', {}, el('button', { type: 'submit', class: 'primary' }, t('alliance.addSubmit'))), status);
  form.addEventListener('submit', async e => {
    e.preventDefault();
    const body = studioId.value.trim() ? { studioId: studioId.value.trim() } : {};
    if (fromMatch.value.trim()) body.fromMatch = fromMatch.value.trim();
    try {
      await api(`/alliances/${a.id}/members`, { method: 'POST', body });
      reload();
    } catch (err) {
      status.textContent = showFieldErrors(form, err, { studioId: 'm-studio', fromMatch: 'm-match' }) ? '' : err.message;
      status.className = 'error';
    }
  });
  return form;
}

export async function render(context) {
  const { main, id, user } = context;
  const [a, supplyLinks] = await Promise.all([api(`/alliances/${id}`), api(`/alliances/${id}/supply-links`)]);
  a.supplyLinks = supplyLinks;
  const coordinator = (user.groups || []).includes('coordinator');
  const reload = () => { main.replaceChildren(); render(context); };
  const chart = el('div', { class: 'chart tall', id: 'network' });
  main.append(
    el('h1', {}, a.name),
    el('dl', { class: 'facts' }, el('dt', {}, t('alliances.kind')), el('dd', {}, t(`kind.${a.kind}`)),
      el('dt', {}, t('alliances.coordinator')), el('dd', {}, a.coordinatorName),
      a.description ? [el('dt', {}, t('alliance.description')), el('dd', {}, a.description)] : null,
      el('dt', {}, t('alliances.formed')), el('dd', {}, formatDate(a.createdAt))),
    el('h2', {}, t('alliance.network')), el('p', { class: 'muted' }, t('alliance.networkHelp')), chart,
    el('h2', {}, t('alliances.members')),
    el('table', { id: 'members' }, el('thead', {}, el('tr', {},
      ['alliance.studio', 'alliance.enterprise', 'alliance.region', 'alliance.joined', 'alliance.via'].map(k => el('th', { scope: 'col' }, t(k))),
      coordinator ? el('th', { scope: 'col' }, t('alliance.remove')) : null)),
    el('tbody', {}, memberRows(a, coordinator, reload))));
  if (coordinator) main.append(addForm(a, reload));
  const { categories, nodes, links } = network(a);
  await draw(chart, {
    legend: [{ data: categories.map(c => c.name), bottom: 0 }],
    tooltip: {},
    series: [{ type: 'graph', layout: 'force', force: { repulsion: 900, edgeLength: [110, 220], gravity: 0.05, layoutAnimation: false }, roam: true, draggable: true,
      categories, data: nodes, links, label: { show: true }, lineStyle: { color: 'source', opacity: 0.8 } }]
  }, `${t('alliance.network')}: ${a.members.map(m => `${m.studio.name}（${m.enterpriseName || ''}，${provinceName(m.studio.regionCode)}）`).join('；')}`);
}
