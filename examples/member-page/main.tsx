// The member page's browser entry: the library comes straight from src/, no build needed.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '../../src/styles/index.css';
import './member-page.css';
import { MemberPage } from './MemberPage.js';
import { readPageSettings } from './readPageSettings.js';

const root = document.getElementById('root');
if (!root) throw new Error('The member page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <MemberPage settings={readPageSettings(window.location.search)} />
  </StrictMode>,
);
