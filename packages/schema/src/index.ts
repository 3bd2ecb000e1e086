export * from './abilities.ts';
export * from './audit.ts';
export * from './auth.ts';
export * from './common.ts';
export * from './users.ts';
