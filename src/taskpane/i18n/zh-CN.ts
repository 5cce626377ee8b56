import type { Dictionary } from "./en-US";

/** 简体中文. Same keys as en-US.ts. */
export const zhCN: Dictionary = {
  "app.title": "回款管理",
  "app.subtitle": "项目回款",
  "nav.label": "页面",
  "nav.today": "今日",
  "nav.contracts": "合同",
  "nav.customers": "客户",
  "nav.reminders": "催款",
  "nav.dashboard": "仪表盘",
  "nav.data": "数据",
  "nav.settings": "设置",
  "host.noExcel.title": "未连接 Excel。",
  "host.noExcel.body": "台账可以在此使用，但工作簿操作（从工作表导入、把报表写入工作表）需要在 Excel 中进行。",
  "settings.reset": "设置“{name}”无效，已恢复为默认值。",
  "setting.agingBounds": "账龄区间",
  "setting.language": "语言",
  "setting.dunningPolicy": "催款策略",
  "setting.scorecardWeights": "信用评分权重",
  "setting.defaultCurrency": "默认币种",
  "setting.rankingRates": "排序用汇率",
  "page.placeholder": "此页面即将推出。",
  "common.loading": "加载中…",
  "common.dismiss": "关闭",
  "common.error": "出错了：{message}",
};
