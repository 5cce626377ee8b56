import type { Day } from "../../../core/dates";
import type { ContractView } from "./contractView";
import type { ContractsStrings } from "./strings";

/** What every section of the contract detail receives. */
export interface SectionProps {
  readonly view: ContractView;
  readonly s: ContractsStrings;
  /** Minor units in the contract's currency. */
  readonly money: (minor: number) => string;
  readonly digits: number;
  readonly today: Day;
}
