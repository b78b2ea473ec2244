'use client';
import { useState } from 'react';

/**
 * The text for a polite live region: `text` once `news` (what changed, in no language) differs from
 * the first render's, else `''`. The state the member found is on screen already, and a new
 * language or a re-render with nothing new must not be read out again. Shared by the progress
 * widgets.
 */
export function useAnnouncement(news: string, text: string): string {
  const [last, setLast] = useState({ news, text: '' });
  if (last.news !== news) setLast({ news, text });
  return last.news === news ? last.text : text;
}
