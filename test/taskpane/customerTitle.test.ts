import { customerTitle } from "../../src/taskpane/pages/Customers/customerTitle";

describe("a customer's title on the Customers list and detail", () => {
  test("names code and name once each", () => {
    expect(customerTitle({ code: "C-001", name: "Acme Build Co." })).toBe("C-001 · Acme Build Co.");
  });

  test("an imported customer whose code is its name is named once, not twice", () => {
    expect(customerTitle({ code: "Shenzhen Rail Co", name: "Shenzhen Rail Co" })).toBe("Shenzhen Rail Co");
    expect(customerTitle({ code: "深圳轨道公司", name: " 深圳轨道公司 " })).toBe("深圳轨道公司");
  });
});
