// Chinese first; English on request. The choice is kept in localStorage and sets <html lang>.
const STORE = 'alliance.console.lang';

const zh = {
  skip: '跳到主要内容', brand: '职工创新工作室联盟 · 协调台', loading: '加载中…', signOut: '退出', signIn: '登录',
  'nav.label': '主导航', 'nav.matches': '匹配', 'nav.alliances': '联盟', 'nav.outcomes': '成果传播', 'nav.feed': '工作室成果',
  'nav.funding': '资助', 'nav.applications': '项目申报', 'nav.reviews': '评审进度', 'nav.soon': '即将开放',
  'role.coordinator': '联盟协调人', 'role.union': '工会', 'role.region': '地区 {0}',
  'auth.unavailable': '无法登录：本服务只信任开发令牌，未连接 Keycloak。请用 deploy/local/up 启动（需要 JDK 21 及以上）。',
  'auth.failed': '登录失败：{0}', 'auth.forbidden': '此账号没有协调台所需的角色（联盟协调人或工会）。',
  'error.load': '加载失败：{0}', 'error.notFound': '未找到，或不在您的地区范围内。',
  'board.title': '匹配看板', 'board.region': '地区（含下辖）', 'board.industry': '行业（门类或大类）', 'board.status': '状态',
  'board.minScore': '最低分', 'board.maxScore': '最高分', 'board.need': '需求编号', 'board.apply': '筛选', 'board.reset': '清除',
  'board.all': '全部', 'board.need.col': '技术难题', 'board.studio.col': '工作室', 'board.regions.col': '需求方 → 工作室',
  'board.score.col': '匹配分', 'board.age.col': '提出', 'board.status.col': '状态', 'board.empty': '没有符合条件的匹配。',
  'board.page': '第 {0} / {1} 页，共 {2} 条', 'board.prev': '上一页', 'board.next': '下一页', 'board.anyRegion': '全部地区',
  'board.anyIndustry': '全部行业', 'board.caption': '按匹配分从高到低排列的匹配',
  'status.PROPOSED': '待决定', 'status.ACCEPTED': '已接受', 'status.DECLINED': '已拒绝', 'status.WITHDRAWN': '已撤回',
  'age.now': '刚刚', 'age.minutes': '{0} 分钟前', 'age.hours': '{0} 小时前', 'age.days': '{0} 天前',
  'tier.NATIONAL_DEMONSTRATION': '全国示范', 'tier.PROVINCIAL_DEMONSTRATION': '省级示范', 'tier.MUNICIPAL': '市级',
  'tier.DISTRICT_BUREAU_GROUP': '区/局/集团级', 'tier.ENTERPRISE': '企业级',
  'match.title': '匹配详情', 'match.need': '技术难题（需求方）', 'match.studio': '工作室能力（供给方）', 'match.score': '匹配分 {0}，排名第 {1}',
  'match.terms': '命中词', 'match.features': '各项因素的贡献', 'match.feature': '因素', 'match.value': '取值', 'match.weight': '权重',
  'match.contribution': '贡献', 'match.chain': '供应链路径', 'match.noChain': '两家企业之间没有两跳以内的供应链关系。',
  'match.decisions': '各方决定', 'match.noDecisions': '尚无任何一方作出决定。', 'match.decide': '代一方作出决定',
  'match.side': '代表', 'side.NEED': '需求方', 'side.STUDIO': '工作室方', 'side.auto': '按我的地区',
  'match.verdict': '决定', 'verdict.ACCEPT': '接受', 'verdict.DECLINE': '拒绝', 'match.reason': '理由', 'match.submit': '提交决定',
  'match.contacts': '联系方式', 'match.contactsHidden': '双方都接受后才显示联系方式。', 'match.needContact': '需求方联系人',
  'match.studioContact': '工作室联系人', 'match.formAlliance': '由此匹配组建联盟', 'match.back': '返回看板',
  'match.industry': '行业', 'match.urgency': '紧急程度', 'urgency.LOW': '低', 'urgency.NORMAL': '一般', 'urgency.HIGH': '高',
  'match.done': '已记录：{0}', 'match.postedBy': '发布账号', 'match.person': '联系人', 'match.phone': '电话', 'match.email': '邮箱', 'direction.UPSTREAM': '上游', 'direction.DOWNSTREAM': '下游',
  'feature.text': '文本相关', 'feature.supplyChain': '供应链', 'feature.industry': '行业', 'feature.crossRegion': '跨地区',
  'feature.tier': '工作室级别', 'feature.accreditation': '认定', 'feature.load': '当前负荷',
  'alliances.title': '联盟', 'alliances.new': '组建联盟', 'alliances.name': '名称', 'alliances.kind': '类型',
  'alliances.members': '成员', 'alliances.coordinator': '协调人', 'alliances.formed': '组建于', 'alliances.empty': '还没有联盟。',
  'kind.SUPPLY_CHAIN': '上下游供应链联盟', 'kind.CROSS_REGION': '跨地区联盟', 'kind.INTRA_ENTERPRISE': '企业内联盟',
  'alliance.description': '说明', 'alliance.fromMatch': '来自匹配', 'alliance.memberIds': '其他成员工作室编号（每行一个，可不填）',
  'alliance.create': '组建', 'alliance.network': '成员网络', 'alliance.networkHelp': '工作室按所属企业分组，颜色表示省份，企业之间的连线是供应链关系。',
  'alliance.add': '加入成员', 'alliance.studioId': '工作室编号', 'alliance.orMatch': '或已接受的匹配编号', 'alliance.addSubmit': '加入',
  'alliance.remove': '移出', 'alliance.removeReason': '移出理由', 'alliance.removeSubmit': '确认移出', 'alliance.enterprise': '所属企业',
  'alliance.region': '地区', 'alliance.joined': '加入时间', 'alliance.via': '来自匹配', 'alliance.studio': '工作室',
  'lineage.title': '成果传播', 'lineage.pick': '成果编号', 'lineage.open': '查看', 'lineage.totals': '合计',
  'lineage.recipients': '收到的工作室', 'lineage.regions': '覆盖地区', 'lineage.adoptions': '采用', 'lineage.origin': '成果自身价值（元）',
  'lineage.adopted': '采用创造价值（元）', 'lineage.total': '总价值（元）', 'lineage.tree': '传播路径', 'lineage.byAlliance': '经联盟',
  'lineage.byChain': '沿供应链 {0} 跳', 'lineage.late': '后加入的成员', 'lineage.adoptionsList': '采用记录', 'lineage.value': '价值（元）',
  'lineage.adoptedOn': '采用日期', 'lineage.note': '说明', 'lineage.help': '输入成果编号，或从工作室成果列表进入。',
  'feed.title': '工作室收到的成果', 'feed.studio': '工作室编号', 'feed.empty': '这个工作室还没有收到成果。', 'feed.terms': '相关词',
  'feed.lineage': '传播情况', 'feed.adopted': '已采用 {0} 元'
};

