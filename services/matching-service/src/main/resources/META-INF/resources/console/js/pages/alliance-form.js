// Forming an alliance (coordinators), usually from an accepted match; the API's rule errors
// (422 naming members or fromMatch, 400 naming a field) are shown beside their fields.
import { api } from '../api.js';
import { el, field, showFieldErrors } from '../dom.js';
import { t } from '../i18n.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function render({ main, params }) {
  const name = el('input', { type: 'text', required: true, maxlength: '200', size: '40' });
  const kind = el('select', {}, ['SUPPLY_CHAIN', 'CROSS_REGION', 'INTRA_ENTERPRISE'].map(k => el('option', { value: k }, t(`kind.${k}`))));
  const coordinatorName = el('input', { type: 'text', required: true, maxlength: '100' });
  const description = el('textarea', { rows: '3', maxlength: '2000' });
  const fromMatch = el('input', { type: 'text', size: '36', value: params.get('fromMatch') || '', autocomplete: 'off' });
  const members = el('textarea', { rows: '3' });
  const status = el('p', { role: 'status' });
  const form = el('form', { class: 'form', id: 'alliance-form', novalidate: true },
    field('a-name', t('alliances.name'), name), field('a-kind', t('alliances.kind'), kind),
    field('a-coordinator', t('alliances.coordinator'), coordinatorName), field('a-description', t('alliance.description'), description),
    field('a-from-match', t('alliance.fromMatch'), fromMatch), field('a-members', t('alliance.memberIds'), members),
    el('div', {}, el('button', { type: 'submit', class: 'primary' }, t('alliance.create'))), status);
  main.append(el('h1', {}, t('alliances.new')), form);
  form.addEventListener('submit', async e => {
    e.preventDefault();
    const ids = members.value.split(/\s+/).map(s => s.trim()).filter(Boolean);
    const body = { name: name.value.trim(), kind: kind.value, coordinatorName: coordinatorName.value.trim(),
      ...(description.value.trim() ? { description: description.value.trim() } : {}),
      ...(fromMatch.value.trim() ? { fromMatch: fromMatch.value.trim() } : {}), ...(ids.length ? { members: ids } : {}) };
    const bad = ids.find(i => !UUID.test(i));
    if (bad) {
      form.querySelector('#a-members-error').textContent = bad;
      members.setAttribute('aria-invalid', 'true');
      members.focus();
      return;
    }
    const button = form.querySelector('button');
    button.disabled = true;
    try {
      const created = await api('/alliances', { method: 'POST', body });
      location.hash = `#/alliances/${created.id}`;
    } catch (err) {
      const shown = showFieldErrors(form, err, { name: 'a-name', kind: 'a-kind', coordinatorName: 'a-coordinator',
        description: 'a-description', fromMatch: 'a-from-match', members: 'a-members' });
      status.textContent = shown ? '' : err.message;
      status.className = 'error';
      button.disabled = false;
    }
  });
}
