// One match: need and capability side by side with the matched terms marked, the features'
// contributions, the supply-chain path, the decisions, a side's answer, and the contacts.
import { api } from '../api.js';
import { el, field, highlight, showFieldErrors } from '../dom.js';
import { t, formatNumber, formatDate } from '../i18n.js';
import { regionLabel } from '../regions.js';
import { sectionName } from '../industries.js';
import { draw } from '../charts.js';

function needCard(m, terms) {
  return el('section', { class: 'card', 'aria-labelledby': 'need-h' },
    el('h2', { id: 'need-h' }, t('match.need')),
    el('p', { class: 'need-title' }, el('strong', {}, ...highlight(m.need.title, terms))),
    el('p', { class: 'need-text' }, ...highlight(m.need.description, terms)),
    el('dl', { class: 'facts' },
      el('dt', {}, t('match.industry')), el('dd', {}, /^[A-T]$/.test(m.need.industryCode) ? `${m.need.industryCode} ${sectionName(m.need.industryCode)}` : m.need.industryCode),
      el('dt', {}, t('alliance.region')), el('dd', {}, regionLabel(m.need.regionCode)),
      el('dt', {}, t('match.urgency')), el('dd', {}, t(`urgency.${m.need.urgency}`))));
}

function studioCard(m, terms) {
  return el('section', { class: 'card', 'aria-labelledby': 'studio-h' },
    el('h2', { id: 'studio-h' }, t('match.studio')),
    el('p', {}, el('strong', {}, el('a', { href: `#/studios/${m.studio.id}/feed`, title: t('feed.title') }, m.studio.name))),
    el('p', { class: 'studio-text' }, ...highlight(m.studio.capabilitySummary, terms)),
    el('dl', { class: 'facts' },
      el('dt', {}, t('alliance.region')), el('dd', {}, regionLabel(m.studio.regionCode)),
      el('dt', {}, t('board.studio.col')), el('dd', {}, t(`tier.${m.studio.tier}`))));
}

function featureSection(features) {
  const chart = el('div', { class: 'chart', id: 'features-chart' });
  const table = el('table', { id: 'features' },
    el('thead', {}, el('tr', {}, ['match.feature', 'match.value', 'match.weight', 'match.contribution'].map(k => el('th', { scope: 'col' }, t(k))))),
    el('tbody', {}, features.map(f => el('tr', {},
      el('th', { scope: 'row' }, t(`feature.${f.name}`)), el('td', { class: 'num' }, formatNumber(f.value, 3)),
      el('td', { class: 'num' }, formatNumber(f.weight, 2)), el('td', { class: 'num' }, formatNumber(f.contribution, 3))))));
  const section = el('section', { 'aria-labelledby': 'features-h' }, el('h2', { id: 'features-h' }, t('match.features')), chart,
    el('details', {}, el('summary', {}, t('match.features')), table));
  const rows = [...features].reverse();
  queueMicrotask(() => draw(chart, {
    grid: { left: 110, right: 40, top: 10, bottom: 30 },
    xAxis: { type: 'value' },
    yAxis: { type: 'category', data: rows.map(f => t(`feature.${f.name}`)) },
    tooltip: { trigger: 'axis' },
    series: [{ type: 'bar', data: rows.map(f => ({ value: Number(f.contribution.toFixed(3)),
      itemStyle: { color: f.contribution < 0 ? '#a40e26' : '#0b5cad' } })), label: { show: true, position: 'right' } }]
  }, features.map(f => `${t(`feature.${f.name}`)} ${formatNumber(f.contribution, 3)}`).join('; ')));
  return section;
}

function chainSection(steps) {
  const section = el('section', { 'aria-labelledby': 'chain-h' }, el('h2', { id: 'chain-h' }, t('match.chain')));
  if (!steps || steps.length === 0) {
    section.append(el('p', { class: 'muted' }, t('match.noChain')));
    return section;
  }
  const names = [steps[0].fromName, ...steps.map(s => s.toName)];
  const text = steps.map(s => `${s.fromName} —${s.product}（${t(`direction.${s.direction}`)}）→ ${s.toName}`).join('；');
  const chart = el('div', { class: 'chart', id: 'chain-chart', style: 'height:200px' });
  section.append(chart, el('p', { class: 'visually-hidden' }, text));
  queueMicrotask(() => draw(chart, {
    series: [{
      type: 'graph', layout: 'none', symbolSize: 18, roam: false,
      label: { show: true, position: 'bottom', width: 160, overflow: 'break' },
      edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 10,
      edgeLabel: { show: true, formatter: p => p.data.product, fontSize: 12 },
      data: names.map((n, i) => ({ name: n, x: i * 300, y: 0, itemStyle: { color: '#0b5cad' } })),
      links: steps.map(s => ({ source: s.fromName, target: s.toName, product: `${s.product}（${t(`direction.${s.direction}`)}）`,
        lineStyle: { width: 2, color: '#57606a' } }))
    }]
  }, text));
  return section;
}

