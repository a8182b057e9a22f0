"use client";
// Client leaf: whether to show the banner depends on the reader's own history, kept only in their browser.
import { useEffect, useRef, useState } from "react";
import { saveReaderState, stateAfterView } from "@/lib/support/reader-store";
import { dismiss, shouldShowBanner, type Frequency } from "@/lib/support/rules";

type Props = { text: string; buttonLabel: string; buttonHref: string; frequency: Frequency; articleSlug: string };

export function SupportBanner({ text, buttonLabel, buttonHref, frequency, articleSlug }: Props) {
  const [eligible, setEligible] = useState(false);
  const [epicInView, setEpicInView] = useState(false);
  const lastFocusOutside = useRef<HTMLElement | null>(null);
  const banner = useRef<HTMLElement>(null);

  useEffect(() => {
    // Deciding from the browser's own storage after hydration is this component's purpose.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setEligible(shouldShowBanner(stateAfterView(articleSlug, frequency.viewWindowDays), new Date(), frequency));
  }, [articleSlug, frequency]);

  // One message at a time: never over the Epic.
  useEffect(() => {
    const epic = document.getElementById("support-epic");
    if (!epic || !("IntersectionObserver" in window)) return;
    const observer = new IntersectionObserver(([entry]) => setEpicInView(entry?.isIntersecting ?? false));
    observer.observe(epic);
    return () => observer.disconnect();
  }, []);

  const visible = eligible && !epicInView;

  useEffect(() => {
    if (!visible) return;
    const remember = (event: FocusEvent) => {
      if (event.target instanceof HTMLElement && !banner.current?.contains(event.target))
        lastFocusOutside.current = event.target;
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === "Escape") close();
    };
    document.addEventListener("focusin", remember);
    document.addEventListener("keydown", onKey);
    return () => {
      document.removeEventListener("focusin", remember);
      document.removeEventListener("keydown", onKey);
    };
  });

  function close() {
    const focusWasInside = banner.current?.contains(document.activeElement) ?? false;
    saveReaderState(dismiss(stateAfterView(articleSlug, frequency.viewWindowDays), new Date()));
    setEligible(false);
    if (focusWasInside)
      (lastFocusOutside.current?.isConnected ? lastFocusOutside.current : document.getElementById("main"))?.focus();
  }

  if (!visible) return null;
  return (
    <aside ref={banner} className="support-banner" aria-label="Support our journalism">
      <div className="support-banner-inner container">
        <p className="support-banner-text">{text}</p>
        <div className="support-banner-actions">
          <a href={buttonHref} className="button button-on-dark">
            {buttonLabel}
          </a>
          <button type="button" className="support-banner-close" onClick={close} aria-label="Close the support message">
            <span aria-hidden="true">×</span>
          </button>
        </div>
      </div>
    </aside>
  );
}
