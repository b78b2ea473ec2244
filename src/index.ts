'use client';
// Entry 'capillary-loyalty-widgets': React provider, hooks and components, plus the core model.
export * from './core/index.ts';
