"use client";
// Client leaf: a cached page may have been rendered yesterday, so the browser re-checks today's date in the site's zone.
import { useEffect, useState } from "react";
import { calendarDay, formatLongDate } from "@/lib/dates";

type Props = { day: string; label: string; timeZone: string; locale: string };

export function TodayDate({ day, label, timeZone, locale }: Props) {
  const [today, setToday] = useState({ day, label });
  useEffect(() => {
    const now = new Date();
    const current = calendarDay(now, timeZone);
    // Adopting the browser's clock after hydration is the point of this component, not a cascading update.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    if (current !== day) setToday({ day: current, label: formatLongDate(now, timeZone, locale) });
  }, [day, timeZone, locale]);
  return <time dateTime={today.day}>{today.label}</time>;
}
