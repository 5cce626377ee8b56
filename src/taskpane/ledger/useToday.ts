import { useEffect, useState } from "react";
import { serialFromYmd, type Day } from "../../core/dates";

/** Today as the user's calendar sees it (local date), as a serial day: core never reads a clock. */
export function localToday(now: Date = new Date()): Day {
  return serialFromYmd(now.getFullYear(), now.getMonth() + 1, now.getDate());
}

/** Today's serial, updated when the pane stays open past midnight. */
export function useToday(): Day {
  const [today, setToday] = useState(localToday);
  useEffect(() => {
    const timer = window.setInterval(() => setToday((t) => (localToday() === t ? t : localToday())), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return today;
}
