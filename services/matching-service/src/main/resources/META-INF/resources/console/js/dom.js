// A few helpers to build elements without innerHTML, so no API text is ever parsed as markup.
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else if (k === 'value') node.value = v;
    else node.setAttribute(k, v === true ? '' : v);
  }
  append(node, children);
  return node;
}

function append(node, children) {
  for (const c of children.flat()) {
    if (c === undefined || c === null || c === false) continue;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
}

export function clear(node) {
  while (node.firstChild) node.firstChild.remove();
  return node;
}

/** text with every occurrence of the terms wrapped in <mark>, longest terms first. */
export function highlight(text, terms) {
  const wanted = [...new Set((terms || []).filter(Boolean))].sort((a, b) => b.length - a.length);
  if (!text || wanted.length === 0) return [text || ''];
  const pattern = new RegExp(wanted.map(w => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gi');
  const parts = [];
  let last = 0;
  for (const m of text.matchAll(pattern)) {
    if (m.index > last) parts.push(text.slice(last, m.index));
    parts.push(el('mark', {}, m[0]));
    last = m.index + m[0].length;
  }
  if (last < text.length) parts.push(text.slice(last));
  return parts;
}

/** A labelled form field with a slot for the API's message about it (aria-describedby). */
export function field(id, label, control, hint) {
  control.id = id;
  const error = el('div', { class: 'error', id: `${id}-error`, 'aria-live': 'polite' });
  control.setAttribute('aria-describedby', `${id}-error`);
  return el('div', { class: 'field' }, el('label', { for: id }, label), control, hint ? el('div', { class: 'muted' }, hint) : null, error);
}

/** Shows problem+json field errors beside their fields; returns whether any field matched. */
export function showFieldErrors(form, error, fields) {
  let any = false;
  for (const [name, id] of Object.entries(fields)) {
    const message = error.field(name);
    const control = form.querySelector(`#${id}`);
    const slot = form.querySelector(`#${id}-error`);
    if (slot) slot.textContent = message;
    if (control) control.setAttribute('aria-invalid', message ? 'true' : 'false');
    if (message && !any) {
      control?.focus();
      any = true;
    }
  }
  return any;
}
