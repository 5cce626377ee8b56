import { isBlank, readBoolean, readNumber, readOptionalNumber, readText } from "../../core/cells";
import { collectRisk } from "../../core/credit/collectRisk";
import { gradeOf, suggestedTerms } from "../../core/credit/grades";
import { creditScore, parseStrengthScale, weightsFromCells } from "../../core/credit/scorecard";
import { altmanZ, parseZModel, zUsesSales } from "../../core/credit/zscore";
import { excel } from "../excelError";

/**
 * Altman Z-score: "Z" (1968, public manufacturers), "Z'" (1983, private firms, book equity), "Z''" (1995, non-manufacturers, no sales term) or "EMS" (Z'' + 3.25, emerging markets).
 * @customfunction ZSCORE
 * @param workingCapital Current assets minus current liabilities.
 * @param retainedEarnings Retained earnings.
 * @param ebit Earnings before interest and taxes.
 * @param equityValue Market value of equity for "Z"; book value of equity for the other models.
 * @param sales Net sales (not used by "Z''" and "EMS"; may be blank there).
 * @param totalAssets Total assets, greater than zero.
 * @param totalLiabilities Total liabilities, greater than zero.
 * @param [model] "Z" (default), "Z'", "Z''" or "EMS".
 * @returns The Z-score.
 */
export function zscore(
  workingCapital: any,
  retainedEarnings: any,
  ebit: any,
  equityValue: any,
  sales: any,
  totalAssets: any,
  totalLiabilities: any,
  model?: any,
): number {
  return excel(() => {
    const m = isBlank(model) ? "Z" : parseZModel(readText(model, "model"));
    return altmanZ(
      {
        workingCapital: readNumber(workingCapital, "workingCapital"),
        retainedEarnings: readNumber(retainedEarnings, "retainedEarnings"),
        ebit: readNumber(ebit, "ebit"),
        equityValue: readNumber(equityValue, "equityValue"),
        sales: zUsesSales(m) ? readNumber(sales, "sales") : readOptionalNumber(sales, "sales", 0),
        totalAssets: readNumber(totalAssets, "totalAssets"),
        totalLiabilities: readNumber(totalLiabilities, "totalLiabilities"),
      },
      m,
    );
  });
}

/**
 * Credit score 0-100 from five factors, each banded to 0-100 points. Default weights: payment history 30% (avg days late: <=0:100, <=7:85, <=15:70, <=30:50, <=60:25, else 0); overdue share 25% (0:100, <=5%:85, <=15%:65, <=30%:40, <=50%:20, else 0); utilisation 15% (<=50%:100, <=75%:80, <=90%:60, <=100%:40, <=120%:15, else 0); relationship 10% (years >=10:100, >=5:85, >=3:70, >=1:50, else 20); financial strength 20% (rating as points, or Altman Z zones: safe 100, upper grey 65, lower grey 35, distress 0).
 * @customfunction CREDITSCORE
 * @param avgDaysLate Average days late over the last 12 months (0 or less: on time).
 * @param overdueShare Overdue / outstanding, 0 to 1.
 * @param utilisation Outstanding / credit limit (1 = at the limit).
 * @param relationshipYears Years since the first invoice.
 * @param financialStrength A 0-100 rating (100 strongest), or an Altman Z when strengthScale names a model.
 * @param [strengthScale] "rating" (default), "Z", "Z'", "Z''" or "EMS".
 * @param [weights] Five weights adding up to 1, in the order above (default 0.30, 0.25, 0.15, 0.10, 0.20).
 * @returns Credit score from 0 (weakest) to 100.
 */
export function creditscore(
  avgDaysLate: any,
  overdueShare: any,
  utilisation: any,
  relationshipYears: any,
  financialStrength: any,
  strengthScale?: any,
  weights?: any[][],
): number {
  return excel(
    () =>
      creditScore(
        {
          avgDaysLate: readNumber(avgDaysLate, "avgDaysLate"),
          overdueShare: readNumber(overdueShare, "overdueShare"),
          utilisation: readNumber(utilisation, "utilisation"),
          relationshipYears: readNumber(relationshipYears, "relationshipYears"),
          financialStrength: readNumber(financialStrength, "financialStrength"),
          strengthScale: isBlank(strengthScale) ? "rating" : parseStrengthScale(readText(strengthScale, "strengthScale")),
        },
        weightsFromCells(weights),
      ).score,
  );
}

/**
 * Credit grade of a score: A (85 and up), B (70-84.99), C (55-69.99), D (40-54.99), E (below 40).
 * @customfunction GRADE
 * @param score Credit score, 0 to 100.
 * @returns Grade letter A to E.
 */
export function grade(score: any): string {
  return excel(() => gradeOf(readNumber(score, "score")));
}

/**
 * Suggested credit terms for a score, one row: prepayment share, payment cycle in days, credit limit factor. A: 0%, 60, 1; B: 10%, 45, 0.75; C: 30%, 30, 0.5; D: 50%, 15, 0.25; E: 100%, 0, 0.
 * @customfunction CREDITTERMS
 * @param score Credit score, 0 to 100.
 * @returns One row: prepaymentShare, cycleDays, limitFactor.
 */
export function creditterms(score: any): any[][] {
  return excel(() => {
    const t = suggestedTerms(readNumber(score, "score"));
    return [[t.prepaymentShare, t.cycleDays, t.limitFactor]];
  });
}

/**
 * Collection risk of an open receivable, 0-100: the chance that credit risk, lateness, a dispute or project slippage stops it being collected.
 * @customfunction COLLECTRISK
 * @param daysPastDue Days past due (0 or less: not yet due).
 * @param creditScore The customer's credit score, 0 to 100.
 * @param progressGap Planned minus actual share complete, -1 to 1 (0.2 = 20 points behind plan).
 * @param [disputed] TRUE when the customer disputes the invoice (default FALSE).
 * @returns Risk from 0 (none) to 100.
 */
export function collectrisk(daysPastDue: any, creditScore: any, progressGap: any, disputed?: any): number {
  return excel(
    () =>
      collectRisk({
        daysPastDue: readNumber(daysPastDue, "daysPastDue"),
        creditScore: readNumber(creditScore, "creditScore"),
        progressGap: readNumber(progressGap, "progressGap"),
        disputed: readBoolean(disputed, "disputed", false),
      }).risk,
  );
}
