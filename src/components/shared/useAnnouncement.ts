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
  // Words that change without news (a new language) empty the region: left, they would be read in
  // the old language's voice; rewritten, they would be read out as news again.
  const shown = last.news !== news || last.text === text ? text : '';
  if (last.news !== news || last.text !== shown) setLast({ news, text: shown });
  return shown;
}