function decisionsSection(m) {
  return el('section', { 'aria-labelledby': 'decisions-h' }, el('h2', { id: 'decisions-h' }, t('match.decisions')),
    m.decisions.length === 0 ? el('p', { class: 'muted' }, t('match.noDecisions')) :
      el('ul', { id: 'decisions' }, m.decisions.map(d => el('li', {},
        el('strong', {}, `${t(`side.${d.side}`)}：${t(`verdict.${d.decision}`)}`), ` — ${d.reason} `,
        el('span', { class: 'muted' }, `(${d.decidedBy}, ${formatDate(d.decidedAt)})`)))));
}

function decideForm(m, user, rerender) {
  const decided = new Set(m.decisions.map(d => d.side));
  const coordinator = (user.groups || []).includes('coordinator');
  const open = ['NEED', 'STUDIO'].filter(s => !decided.has(s));
  const side = el('select', {}, coordinator ? null : el('option', { value: '' }, t('side.auto')),
    open.map(s => el('option', { value: s }, t(`side.${s}`))));
  const verdict = el('select', {}, ['ACCEPT', 'DECLINE'].map(v => el('option', { value: v }, t(`verdict.${v}`))));
  const reason = el('textarea', { required: true, maxlength: '2000', rows: '3' });
  const status = el('p', { role: 'status' });
  const form = el('form', { class: 'form', id: 'decide', 'aria-labelledby': 'decide-h' },
    el('h2', { id: 'decide-h' }, t('match.decide')),
    field('d-side', t('match.side'), side), field('d-decision', t('match.verdict'), verdict), field('d-reason', t('match.reason'), reason),
    el('div', {}, el('button', { type: 'submit', class: 'primary' }, t('match.submit'))), status);
  form.addEventListener('submit', async e => {
    e.preventDefault();
    const button = form.querySelector('button');
    button.disabled = true;
    try {
      const body = { decision: verdict.value, reason: reason.value, ...(side.value ? { side: side.value } : {}) };
      const after = await api(`/matches/${m.id}/decision`, { method: 'POST', body });
      rerender(after, t('match.done', `${t(`side.${after.decisions.at(-1).side}`)} ${t(`verdict.${body.decision}`)}`));
    } catch (err) {
      if (!showFieldErrors(form, err, { side: 'd-side', decision: 'd-decision', reason: 'd-reason' })) status.textContent = err.message;
      status.className = 'error';
      button.disabled = false;
    }
  });
  return form;
}

function contact(label, c, id) {
  if (!c) return null;
  return el('div', { class: 'card', id }, el('h3', {}, label),
    el('dl', { class: 'facts' },
      c.studioName ? [el('dt', {}, t('alliance.studio')), el('dd', {}, c.studioName)] : null,
      c.person ? [el('dt', {}, t('match.person')), el('dd', {}, c.person)] : null,
      c.phone ? [el('dt', {}, t('match.phone')), el('dd', {}, el('a', { href: `tel:${c.phone}` }, c.phone))] : null,
      c.email ? [el('dt', {}, t('match.email')), el('dd', {}, el('a', { href: `mailto:${c.email}` }, c.email))] : null,
      c.postedBy ? [el('dt', {}, t('match.postedBy')), el('dd', {}, c.postedBy)] : null));
}

function page(main, m, user, notice) {
  const terms = m.explanation?.matchedTerms || [];
  const rerender = (after, text) => { main.replaceChildren(); page(main, after, user, text); };
  main.append(...[
    el('p', {}, el('a', { href: '#/matches' }, `← ${t('match.back')}`)),
    el('h1', {}, `${t('match.title')}：${m.need.title} ↔ ${m.studio.name}`),
    el('p', {}, el('span', { class: `status ${m.status}`, id: 'match-status' }, t(`status.${m.status}`)), ' ',
      t('match.score', formatNumber(m.score, 3), m.rank)),
    notice ? el('p', { class: 'notice', role: 'status' }, notice) : null,
    el('div', { class: 'sides' }, needCard(m, terms), studioCard(m, terms)),
    el('p', {}, `${t('match.terms')}：`, ...terms.map(term => [el('mark', {}, term), ' '])),
    featureSection(m.explanation?.features || []),
    chainSection(m.explanation?.supplyChainPath),
    decisionsSection(m)].filter(Boolean));
  if (m.status === 'PROPOSED') main.append(decideForm(m, user, rerender));
  const contacts = el('section', { 'aria-labelledby': 'contacts-h', id: 'contacts' }, el('h2', { id: 'contacts-h' }, t('match.contacts')));
  if (!m.needContact && !m.studioContact) contacts.append(el('p', { class: 'muted' }, t('match.contactsHidden')));
  else contacts.append(el('div', { class: 'sides' }, contact(t('match.needContact'), m.needContact, 'need-contact'),
    contact(t('match.studioContact'), m.studioContact, 'studio-contact')));
  main.append(contacts);
  if (m.status === 'ACCEPTED' && (user.groups || []).includes('coordinator')) {
    main.append(el('p', {}, el('a', { href: `#/alliances/new?fromMatch=${m.id}`, id: 'form-alliance' }, t('match.formAlliance'))));
  }
}

export async function render({ main, id, user }) {
  page(main, await api(`/matches/${id}`), user);
}
