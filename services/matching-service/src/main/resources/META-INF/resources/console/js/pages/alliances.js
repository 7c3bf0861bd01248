// The alliances a caller sees (a union: those with a member in its region), newest first.
import { api } from '../api.js';
import { el } from '../dom.js';
import { t, formatDate } from '../i18n.js';

export async function render({ main, user, params }) {
  const page = Math.max(0, Number(params.get('page') || 0));
  main.append(el('h1', {}, t('alliances.title')));
  const found = await api('/alliances', { query: { page, size: 20 } });
  if (found.items.length === 0) {
    main.append(el('p', { class: 'muted' }, t('alliances.empty')));
  } else {
    main.append(el('table', { id: 'alliances' },
      el('thead', {}, el('tr', {}, ['alliances.name', 'alliances.kind', 'alliances.members', 'alliances.coordinator', 'alliances.formed']
        .map(k => el('th', { scope: 'col' }, t(k))))),
      el('tbody', {}, found.items.map(a => el('tr', {},
        el('td', {}, el('a', { href: `#/alliances/${a.id}` }, a.name)), el('td', {}, t(`kind.${a.kind}`)),
        el('td', { class: 'num' }, a.members.length), el('td', {}, a.coordinatorName), el('td', {}, formatDate(a.createdAt)))))));
    const pages = Math.ceil(found.total / 20);
    if (pages > 1) {
      main.append(el('div', { class: 'pager' },
        page > 0 ? el('a', { href: `#/alliances?page=${page - 1}` }, t('board.prev')) : null,
        el('span', {}, t('board.page', page + 1, pages, found.total)),
        page + 1 < pages ? el('a', { href: `#/alliances?page=${page + 1}` }, t('board.next')) : null));
    }
  }
  if ((user.groups || []).includes('coordinator')) {
    main.append(el('p', {}, el('a', { href: '#/alliances/new' }, t('alliances.new'))));
  }
}
