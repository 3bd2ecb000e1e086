// `npm start`: install if needed, build the web app if stale, then run the server
// (which applies migrations) on PORT (3000) with DATABASE_URL (SQLite in ./data by default).
import { spawn } from 'node:child_process';
import { ensureInstalled, ensureWebBuilt, root, SERVER_NODE_ARGS } from './lib.mjs';

ensureInstalled();
ensureWebBuilt();
const server = spawn(process.execPath, [...SERVER_NODE_ARGS, 'apps/server/src/main.ts'], { cwd: root, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
