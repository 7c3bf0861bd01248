// The outcomes one studio received (a union: its own region's studios), newest first.
import { api } from '../api.js';
import { el, field } from '../dom.js';
import { t, formatDate, formatNumber } from '../i18n.js';

export async function render({ main, id }) {
  main.append(el('h1', {}, t('feed.title')));
  const input = el('input', { type: 'text', size: '36', value: id || '', autocomplete: 'off' });
  const form = el('form', { class: 'filters', role: 'search' }, field('feed-studio', t('feed.studio'), input),
    el('button', { type: 'submit', class: 'primary' }, t('lineage.open')));
  form.addEventListener('submit', e => { e.preventDefault(); location.hash = `#/studios/${input.value.trim()}/feed`; });
  main.append(form);
  if (!id) return;
  const feed = await api(`/studios/${id}/feed`, { query: { page: 0, size: 50 } });
  if (feed.items.length === 0) {
    main.append(el('p', { class: 'muted' }, t('feed.empty')));
    return;
  }
  main.append(el('ul', { id: 'feed' }, feed.items.map(item => el('li', {},
    el('strong', {}, item.outcome.title), ` · ${item.outcome.originStudio?.name || ''} · ${formatDate(item.deliveredAt)} `,
    el('a', { href: `#/outcomes/${item.outcome.id}` }, t('feed.lineage')),
    item.relatedTerms?.length ? el('div', { class: 'muted' }, `${t('feed.terms')}：${item.relatedTerms.join('、')}`) : null,
    item.adoption ? el('div', {}, t('feed.adopted', formatNumber(item.adoption.economicValueRmb))) : null))));
}
