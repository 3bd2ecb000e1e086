// A worker thread does not inherit the parent's tsx loader: register it, then load the TypeScript entry.
import { register } from 'tsx/esm/api';

register();
await import('./thread-entry.ts');