const en = {
  skip: 'Skip to main content', brand: 'Studio Alliance · Coordination console', loading: 'Loading…', signOut: 'Sign out', signIn: 'Sign in',
  'nav.label': 'Main navigation', 'nav.matches': 'Matches', 'nav.alliances': 'Alliances', 'nav.outcomes': 'Outcome lineage', 'nav.feed': 'Studio feeds',
  'nav.funding': 'Funding', 'nav.applications': 'Applications', 'nav.reviews': 'Review progress', 'nav.soon': 'coming later',
  'role.coordinator': 'Alliance coordinator', 'role.union': 'Union', 'role.region': 'region {0}',
  'auth.unavailable': 'Sign-in unavailable: this service trusts development tokens only, not Keycloak. Start the stack with deploy/local/up (needs a JDK 21 or newer).',
  'auth.failed': 'Sign-in failed: {0}', 'auth.forbidden': 'This account has neither the coordinator nor the union role the console needs.',
  'error.load': 'Could not load: {0}', 'error.notFound': 'Not found, or outside your region.',
  'board.title': 'Match board', 'board.region': 'Region (with its cities)', 'board.industry': 'Industry (section or division)', 'board.status': 'Status',
  'board.minScore': 'Min score', 'board.maxScore': 'Max score', 'board.need': 'Need id', 'board.apply': 'Filter', 'board.reset': 'Clear',
  'board.all': 'All', 'board.need.col': 'Technical need', 'board.studio.col': 'Studio', 'board.regions.col': 'Need → studio',
  'board.score.col': 'Score', 'board.age.col': 'Proposed', 'board.status.col': 'Status', 'board.empty': 'No match fits these filters.',
  'board.page': 'Page {0} of {1}, {2} matches', 'board.prev': 'Previous', 'board.next': 'Next', 'board.anyRegion': 'All regions',
  'board.anyIndustry': 'All industries', 'board.caption': 'Matches, best score first',
  'status.PROPOSED': 'Proposed', 'status.ACCEPTED': 'Accepted', 'status.DECLINED': 'Declined', 'status.WITHDRAWN': 'Withdrawn',
  'age.now': 'just now', 'age.minutes': '{0} min ago', 'age.hours': '{0} h ago', 'age.days': '{0} days ago',
  'tier.NATIONAL_DEMONSTRATION': 'National demonstration', 'tier.PROVINCIAL_DEMONSTRATION': 'Provincial demonstration', 'tier.MUNICIPAL': 'Municipal',
  'tier.DISTRICT_BUREAU_GROUP': 'District / bureau / group', 'tier.ENTERPRISE': 'Enterprise',
  'match.title': 'Match', 'match.need': 'Technical need', 'match.studio': 'Studio capability', 'match.score': 'Score {0}, rank {1}',
  'match.terms': 'Matched terms', 'match.features': 'What each feature contributed', 'match.feature': 'Feature', 'match.value': 'Value', 'match.weight': 'Weight',
  'match.contribution': 'Contribution', 'match.chain': 'Supply-chain path', 'match.noChain': 'The two enterprises are not within two supply links.',
  'match.decisions': 'Decisions', 'match.noDecisions': 'No side has answered yet.', 'match.decide': 'Answer for one side',
  'match.side': 'On behalf of', 'side.NEED': 'Need side', 'side.STUDIO': 'Studio side', 'side.auto': 'By my region',
  'match.verdict': 'Decision', 'verdict.ACCEPT': 'Accept', 'verdict.DECLINE': 'Decline', 'match.reason': 'Reason', 'match.submit': 'Record decision',
  'match.contacts': 'Contacts', 'match.contactsHidden': 'Contacts appear once both sides accepted.', 'match.needContact': 'Need side contact',
  'match.studioContact': 'Studio contact', 'match.formAlliance': 'Form an alliance from this match', 'match.back': 'Back to the board',
  'match.industry': 'Industry', 'match.urgency': 'Urgency', 'urgency.LOW': 'Low', 'urgency.NORMAL': 'Normal', 'urgency.HIGH': 'High',
  'match.done': 'Recorded: {0}', 'match.postedBy': 'Posted by', 'match.person': 'Person', 'match.phone': 'Phone', 'match.email': 'Email', 'direction.UPSTREAM': 'upstream', 'direction.DOWNSTREAM': 'downstream',
  'feature.text': 'Text relevance', 'feature.supplyChain': 'Supply chain', 'feature.industry': 'Industry', 'feature.crossRegion': 'Cross-region',
  'feature.tier': 'Studio tier', 'feature.accreditation': 'Accreditation', 'feature.load': 'Current load',
  'alliances.title': 'Alliances', 'alliances.new': 'Form an alliance', 'alliances.name': 'Name', 'alliances.kind': 'Kind',
  'alliances.members': 'Members', 'alliances.coordinator': 'Coordinator', 'alliances.formed': 'Formed', 'alliances.empty': 'No alliance yet.',
  'kind.SUPPLY_CHAIN': 'Supply-chain alliance', 'kind.CROSS_REGION': 'Cross-region alliance', 'kind.INTRA_ENTERPRISE': 'Intra-enterprise alliance',
  'alliance.description': 'Description', 'alliance.fromMatch': 'From match', 'alliance.memberIds': 'Other member studio ids (one a line, optional)',
  'alliance.create': 'Form', 'alliance.network': 'Member network', 'alliance.networkHelp': 'Studios grouped by enterprise, coloured by province; lines between enterprises are supply links.',
  'alliance.add': 'Add a member', 'alliance.studioId': 'Studio id', 'alliance.orMatch': 'or an accepted match id', 'alliance.addSubmit': 'Add',
  'alliance.remove': 'Remove', 'alliance.removeReason': 'Reason for removal', 'alliance.removeSubmit': 'Remove', 'alliance.enterprise': 'Enterprise',
  'alliance.region': 'Region', 'alliance.joined': 'Joined', 'alliance.via': 'Via match', 'alliance.studio': 'Studio',
  'lineage.title': 'Outcome lineage', 'lineage.pick': 'Outcome id', 'lineage.open': 'Open', 'lineage.totals': 'Totals',
  'lineage.recipients': 'Studios reached', 'lineage.regions': 'Regions', 'lineage.adoptions': 'Adoptions', 'lineage.origin': 'Value at origin (RMB)',
  'lineage.adopted': 'Value of adoptions (RMB)', 'lineage.total': 'Total value (RMB)', 'lineage.tree': 'Where it travelled', 'lineage.byAlliance': 'through alliances',
  'lineage.byChain': 'along the supply chain, {0} hop(s)', 'lineage.late': 'members who joined later', 'lineage.adoptionsList': 'Adoptions', 'lineage.value': 'Value (RMB)',
  'lineage.adoptedOn': 'Adopted on', 'lineage.note': 'Note', 'lineage.help': 'Enter an outcome id, or come from a studio feed.',
  'feed.title': 'Outcomes a studio received', 'feed.studio': 'Studio id', 'feed.empty': 'This studio has received no outcome yet.', 'feed.terms': 'Related terms',
  'feed.lineage': 'Lineage', 'feed.adopted': 'adopted, {0} RMB'
};

