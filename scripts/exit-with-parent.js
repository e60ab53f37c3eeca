// Preloaded into every service the launcher starts (services/platform/src/service-process.ts): a service whose launcher
// died without stopping it (killed, crashed) is re-parented, and then stops itself rather than live on unowned.
'use strict';
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) process.kill(process.pid, 'SIGTERM');
}, 1000).unref();
