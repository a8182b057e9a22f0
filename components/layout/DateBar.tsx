import { calendarDay, formatLongDate } from "@/lib/dates";
import { TodayDate } from "./TodayDate";

type Props = { timeZone: string; locale: string; now: Date };

/** Today's date in the newsroom's time zone; the server's answer is corrected in the browser if the page is older than today. */
export function DateBar({ timeZone, locale, now }: Props) {
  return (
    <div className="date-bar">
      <div className="container">
        <TodayDate
          day={calendarDay(now, timeZone)}
          label={formatLongDate(now, timeZone, locale)}
          timeZone={timeZone}
          locale={locale}
        />
      </div>
    </div>
  );
}
