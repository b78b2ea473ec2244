import 'capillary-loyalty-widgets/styles.css';
import { StrictMode } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { App } from './App.js';

const root = document.getElementById('root');
if (!root) throw new Error('The page has no #root');
hydrateRoot(
  root,
  <StrictMode>
    <App now={Number(root.dataset.now)} />
  </StrictMode>,
  {
    // A production build reports a mismatch only here: make it loud.
    onRecoverableError(error, info) {
      console.error('Recoverable error while hydrating', error, info.componentStack);
    },
  },
);
