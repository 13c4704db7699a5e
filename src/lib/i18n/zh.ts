/**
 * The Chinese interface words: every string the site shows that is neither plan text nor editorial
 * content. Keyed by id; `{name}` marks a value filled in by message(). A second language is a
 * second table with the same keys (src/lib/i18n/catalogue.ts checks that). Ids ending in `.html`
 * hold a little trusted markup (<kbd>, <code>, <a>) and are rendered with set:html.
 */
export const zh = {
  // Lists
  'list.andMore': '{names}等 {count} {unit}',
  'list.separator': '、',

  // Search page (src/pages/search.astro, src/client/search-page.ts)
  'search.title': '全文检索',
  'search.description': '在各方案全文中检索，列出含有检索词的每一条举措和正文段落。',
  'search.query.label': '检索词',
  'search.query.submit': '检索',
  'search.help.html':
    '空格表示同时含有，<kbd>|</kbd> 或“或”表示含有其一，引号内为一个词组，词前加 <kbd>-</kbd> 表示排除；不区分全角半角、英文大小写和空格。例：<code>绿色保险 | 环境污染责任保险 -巨灾</code>',
  'search.filter.legend': '筛选',
  'search.filter.all': '全部',
  'search.filter.plan': '方案',
  'search.filter.region': '地区',
  'search.filter.level': '层级',
  'search.filter.category': '主题类别',
  'search.filter.measuresOnly': '只看举措',
  'search.filter.planCount': '{label}（{count}）',
  'search.noScript': '显示检索结果需要启用 JavaScript。也可以在各方案全文页面中用浏览器的查找功能（Ctrl+F）。',
  'search.related.label': '相关主题',
  'search.related.tag': '编者归类',
  'search.related.lead': '相关主题：',
  'search.related.separator': '；',
  'search.related.count': '（{count} 条举措）',
  'search.export': '下载结果 (CSV)',
  'search.more': '再显示 {next} 条（还有 {left} 条）',
  'search.retry': '重试',
  'search.hit.planText': '{plan} · 正文',
  'search.hit.tasks': '附件中分解本条的任务',
  'search.status.searching': '正在检索…',
  'search.status.failed':
    '检索没有完成：检索程序或索引文件未能加载（可能是网络中断或服务器出错）。请检查网络后点“重试”。',
  'search.status.onlyExcluded': '检索式“{query}”只有排除的词：请至少写一个要找的词。',
  'search.status.echo': '检索式：{query}',
  'search.status.none': '{echo}。没有找到含有{described}的举措或段落。{advice}',
  'search.status.none.dropFilters': '可以去掉筛选条件再试：',
  'search.status.none.otherWords': '可以换一个词，或只用其中一部分。',
  'search.status.none.dropFiltersLink': '去掉筛选再检索',
  'search.status.found': '{echo}。找到 {count} 处含有{described}：举措 {measures} 条{texts}。',
  'search.status.found.texts': '，正文段落 {count} 处',
} as const;
