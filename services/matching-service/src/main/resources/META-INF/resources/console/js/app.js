// The console's shell: sign-in, navigation, language switch and a hash router over the pages.
import { applyStatic, language, setLanguage, t } from './i18n.js';
import { completeSignIn, currentClaims, signIn, signOut, accessToken } from './auth.js';
import { configure } from './api.js';
import { el, clear } from './dom.js';
import { regionLabel } from './regions.js';

// Pages load on first use, so the match board pulls in neither the drawings nor the other pages.
const ROUTES = [
  { pattern: /^#\/matches\/([0-9a-f-]{36})$/, page: () => import('./pages/match.js'), nav: 'matches' },
  { pattern: /^#\/matches$/, page: () => import('./pages/board.js'), nav: 'matches' },
  { pattern: /^#\/alliances\/new$/, page: () => import('./pages/alliance-form.js'), nav: 'alliances' },
  { pattern: /^#\/alliances\/([0-9a-f-]{36})$/, page: () => import('./pages/alliance.js'), nav: 'alliances' },
  { pattern: /^#\/alliances$/, page: () => import('./pages/alliances.js'), nav: 'alliances' },
  { pattern: /^#\/outcomes(?:\/([0-9a-f-]{36}))?$/, page: () => import('./pages/lineage.js'), nav: 'outcomes' },
  { pattern: /^#\/studios(?:\/([0-9a-f-]{36}))?\/feed$/, page: () => import('./pages/feed.js'), nav: 'feed' }
];

// The funding pages (applications, review progress) belong to the application and review services;
// their entries are here already so that the navigation keeps its shape when they arrive.
const NAV = [
  { key: 'matches', href: '#/matches' },
  { key: 'alliances', href: '#/alliances' },
  { key: 'outcomes', href: '#/outcomes' },
  { key: 'feed', href: '#/studios/feed' },
  { group: 'funding', items: ['applications', 'reviews'] }
];

const main = document.getElementById('main');
let config;
let user;

function renderNav(current) {
  const nav = document.getElementById('nav');
  clear(nav);
  for (const item of NAV) {
    if (item.group) {
      nav.append(el('span', { class: 'group' }, t(`nav.${item.group}`)));
      for (const key of item.items) {
        nav.append(el('span', { 'aria-disabled': 'true', title: t('nav.soon') }, `${t(`nav.${key}`)}（${t('nav.soon')}）`));
      }
    } else {
      nav.append(el('a', { href: item.href, ...(item.key === current ? { 'aria-current': 'page' } : {}) }, t(`nav.${item.key}`)));
    }
  }
}

function renderWho() {
  const who = document.getElementById('who');
  const roles = user.groups || [];
  who.textContent = roles.includes('coordinator')
    ? `${user.name || user.preferred_username || user.upn} · ${t('role.coordinator')}`
    : `${user.name || user.preferred_username || user.upn} · ${t('role.union')} ${regionLabel(user.region)}`;
  document.getElementById('signout').hidden = false;
}

function message(text, bad = false) {
  clear(main);
  main.append(el('p', { class: bad ? 'notice bad' : 'notice', role: bad ? 'alert' : 'status' }, text));
  main.setAttribute('aria-busy', 'false');
}

async function route() {
  if (!location.hash || location.hash === '#' || location.hash === '#/') {
    location.replace('#/matches');
    return;
  }
  const [path, query] = location.hash.split('?');
  const found = ROUTES.map(r => ({ r, m: path.match(r.pattern) })).find(x => x.m);
  renderNav(found?.r.nav);
  applyStatic();
  if (!found) {
    message(t('error.notFound'), true);
    return;
  }
  main.setAttribute('aria-busy', 'true');
  try {
    const module = await found.r.page();
    clear(main);
    await module.render({ user, params: new URLSearchParams(query || ''), id: found.m[1], main });
    // move focus to the new page's heading region, so keyboard and screen reader users start there
    if (document.activeElement === document.body) main.focus({ preventScroll: true });
  } catch (e) {
    if (e.status === 404) message(t('error.notFound'), true);
    else if (e.status !== 401) message(t('error.load', e.message), true);
  } finally {
    main.setAttribute('aria-busy', 'false');
  }
}

async function start() {
  applyStatic();
  document.getElementById('lang').addEventListener('click', () => {
    setLanguage(language() === 'en' ? 'zh' : 'en');
    if (user) renderWho();
    route();
  });
  config = await (await fetch('config')).json();
  if (!config.issuer) {
    message(t('auth.unavailable'), true);
    return;
  }
  configure(config, () => signIn(config));
  document.getElementById('signout').addEventListener('click', () => signOut(config));
  try {
    await completeSignIn(config);
  } catch (e) {
    message(t('auth.failed', e.message), true);
    return;
  }
  if (!(await accessToken(config))) {
    await signIn(config);
    return;
  }
  user = currentClaims();
  const roles = user.groups || [];
  if (!roles.includes('coordinator') && !roles.includes('union')) {
    message(t('auth.forbidden'), true);
    return;
  }
  renderWho();
  window.addEventListener('hashchange', route);
  route();
}

start();
