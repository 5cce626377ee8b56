import { ledgerDbName } from "../../src/functions/ledgerName";
import { OfficeMockObject } from "../excel/officeMock";

const g = globalThis as { Office?: unknown };

describe("the ledger database name", () => {
  afterEach(() => {
    delete g.Office;
  });

  test("uses Office's partition key where there is one", async () => {
    const office = new OfficeMockObject({ context: { partitionKey: "abc123" } }) as OfficeMockObject & { context: OfficeMockObject };
    g.Office = office;
    office.context.load("partitionKey");
    await office.context.sync();
    expect(ledgerDbName()).toBe("huikuan-ledger-abc123");
  });

  test("falls back to the plain name without a key or outside Office", () => {
    expect(ledgerDbName()).toBe("huikuan-ledger");
    g.Office = { context: { partitionKey: "" } };
    expect(ledgerDbName()).toBe("huikuan-ledger");
    g.Office = { get context(): never { throw new Error("Office.context before onReady"); } };
    expect(ledgerDbName()).toBe("huikuan-ledger");
  });
});