const dictionaries = { zh, en };
let lang = localStorage.getItem(STORE) === 'en' ? 'en' : 'zh';

export function language() { return lang; }

export function setLanguage(next) {
  lang = next === 'en' ? 'en' : 'zh';
  localStorage.setItem(STORE, lang);
  applyStatic();
}

/** The text for key in the current language, {0}, {1}... replaced by args. */
export function t(key, ...args) {
  const text = dictionaries[lang][key] ?? zh[key] ?? key;
  return text.replace(/\{(\d)\}/g, (_, i) => String(args[Number(i)] ?? ''));
}

/** Texts of the page shell, which is static HTML. */
export function applyStatic() {
  document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
  document.title = t('brand');
  document.querySelectorAll('[data-i18n]').forEach(el => { el.textContent = t(el.dataset.i18n); });
  document.querySelectorAll('[data-i18n-aria]').forEach(el => el.setAttribute('aria-label', t(el.dataset.i18nAria)));
  const toggle = document.getElementById('lang');
  if (toggle) {
    toggle.textContent = lang === 'en' ? '中文' : 'English';
    toggle.lang = lang === 'en' ? 'zh-CN' : 'en';
  }
}

export function formatNumber(n, digits = 2) {
  return Number(n ?? 0).toLocaleString(lang === 'en' ? 'en-US' : 'zh-CN', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function formatDate(iso) {
  return iso ? new Date(iso).toLocaleString(lang === 'en' ? 'en-GB' : 'zh-CN', { dateStyle: 'medium', timeStyle: 'short' }) : '';
}

export function age(iso) {
  const minutes = Math.max(0, Math.round((Date.now() - new Date(iso).getTime()) / 60000));
  if (minutes < 1) return t('age.now');
  if (minutes < 60) return t('age.minutes', minutes);
  if (minutes < 48 * 60) return t('age.hours', Math.round(minutes / 60));
  return t('age.days', Math.round(minutes / 1440));
}
