import type { LedgerTableName } from "../store/db";
import type { BackupError, BackupErrorCode } from "./format";

const EN: Record<BackupErrorCode, string> = {
  notJson: "This file is not a Huikuan backup: it is not valid JSON.",
  notAnObject: "This file is not a Huikuan backup: it holds no backup object.",
  foreignFormat: "This file is not a Huikuan backup; choose a file saved with Download backup.",
  badSchemaVersion: "This backup has no valid schema version.",
  newerSchema: "This backup was made by a newer Huikuan (ledger version {version}; this one reads up to {supported}). Update Huikuan, then restore.",
  badExportedAt: "This backup has no valid export time.",
  missingTable: "This backup is incomplete: the table {table} is missing.",
  unknownTable: "This backup holds an unknown table {table}.",
  notAList: "This backup is damaged: {table} is not a list of records.",
  badRecord: "This backup is damaged: {table} record {index}, field {field}: {problem}.",
  duplicateKey: "This backup is damaged: {table} record {index} repeats the key {key}.",
  danglingReference: "This backup is damaged: {table} record {index} refers to {target} {value}, which is not in the backup.",
};

const ZH: Record<BackupErrorCode, string> = {
  notJson: "此文件不是回款备份：不是有效的 JSON。",
  notAnObject: "此文件不是回款备份：其中没有备份对象。",
  foreignFormat: "此文件不是回款备份；请选择用“下载备份”保存的文件。",
  badSchemaVersion: "此备份缺少有效的数据版本号。",
  newerSchema: "此备份由更新版本的回款生成（台账版本 {version}，本版本最多支持 {supported}）。请先更新回款再恢复。",
  badExportedAt: "此备份缺少有效的导出时间。",
  missingTable: "此备份不完整：缺少数据表 {table}。",
  unknownTable: "此备份包含未知的数据表 {table}。",
  notAList: "此备份已损坏：{table}不是记录列表。",
  badRecord: "此备份已损坏：{table}第 {index} 条记录的字段 {field}：{problem}。",
  duplicateKey: "此备份已损坏：{table}第 {index} 条记录的键 {key} 重复。",
  danglingReference: "此备份已损坏：{table}第 {index} 条记录引用的 {target} {value} 不在备份中。",
};

const PROBLEMS_ZH: Record<string, string> = {
  "is missing": "缺失",
  "must be text": "应为文本",
  "must be a whole number": "应为整数",
  "must be a positive whole number": "应为正整数",
  "must be a number": "应为数字",
  "must be a date YYYY-MM-DD": "应为日期 YYYY-MM-DD",
  "must be a timestamp": "应为时间戳",
  "must be an object": "应为对象",
  "has an unknown value": "取值无效",
  "must be 0 or 1": "应为 0 或 1",
};

/**
 * The ledger's tables in Chinese. A Chinese message names the table in Chinese with the name the
 * file uses beside it, 合同（contracts）, so whoever opens the file can still find it.
 */
const TABLES_ZH: Record<LedgerTableName, string> = {
  customers: "客户", contracts: "合同", milestones: "里程碑", plans: "回款计划", installments: "分期",
  invoices: "发票", receipts: "收款", allocations: "收款核销", assessments: "信用评估", reminders: "催款记录",
  targets: "回款目标", settings: "设置",
};

function tableZh(name: string | number): string | number {
  return typeof name === "string" && Object.hasOwn(TABLES_ZH, name) ? `${TABLES_ZH[name as LedgerTableName]}（${name}）` : name;
}

/** The refusal in the user's language; the current ledger has not been touched when this is shown. */
export function backupErrorMessage(e: BackupError, lang: "en" | "zh"): string {
  const params: Record<string, string | number> = { ...e.params };
  if (lang === "zh" && typeof params.problem === "string") params.problem = PROBLEMS_ZH[params.problem] ?? params.problem;
  if (lang === "zh" && e.code !== "unknownTable") {
    if (params.table !== undefined) params.table = tableZh(params.table);
    if (params.target !== undefined) params.target = tableZh(params.target);
  }
  if (typeof params.index === "number") params.index = params.index + 1; // people count from 1
  return (lang === "zh" ? ZH : EN)[e.code].replace(/\{(\w+)\}/g, (whole, k: string) => (k in params ? String(params[k]) : whole));
}
